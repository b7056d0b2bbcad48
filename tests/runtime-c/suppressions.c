/* RUN-ENV: SBSAN_OPTIONS=suppressions=@SRCDIR@/suppressions.supp:halt_on_error=0:print_stats=1
 * EXPECT-EXIT: 1
 * EXPECT-COUNT-STDERR: 1 ERROR: StackedBorrowsSanitizer
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-read
 * EXPECT-STDERR:  in main
 * EXPECT-NOT-STDERR: in suppressed_helper
 * EXPECT-STDERR: reports:                     1 (1 suppressed)
 * EXPECT-STDERR: 1 report suppressed
 * EXPECT-STDERR:       1 fun:suppressed_helper
 */
#include "sbsan_sim.h"

__attribute__((noinline)) static void suppressed_helper(int *p, sbsan_tag t) {
  __sbsan_read4(p, t);
  __asm__ volatile("" ::: "memory"); /* keep the frame */
}

int main(void) {
  int *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag a = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_write4(p, root);
  suppressed_helper(p, a);
  __sbsan_read4(p, a);
  return 0;
}
