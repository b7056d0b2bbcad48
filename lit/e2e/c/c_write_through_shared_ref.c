// Mixed-language: Rust passes a pointer derived from `&i32` to this
// instrumented C function, which writes through it. The tag the pointer
// carries across the language boundary only grants SharedReadOnly, so the
// write is a violation, reported at the C line.
// REQUIRES: rustc
// RUN: %clang_sbsan -O0 -c %s -o %t0.o
// RUN: %rustc_sbsan -C opt-level=0 %S/Inputs/shared_ref_caller.rs -C link-arg=%t0.o -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %clang_sbsan -O1 -c %s -o %t1.o
// RUN: %rustc_sbsan -C opt-level=1 %S/Inputs/shared_ref_caller.rs -C link-arg=%t1.o -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

void c_store_int(int *p, int v) {
  // CHECK: {{#0 .*}}c_write_through_shared_ref.c:[[@LINE+3]]{{([^0-9]|$)}}
  // CHECK: shared_ref_caller.rs
  // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}c_write_through_shared_ref.c:[[@LINE+1]]{{([^0-9]|$)}}
  *p = v;
}
