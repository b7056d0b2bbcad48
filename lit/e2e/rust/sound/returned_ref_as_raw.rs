// A `&mut` returned by a call and turned into a raw pointer (a variable, a
// coercion, a struct field, addr_of_mut) before a read through the parent:
// the raw pointer's SharedReadWrite item survives that read, so the writes
// through it are fine. A returned reference used only as a reference, with
// no read through its parent in between, is fine too.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: x=17 arr=[1, 20, 3, 4] r=7
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

use std::ptr::addr_of_mut;

#[inline(never)]
fn bump(r: &mut i32) -> &mut i32 {
    *r += 1;
    r
}

#[inline(never)]
fn pick(v: &mut [i32; 4], i: usize) -> &mut i32 {
    &mut v[i]
}

struct Holder {
    p: *mut i32,
}

fn main() {
    let mut x = 0;
    let base: *mut i32 = &mut x;

    let child = bump(unsafe { &mut *base });
    let p = child as *mut i32;
    let seen = unsafe { *base };
    unsafe { *p = seen + 10 };

    let q: *mut i32 = bump(unsafe { &mut *base });
    let s2 = unsafe { *base };
    unsafe { *q += s2 - 11 };

    let h = Holder { p: bump(unsafe { &mut *base }) };
    let _ = unsafe { *base };
    unsafe { *h.p += 1 };

    let r = bump(unsafe { &mut *base });
    let a = addr_of_mut!(*r);
    let _ = unsafe { *base };
    unsafe { *a += 1 };

    let mut arr = [1, 2, 3, 4];
    let abase: *mut [i32; 4] = &mut arr;
    let e = pick(unsafe { &mut *abase }, 1) as *mut i32;
    let _ = unsafe { (*abase)[0] };
    unsafe { *e = 20 };

    let mut y = 5;
    let r = bump(&mut y);
    *r += 1;
    let rv = *r;

    println!("x={} arr={:?} r={}", unsafe { *base }, arr, rv);
}
