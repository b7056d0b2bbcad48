// `lp` comes from `left`, which covers elements 0 and 1 only; its tag was
// never pushed on the stacks of `right`'s bytes. Reaching element 2 through
// `lp` is UB even though it is in bounds of the array.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn main() {
    let mut arr = [1u32, 2, 3, 4];
    let (left, right) = arr.split_at_mut(2);
    let lp = left.as_mut_ptr();
    right[0] = 30;
    // CHECK: {{#0 .*}}split_at_mut_out_of_range.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}split_at_mut_out_of_range.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *lp.add(2) = 9 };
    println!("{:?}", arr);
}
