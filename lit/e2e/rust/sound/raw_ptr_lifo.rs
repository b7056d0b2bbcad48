// Raw pointers used in stack order: each pointer is used only while the
// references it came from are not used in between, which is exactly what
// Stacked Borrows allows.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: [0, 1, 4, 11, 16, 25, 36, 49] sum=140
// CHECK: exit status 0
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
