// `Option::as_mut` hands back a reference into the variable that holds the
// option. Writing through the first one after a second `as_mut` is UB: the
// second call's `&mut self` popped the first reference's item. The
// variable holds only std's data and only std's functions take its
// address, but the program uses what they hand back, so it stays tracked
// (docs/design.md section 2).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && not %t2 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write

fn main() {
    let mut slot: Option<u64> = Some(1);
    let first: *mut u64 = slot.as_mut().unwrap();
    let second = slot.as_mut().unwrap();
    *second = 2;
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}std_handed_ref_into_variable.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *first = 3 };
    println!("{:?}", slot);
}
