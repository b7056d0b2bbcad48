/* halt_on_error=0: each distinct (kind, pc) is reported once.
 * RUN-ENV: SBSAN_OPTIONS=halt_on_error=0
 * EXPECT-EXIT: 1
 * EXPECT-COUNT-STDERR: 2 ERROR: StackedBorrowsSanitizer
 * EXPECT-STDERR: StackedBorrowsSanitizer: 2 reports; exiting with status 1
 * EXPECT-STDOUT: after loop
 * EXPECT-STDOUT: end of main
 */
#include "sbsan_sim.h"

int main(void) {
  int *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag a = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_write4(p, root);
  for (int i = 0; i < 3; ++i)
    __sbsan_read4(p, a); /* one pc: one report */
  printf("after loop\n");
  __sbsan_write4(p, a); /* another pc */
  printf("end of main\n");
  sim_free(p, root);
  return 0;
}
