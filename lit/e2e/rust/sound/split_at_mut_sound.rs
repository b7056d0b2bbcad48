// Disjoint mutable borrows of one buffer: split_at_mut, split_first_mut,
// chunks_exact_mut, iter_mut over zipped halves, rotate.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: halves swapped [5, 6, 7, 8, 1, 2, 3, 4]
// CHECK-NEXT: first=50 rest=[6, 7, 8, 1, 2, 3, 4]
// CHECK-NEXT: pair sums [56, 15, 3, 7]
// CHECK-NEXT: rotated [15, 3, 7, 56]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

fn swap_halves(v: &mut [i32]) {
    let mid = v.len() / 2;
    let (a, b) = v.split_at_mut(mid);
    for (x, y) in a.iter_mut().zip(b.iter_mut()) {
        std::mem::swap(x, y);
    }
}

fn main() {
    let mut v = [1, 2, 3, 4, 5, 6, 7, 8];
    swap_halves(&mut v);
    println!("halves swapped {:?}", v);

    if let Some((first, rest)) = v.split_first_mut() {
        *first *= 10;
        rest[0] += 0;
        println!("first={} rest={:?}", first, rest);
    }

    let mut sums = Vec::new();
    for pair in v.chunks_exact_mut(2) {
        let (l, r) = pair.split_at_mut(1);
        l[0] += r[0];
        sums.push(l[0]);
    }
    println!("pair sums {:?}", sums);
    sums.rotate_left(1);
    println!("rotated {:?}", sums);
}
