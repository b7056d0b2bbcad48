// Two `&mut` to the same location passed to one call: creating the second
// pops the first, and the function-entry retag of `a` (or, in a tool that
// retags in the callee, the retag of `b`, which would pop the protected `a`)
// is UB. The violation happens at the call, before either write.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn add_both(a: &mut i32, b: &mut i32) {
    *a += 1;
    *b += 1;
}

fn main() {
    let mut x = 0;
    let p: *mut i32 = &mut x;
    // CHECK: {{#[0-9]+ .*}}aliasing_mut_params.rs:[[@LINE+1]]{{([^0-9]|$)}}
    add_both(unsafe { &mut *p }, unsafe { &mut *p });
    println!("{}", x);
}
// CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}aliasing_mut_params.rs:{{[0-9]+}}
