// A `&i32` parameter promises the value does not change during the call: its
// SharedReadOnly item is protected. Writing through a raw alias would pop it.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn observe(r: &i32, raw: *mut i32) -> i32 {
    let before = *r;
    // CHECK: {{#0 .*}}protector_shared_param_raw_write.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}protector_shared_param_raw_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *raw = before + 1 };
    *r
}

fn main() {
    let mut x = 1;
    let raw: *mut i32 = &mut x;
    let v = observe(unsafe { &*raw }, raw);
    println!("{}", v);
}
