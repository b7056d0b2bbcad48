// realloc deallocates through the pointer's tag: a popped tag may not.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-dealloc on address 0x
// CHECK: deallocation (realloc) of 32 bytes at 0x
// CHECK: is not in the borrow stack
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-dealloc
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

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
