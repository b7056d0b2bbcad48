// halt_on_error=0: each distinct (kind, pc) is reported once.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: StackedBorrowsSanitizer: 2 reports; exiting with status 1
// REPORTS-COUNT-2: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: after loop
// OUT: end of main
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

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
