// Mixed-language, sound: Rust passes pointers derived from `&mut i32` and
// from a Vec's buffer to instrumented C, which writes and reads through them.
// REQUIRES: rustc
// RUN: %clang_sbsan -O0 -c %s -o %t0.o
// RUN: %rustc_sbsan -C opt-level=0 %S/Inputs/mut_ref_caller.rs -C link-arg=%t0.o -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %clang_sbsan -O1 -c %s -o %t1.o
// RUN: %rustc_sbsan -C opt-level=1 %S/Inputs/mut_ref_caller.rs -C link-arg=%t1.o -o %t1 && %t1 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: x=5 v=[10, 20, 30] sum=60
// CHECK-NOT: StackedBorrowsSanitizer
#include <stddef.h>

void c_store_int(int *p, int v) { *p = v; }

int c_sum(const int *p, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}
