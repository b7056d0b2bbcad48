// The raw pointer returned by `as_mut_ptr_of` is derived from a shared
// reference, so it inherits SharedReadOnly permission: it may be used to read,
// and writing through it in the caller is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn as_mut_ptr_of(r: &i32) -> *mut i32 {
    r as *const i32 as *mut i32
}

fn main() {
    let x = 1;
    let p = as_mut_ptr_of(&x);
    let before = unsafe { *p };
    // CHECK: {{#0 .*}}shared_ref_returned_raw_write.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}shared_ref_returned_raw_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *p = before + 1 };
    println!("{}", x);
}
