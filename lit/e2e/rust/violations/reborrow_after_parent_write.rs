// `child` is a `&mut` handed back by a function, so it is a reborrow derived
// from `base`. Writing through `base` pops everything above it, `child`
// included; writing through `child` afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn reborrow(x: &mut i32) -> &mut i32 {
    x
}

fn main() {
    let mut v = 10;
    let base: *mut i32 = &mut v;
    let child = reborrow(unsafe { &mut *base });
    unsafe { *base = 20 };
    // CHECK: {{#0 .*}}reborrow_after_parent_write.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}reborrow_after_parent_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    *child = 30;
    println!("{}", v);
}
