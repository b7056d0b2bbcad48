// The other std collections: BTreeMap (node pointers), VecDeque (ring
// buffer), BinaryHeap (sift with holes), LinkedList (raw links), HashSet.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: btree first=(0, 0) last=(199, 39601) range sum=735
// CHECK-NEXT: deque [-2, -1, 0, 1, 2, 3] front=-2 back=3
// CHECK-NEXT: heap top3 [99, 98, 97]
// CHECK-NEXT: list [3, 1, 2] len 3
// CHECK-NEXT: set overlap [3, 4]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::collections::{BTreeMap, BinaryHeap, HashSet, LinkedList, VecDeque};

fn main() {
    let mut bt = BTreeMap::new();
    for i in (0..200u64).rev() {
        bt.insert(i, i * i);
    }
    for (_, v) in bt.range_mut(10..15) {
        *v += 1;
    }
    let range_sum: u64 = bt.range(10..15).map(|(_, v)| v).sum();
    println!(
        "btree first={:?} last={:?} range sum={}",
        bt.first_key_value().unwrap(),
        bt.last_key_value().unwrap(),
        range_sum
    );

    let mut dq = VecDeque::new();
    for i in 0..4 {
        dq.push_back(i);
    }
    dq.push_front(-1);
    dq.push_front(-2);
    dq.make_contiguous();
    println!("deque {:?} front={} back={}", dq, dq.front().unwrap(), dq.back().unwrap());

    let mut heap: BinaryHeap<u32> = (0..100).map(|i| (i * 37) % 100).collect();
    let top: Vec<u32> = (0..3).map(|_| heap.pop().unwrap()).collect();
    println!("heap top3 {:?}", top);

    let mut list = LinkedList::new();
    list.push_back(1);
    list.push_back(2);
    list.push_front(3);
    for x in list.iter_mut() {
        *x += 0;
    }
    println!("list {:?} len {}", list, list.len());

    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut both: Vec<i32> = a.intersection(&b).copied().collect();
    both.sort();
    println!("set overlap {:?}", both);
}
