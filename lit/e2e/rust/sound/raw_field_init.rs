// Initialising a heap struct field by field through raw pointers
// (addr_of_mut!, no reference to uninitialised memory), then handing it to a
// Box; and field pointers into a live struct used while no reference to the
// struct is used in between.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: point (1, 2, 3) label=origin+
// CHECK-NEXT: fields x=11 y=22
// CHECK-NEXT: after 11 23
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::alloc::{alloc, Layout};
use std::ptr::addr_of_mut;

struct Point3 {
    x: i64,
    y: i64,
    z: i64,
    label: String,
}

struct Pair {
    x: u32,
    y: u32,
}

fn make_point() -> Box<Point3> {
    let layout = Layout::new::<Point3>();
    unsafe {
        let p = alloc(layout) as *mut Point3;
        assert!(!p.is_null());
        addr_of_mut!((*p).x).write(1);
        addr_of_mut!((*p).y).write(2);
        addr_of_mut!((*p).z).write(3);
        addr_of_mut!((*p).label).write(String::from("origin"));
        Box::from_raw(p)
    }
}

fn main() {
    let mut pt = make_point();
    pt.label.push('+');
    println!("point ({}, {}, {}) label={}", pt.x, pt.y, pt.z, pt.label);

    let mut pair = Pair { x: 1, y: 2 };
    let base: *mut Pair = &mut pair;
    let px = unsafe { addr_of_mut!((*base).x) };
    let py = unsafe { addr_of_mut!((*base).y) };
    unsafe {
        *px += 10;
        *py += 20;
        println!("fields x={} y={}", *px, *py);
    }
    pair.y += 1;
    println!("after {} {}", pair.x, pair.y);
}
