// Reborrows handed down and back up through functions, used in stack order,
// and two-phase borrows (`v.push(v.len())`), which Stacked Borrows accepts.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: s.a=12 s.b=21
// CHECK-NEXT: v=[0, 1, 2, 3]
// CHECK-NEXT: longest=banana
// CHECK-NEXT: opt=Some(43)
// CHECK-NEXT: raw round trip 8
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

struct S {
    a: i32,
    b: i32,
}

fn field_a(s: &mut S) -> &mut i32 {
    &mut s.a
}

fn deeper(r: &mut i32) -> &mut i32 {
    *r += 1;
    r
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn via_raw(r: &mut i32) -> &mut i32 {
    let p = r as *mut i32;
    unsafe {
        *p += 1;
        &mut *p
    }
}

fn main() {
    let mut s = S { a: 10, b: 20 };
    let a = field_a(&mut s);
    let d = deeper(a);
    *d += 0;
    *a += 1;
    s.b += 1;
    println!("s.a={} s.b={}", s.a, s.b);

    let mut v = Vec::new();
    v.push(v.len());
    v.push(v.len());
    v.push(v.len());
    v.push(v.len());
    println!("v={:?}", v);

    let x = String::from("banana");
    let res;
    {
        let y = String::from("fig");
        res = longest(&x, &y).to_string();
    }
    println!("longest={}", res);

    let mut o = Some(42);
    if let Some(r) = o.as_mut() {
        *deeper(r) += 0;
    }
    println!("opt={:?}", o);

    let mut n = 6;
    let r2 = via_raw(&mut n);
    *r2 += 1;
    println!("raw round trip {}", n);
}
