/* A Unique child used after a write through its parent popped it.
 * EXPECT-EXIT: 1
 * EXPECT-STDOUT: before
 * EXPECT-NOT-STDOUT: not reached
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-read on address 0x
 * EXPECT-STDERR: read access of 4 bytes at 0x
 * EXPECT-STDERR: is not in the borrow stack of 0x
 * EXPECT-STDERR: #0 0x
 * EXPECT-STDERR:  in main
 * EXPECT-STDERR: use_after_invalidate.c:
 * EXPECT-STDERR: was created by a Unique retag of 4 bytes from tag <
 * EXPECT-STDERR: was later popped by a write access through tag <
 * EXPECT-STDERR: borrow stack at 0x
 * EXPECT-STDERR: (bottom first, 1 item):
 * EXPECT-STDERR: 0: [SharedReadWrite <
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: invalid-read
 * EXPECT-STDERR: use_after_invalidate.c:
 * EXPECT-STDERR:  in main
 * EXPECT-STDERR: ABORTING
 */
#include "sbsan_sim.h"

int main(void) {
  int *p = malloc(16);
  sbsan_tag root = sim_ret_tag(p);
  if (!root)
    return 2; /* the interceptor did not publish the root */
  sbsan_tag child = sim_retag(p, 4, root, SBSAN_RETAG_UNIQUE); /* &mut *p */
  __sbsan_write4(p, child);
  *p = 1;
  __sbsan_write4(p, root); /* write through the parent pops the child */
  *p = 2;
  sim_say("before");
  __sbsan_read4(p, child); /* use of the popped child */
  sim_say("not reached");
  return 0;
}
