/* RUN-ENV: SBSAN_OPTIONS=help=1
 * EXPECT-EXIT: 0
 * EXPECT-STDERR: StackedBorrowsSanitizer flags
 * EXPECT-STDERR: halt_on_error (bool, default 1)
 * EXPECT-STDERR: suppressions (string, default "")
 * EXPECT-STDOUT: main ran
 */
#include "sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
