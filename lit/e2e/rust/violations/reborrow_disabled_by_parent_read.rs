// Reading through the parent `base` disables the Unique items above it, so
// `child`, a `&mut` handed back by `bump`, no longer grants writes.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn bump(r: &mut i32) -> &mut i32 {
    *r += 1;
    r
}

fn main() {
    let mut x = 0;
    let base: *mut i32 = &mut x;
    let child = bump(unsafe { &mut *base });
    let seen = unsafe { *base };
    // CHECK: {{#0 .*}}reborrow_disabled_by_parent_read.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}reborrow_disabled_by_parent_read.rs:[[@LINE+1]]{{([^0-9]|$)}}
    *child = seen + 1;
    println!("{}", x);
}
