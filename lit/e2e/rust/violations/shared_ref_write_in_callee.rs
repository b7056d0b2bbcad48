// A pointer derived from a shared reference only grants SharedReadOnly
// permission (the location has no UnsafeCell). Casting away the `const` does
// not change the tag, so the write is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer
#![allow(invalid_reference_casting)]

fn sneaky_store(r: &i32, v: i32) {
    let p = r as *const i32 as *mut i32;
    // CHECK: {{#0 .*}}shared_ref_write_in_callee.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}shared_ref_write_in_callee.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *p = v };
}

fn main() {
    let x = 1;
    sneaky_store(&x, 2);
    println!("{}", x);
}
