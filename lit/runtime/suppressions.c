// A report whose stack matches a suppression is counted, not printed;
// print_stats shows the count. Whitespace is strict: the statistics are
// aligned in columns.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=suppressions=%S/Inputs/suppressions.supp:halt_on_error=0:print_stats=1 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --strict-whitespace --implicit-check-not='in suppressed_helper' < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
// CHECK: {{ }}in main
// CHECK: reports:                     1 (1 suppressed)
// CHECK: 1 report suppressed
// CHECK: {{      }}1 fun:suppressed_helper
// REPORTS-COUNT-1: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

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
