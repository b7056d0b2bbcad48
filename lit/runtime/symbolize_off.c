// symbolize=0: frames are module+offset, without function names. The
// program is built as prog, so its frames read (.../prog+0xOFFSET).
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t.dir/prog
// RUN: env SBSAN_OPTIONS=symbolize=0 %record_exit %t.dir/prog > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not='{{ }}in main' < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
// CHECK: #0 0x
// CHECK: /prog+0x
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read (
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  int *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag a = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_write4(p, root);
  __sbsan_read4(p, a);
  return 0;
}
