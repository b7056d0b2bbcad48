// A Unique child used after a write through its parent popped it.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT --implicit-check-not='not reached' < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read on address 0x
// CHECK: read access of 4 bytes at 0x
// CHECK: is not in the borrow stack of 0x
// CHECK: #0 0x
// CHECK: {{ }}in main
// CHECK: use_after_invalidate.c:
// CHECK: was created by a Unique retag of 4 bytes from tag <
// CHECK: was later popped by a write access through tag <
// CHECK: borrow stack at 0x
// CHECK: (bottom first, 1 item):
// CHECK: 0: [SharedReadWrite <
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read
// CHECK: use_after_invalidate.c:
// CHECK: {{ }}in main
// CHECK: ABORTING
// OUT: before
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

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
