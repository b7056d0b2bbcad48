// A shared reference handed back by `view` is a SharedReadOnly item above
// `base`. Writing through `base` pops it, so reading through `r` afterwards
// is UB: the value it promised not to change has changed.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn view(x: &i32) -> &i32 {
    x
}

fn main() {
    let mut v = 1;
    let base: *mut i32 = &mut v;
    let r = view(unsafe { &*base });
    unsafe { *base = 2 };
    // CHECK: {{#0 .*}}shared_return_then_parent_write.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}shared_return_then_parent_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    let seen = *r;
    println!("{} {}", seen, v);
}
