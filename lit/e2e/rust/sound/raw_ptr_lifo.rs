// Raw pointers used in stack order: each pointer is used only while the
// references it came from are not used in between, which is exactly what
// Stacked Borrows allows.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: [0, 1, 4, 11, 16, 25, 36, 49] sum=140
// CHECK-NOT: StackedBorrowsSanitizer

fn fill_squares(buf: &mut [u32]) {
    let n = buf.len();
    let p = buf.as_mut_ptr();
    for i in 0..n {
        unsafe { *p.add(i) = (i * i) as u32 };
    }
}

fn sum_raw(p: *const u32, n: usize) -> u32 {
    let mut s = 0;
    for i in 0..n {
        s += unsafe { *p.add(i) };
    }
    s
}

fn main() {
    let mut data = [0u32; 8];
    fill_squares(&mut data);
    let s = sum_raw(data.as_ptr(), data.len());
    // A raw pointer from `r`, used, then `r` itself: stack order.
    let r = &mut data[3];
    let q = r as *mut u32;
    unsafe { *q += 1 };
    *r += 1;
    println!("{:?} sum={}", data, s);
}
