/* RUN-ENV: SBSAN_OPTIONS=halt_on_error=1:foo=1
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ==
 * EXPECT-STDERR: ==ERROR: StackedBorrowsSanitizer: invalid SBSAN_OPTIONS: unknown flag 'foo'
 * EXPECT-NOT-STDOUT: main ran
 */
#include "sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
