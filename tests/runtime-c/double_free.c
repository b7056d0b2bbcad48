/* EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: double-free on address 0x
 * EXPECT-STDERR: free of 0x
 * EXPECT-STDERR: which was already freed
 * EXPECT-STDERR:  in main
 * EXPECT-STDERR: it was freed at:
 * EXPECT-STDERR:  in main
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: double-free
 * EXPECT-NOT-STDOUT: not reached
 */
#include "sbsan_sim.h"

int main(void) {
  char *p = malloc(32);
  sbsan_tag t = sim_ret_tag(p);
  sim_free(p, t);
  sim_free(p, t);
  sim_say("not reached");
  return 0;
}
