/* RUN-ENV: SBSAN_OPTIONS=symbolize=0
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-read
 * EXPECT-STDERR: #0 0x
 * EXPECT-STDERR: /prog+0x
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: invalid-read (
 * EXPECT-NOT-STDERR:  in main
 */
#include "sbsan_sim.h"

int main(void) {
  int *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag a = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_write4(p, root);
  __sbsan_read4(p, a);
  return 0;
}
