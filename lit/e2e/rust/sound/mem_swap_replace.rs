// mem::swap/replace/take and ptr::swap/copy/copy_nonoverlapping, with raw
// pointers that all come from one base pointer (so none invalidates another).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: swapped a=[4, 5] b=[1, 2, 3]
// CHECK-NEXT: replaced old="old" new="new" taken=[4, 5] a=[]
// CHECK-NEXT: ptr ops [40, 20, 30, 10, 20, 30]
// CHECK-NEXT: copied [1, 2, 3, 0]
// CHECK-NEXT: slice swap [3, 2, 1]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::mem;
use std::ptr;

fn main() {
    let mut a = vec![1, 2, 3];
    let mut b = vec![4, 5];
    mem::swap(&mut a, &mut b);
    println!("swapped a={:?} b={:?}", a, b);

    let mut s = String::from("old");
    let old = mem::replace(&mut s, String::from("new"));
    let taken = mem::take(&mut a);
    println!("replaced old={:?} new={:?} taken={:?} a={:?}", old, s, taken, a);

    let mut arr = [10, 20, 30, 40, 0, 0];
    let p = arr.as_mut_ptr();
    unsafe {
        ptr::swap(p, p.add(3));
        ptr::copy(p.add(1), p.add(4), 2);
        let v = ptr::read(p.add(3));
        ptr::write(p.add(3), v);
    }
    println!("ptr ops {:?}", arr);

    let src = [1u8, 2, 3];
    let mut dst = [0u8; 4];
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), src.len()) };
    println!("copied {:?}", dst);

    let mut t = [1, 2, 3];
    t.swap(0, 2);
    println!("slice swap {:?}", t);
}
