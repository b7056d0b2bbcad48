// Passing a Box to a function retags it as Unique (with a weak protector):
// a write access through the Box's tag that pops every pointer derived from
// it earlier, like `alias`. Writing through `alias` in the callee is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn consume(b: Box<i32>, alias: *mut i32) -> i32 {
    // CHECK: {{#0 .*}}box_param_raw_alias.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}box_param_raw_alias.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *alias = 7 };
    *b
}

fn main() {
    let mut b = Box::new(1);
    let alias = &mut *b as *mut i32;
    let v = consume(b, alias);
    println!("{}", v);
}
