// Even a read through an older alias is UB while a `&mut` parameter to the
// same location is live: the read would disable the parameter's Unique item,
// and that item is protected for the duration of the call.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn peek(r: &mut i32, raw: *const i32) -> i32 {
    *r += 1;
    // CHECK: {{#0 .*}}protector_raw_read.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}protector_raw_read.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *raw }
}

fn main() {
    let mut x = 41;
    let raw = &mut x as *mut i32;
    let v = peek(unsafe { &mut *raw }, raw);
    println!("{}", v);
}
