// Vec through most of its API, plus the documented raw-pointer protocol:
// Vec::as_mut_ptr creates no reference, so writing through it and then
// calling set_len is fine.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: raw init [0, 3, 6, 9, 12, 15]
// CHECK-NEXT: edited [1, 3, 4, 6, 9, 12, 15, 100]
// CHECK-NEXT: retained [4, 6, 12, 100]
// CHECK-NEXT: sorted/dedup [1, 2, 3, 5, 8]
// CHECK-NEXT: drained [2, 3] left [1, 5, 8]
// CHECK-NEXT: chunks 2,1 | 6,5 | 8
// CHECK-NEXT: split [0, 1, 2] [3, 4] cap>=5 true
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

fn main() {
    let n = 6;
    let mut v: Vec<u64> = Vec::with_capacity(n);
    let p = v.as_mut_ptr();
    for i in 0..n {
        unsafe { p.add(i).write(3 * i as u64) };
    }
    unsafe { v.set_len(n) };
    println!("raw init {:?}", v);

    v.insert(0, 1);
    v.remove(1);
    v[1] = 3;
    v.insert(2, 4);
    v.push(100);
    let len = v.len();
    v.swap(3, 2);
    v.sort();
    assert_eq!(len, v.len());
    println!("edited {:?}", v);
    v.retain(|x| x % 2 == 0);
    println!("retained {:?}", v);

    let mut w = vec![5, 3, 8, 1, 3, 2, 8, 5];
    w.sort_unstable();
    w.dedup();
    println!("sorted/dedup {:?}", w);
    let drained: Vec<_> = w.drain(1..3).collect();
    println!("drained {:?} left {:?}", drained, w);

    let mut c = vec![1, 2, 5, 6, 8];
    for chunk in c.chunks_mut(2) {
        chunk.reverse();
    }
    for x in c.iter_mut().filter(|x| **x > 4) {
        *x += 0;
    }
    let chunks: Vec<String> =
        c.chunks(2).map(|ch| ch.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")).collect();
    println!("chunks {}", chunks.join(" | "));

    let mut s: Vec<i32> = (0..5).collect();
    let tail = s.split_off(3);
    s.reserve(10);
    println!("split {:?} {:?} cap>=5 {}", s, tail, s.capacity() >= 5);
}
