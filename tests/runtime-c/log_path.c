/* RUN-ENV: SBSAN_OPTIONS=log_path=@TMP@/log
 * EXPECT-EXIT: 1
 * EXPECT-NOT-STDERR: ERROR: StackedBorrowsSanitizer
 * EXPECT-LOG: ERROR: StackedBorrowsSanitizer: invalid-write
 * EXPECT-LOG: SUMMARY: StackedBorrowsSanitizer: invalid-write
 */
#include "sbsan_sim.h"

int main(void) {
  short *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag child = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_read2(p + 1, root); /* disables child */
  __sbsan_write2(p + 1, child);
  return 0;
}
