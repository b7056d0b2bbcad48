/* RUN-ENV: SBSAN_OPTIONS=suppressions=@TMP@/does-not-exist.supp
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid suppressions: cannot open
 * EXPECT-STDERR: does-not-exist.supp
 * EXPECT-NOT-STDOUT: main ran
 */
#include "sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
