// The model retags no reference inside MaybeDangling, although rustc still
// gives a `MaybeDangling<&i32>` parameter `noalias readonly`: debug info
// says what the parameter is, and it wins over the attributes. So the
// referent may change (or go away) while the call runs.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: env RUSTC_BOOTSTRAP=1 %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: env RUSTC_BOOTSTRAP=1 %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: value=5 calls=1
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
#![feature(maybe_dangling)]

use std::mem::MaybeDangling;

#[inline(never)]
fn write_behind(x: MaybeDangling<&i32>, p: *mut i32) -> i32 {
    unsafe { *p = 5 };
    drop(x);
    1
}

fn main() {
    let mut v = 3;
    let p = &mut v as *mut i32;
    let r = unsafe { &*p };
    let calls = write_behind(MaybeDangling::new(r), p);
    println!("value={} calls={}", v, calls);
}
