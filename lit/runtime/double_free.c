// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT --implicit-check-not='not reached' < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: double-free on address 0x
// CHECK: free of 0x
// CHECK: which was already freed
// CHECK: {{ }}in main
// CHECK: it was freed at:
// CHECK: {{ }}in main
// CHECK: SUMMARY: StackedBorrowsSanitizer: double-free
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  char *p = malloc(32);
  sbsan_tag t = sim_ret_tag(p);
  sim_free(p, t);
  sim_free(p, t);
  sim_say("not reached");
  return 0;
}
