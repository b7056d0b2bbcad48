// Two `&mut [u8]` made by hand overlap in bytes 2..4. Creating `b` pops `a`
// on those bytes, so `a` can no longer be reborrowed as a whole: passing both
// to `fill` is UB at the call, before either write.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn fill(a: &mut [u8], b: &mut [u8]) {
    a[0] = 1;
    b[0] = 2;
}

fn main() {
    let mut buf = [0u8; 8];
    let p = buf.as_mut_ptr();
    let a = unsafe { std::slice::from_raw_parts_mut(p, 4) };
    let b = unsafe { std::slice::from_raw_parts_mut(p.add(2), 4) };
    // CHECK: {{#[0-9]+ .*}}overlapping_slices.rs:[[@LINE+1]]{{([^0-9]|$)}}
    fill(a, b);
    println!("{:?}", buf);
}
// CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}overlapping_slices.rs:{{[0-9]+}}
