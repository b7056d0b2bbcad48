// A panic unwinds through functions whose `&mut` parameters are protected;
// catch_unwind stops it. Each function's protector ends as the panic leaves
// it (inlined or not), so afterwards the memory those parameters pointed to
// is used again through its owner, written through the raw pointer they
// were made from, and freed: none of that is reported.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && %record_exit %t2 > %t2.out 2> %t2.err
// RUN: cat %t2.out %t2.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=2 %s -o %t2.native && %record_exit %t2.native > %t2.native.out
// RUN: diff %t2.native.out %t2.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: caught=4 x=103 v=[1, 2, 3, 4] freed
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

use std::panic::{self, AssertUnwindSafe};

#[inline(never)]
fn inner(r: &mut i32) {
    *r += 1;
    if *r > 0 {
        panic!("boom");
    }
}

// Small enough to be inlined into its callers after instrumentation.
fn middle(r: &mut i32, v: &mut Vec<i32>) {
    v.push(*r);
    inner(r);
    v.push(-1);
}

#[inline(never)]
fn outer(r: &mut i32, v: &mut Vec<i32>) {
    let s = String::from("droppped on unwind");
    middle(r, v);
    drop(s);
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let mut x = 0;
    let mut v = Vec::new();
    let mut caught = 0;
    for _ in 0..3 {
        let p: *mut i32 = &mut x;
        let res = panic::catch_unwind(AssertUnwindSafe(|| outer(unsafe { &mut *p }, &mut v)));
        caught += res.is_err() as i32;
        // The protectors of outer/middle/inner on x are gone.
        unsafe { *p += 10 };
        x += 1;
        let y = &mut x;
        *y -= 1;
    }
    x += 70;
    let b = Box::into_raw(Box::new(3));
    let res = panic::catch_unwind(AssertUnwindSafe(|| inner(unsafe { &mut *b })));
    caught += res.is_err() as i32;
    // Freed after the protected call ended by unwinding.
    unsafe { drop(Box::from_raw(b)) };
    v.truncate(4);
    v[0] = 1;
    v[1] = 2;
    v[2] = 3;
    v.push(4);
    v.truncate(4);
    println!("caught={} x={} v={:?} freed", caught, x, v);
}
