// Freeing memory that a live `&mut` parameter points to is UB: the
// parameter's item is strongly protected for the whole call. (Taking the Box
// back with Box::from_raw already retags it as Unique, which pops the
// protected item; either way the violation is on the marked line.)
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn free_behind_back(r: &mut i32, b: *mut i32) -> i32 {
    let v = *r;
    // CHECK: {{#[0-9]+ .*}}dealloc_while_protected.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { drop(Box::from_raw(b)) };
    v
}

fn main() {
    let b = Box::into_raw(Box::new(5));
    let v = free_behind_back(unsafe { &mut *b }, b);
    println!("{}", v);
}
// CHECK: SUMMARY: StackedBorrowsSanitizer:
