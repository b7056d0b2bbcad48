/* realloc deallocates through the pointer's tag: a popped tag may not.
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-dealloc on address 0x
 * EXPECT-STDERR: deallocation (realloc) of 32 bytes at 0x
 * EXPECT-STDERR: is not in the borrow stack
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: invalid-dealloc
 */
#include "sbsan_sim.h"

int main(void) {
  char *p = malloc(32);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag child = sim_retag(p, 32, root, SBSAN_RETAG_UNIQUE);
  __sbsan_write1(p, root); /* pops child */
  sim_arg(0, p, child);
  p = realloc(p, 64);
  sim_say("not reached");
  return 0;
}
