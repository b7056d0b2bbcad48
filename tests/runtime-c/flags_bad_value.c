/* RUN-ENV: SBSAN_OPTIONS=exitcode=x
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid SBSAN_OPTIONS: bad value 'x' for flag 'exitcode'
 * EXPECT-NOT-STDOUT: main ran
 */
#include "sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
