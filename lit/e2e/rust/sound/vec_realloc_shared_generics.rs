// Vec growth done by std's precompiled (uninstrumented) code. With shared
// generics, and for RawVec's non-generic growth path in any case, the
// block is reallocated by code the pass never saw; glibc often grows it in
// place, so the Vec's pointer field keeps its value and the provenance
// shadow keeps the tag of the old block. That tag predates the new block's
// root and must not be reported.
// RUN: %rustc_sbsan -Zshare-generics=yes -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -Zshare-generics=yes -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t2 && %record_exit %t2 > %t2.out 2> %t2.err
// RUN: cat %t2.out %t2.err | FileCheck %s
// RUN: diff %t0.native.out %t2.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: [1, 2, 3, 4] 4
// CHECK-NEXT: pushed 40 sum 780
// CHECK-NEXT: string hello, world! 13
// CHECK-NEXT: nested {{\[\[}}0], [0, 1], [0, 1, 2]]
// CHECK-NEXT: first 0 last 99 len 100
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(4);
    println!("{:?} {}", v, v[3]);

    let mut w: Vec<u8> = Vec::with_capacity(1);
    for i in 0..40 {
        w.push(i);
    }
    let s: u32 = w.iter().map(|x| *x as u32).sum();
    println!("pushed {} sum {}", w.len(), s);

    let mut t = String::from("hello");
    t.push_str(", world");
    t.push('!');
    println!("string {} {}", t, t.len());

    let mut n: Vec<Vec<u32>> = Vec::new();
    for i in 0..3u32 {
        let mut inner = Vec::new();
        for j in 0..=i {
            inner.push(j);
        }
        n.push(inner);
    }
    println!("nested {:?}", n);

    let mut big: Vec<u64> = Vec::new();
    for i in 0..100 {
        big.push(i);
        let last = big.last_mut().unwrap();
        *last = i;
    }
    big.shrink_to_fit();
    println!("first {} last {} len {}", big[0], big[99], big.len());
}
