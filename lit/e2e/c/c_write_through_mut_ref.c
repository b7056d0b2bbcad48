// Mixed-language, sound: Rust passes pointers derived from `&mut i32` and
// from a Vec's buffer to instrumented C, which writes and reads through them.
// REQUIRES: rustc
// RUN: %clang_sbsan -O0 -c %s -o %t0.o
// RUN: %rustc_sbsan -C opt-level=0 %S/Inputs/mut_ref_caller.rs -C link-arg=%t0.o -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %clang_plain -O0 -c %s -o %t0.native.o
// RUN: %rustc_plain -C opt-level=0 %S/Inputs/mut_ref_caller.rs -C link-arg=%t0.native.o -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %clang_sbsan -O1 -c %s -o %t1.o
// RUN: %rustc_sbsan -C opt-level=1 %S/Inputs/mut_ref_caller.rs -C link-arg=%t1.o -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %clang_plain -O1 -c %s -o %t1.native.o
// RUN: %rustc_plain -C opt-level=1 %S/Inputs/mut_ref_caller.rs -C link-arg=%t1.native.o -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: x=5 v=[10, 20, 30] sum=60
// CHECK-NEXT: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
#include <stddef.h>

void c_store_int(int *p, int v) { *p = v; }

int c_sum(const int *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}
