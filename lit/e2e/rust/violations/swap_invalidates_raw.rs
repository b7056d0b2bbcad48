// `pa` is derived from the `&mut a` given to `addr_of`. `mem::swap(&mut a, ..)`
// takes a fresh `&mut a`, a write access through `a`'s own tag that pops `pa`.
// Using `pa` afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn addr_of(x: &mut i32) -> *mut i32 {
    x
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    let pa = addr_of(&mut a);
    std::mem::swap(&mut a, &mut b);
    // CHECK: {{#0 .*}}swap_invalidates_raw.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}swap_invalidates_raw.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *pa += 10 };
    println!("{} {}", a, b);
}
