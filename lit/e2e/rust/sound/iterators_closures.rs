// Closures capturing `&mut` state, iterator adaptors over mutable slices,
// retain_mut, sort_by_key, by_ref, and a struct that hands out an iterator
// over its internals.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: odds seen=3 doubled=[2, 2, 6, 4, 10, 6]
// CHECK-NEXT: retained [3, 5, 9]
// CHECK-NEXT: by key ["kiwi", "apple", "banana"]
// CHECK-NEXT: first two [1, 2] rest sum 12
// CHECK-NEXT: windows max 11
// CHECK-NEXT: inventory total 17
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

struct Inventory {
    counts: Vec<u32>,
}

impl Inventory {
    fn counts_mut(&mut self) -> impl Iterator<Item = &mut u32> + '_ {
        self.counts.iter_mut()
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let mut seen = 0;
    v.iter_mut().filter(|x| **x % 2 == 1).for_each(|x| {
        *x *= 2;
        seen += 1;
    });
    println!("odds seen={} doubled={:?}", seen, v);

    let mut w = vec![1, 3, 5, 9, 2];
    w.retain_mut(|x| {
        *x += 0;
        *x > 2
    });
    println!("retained {:?}", w);

    let mut fruit = vec!["banana", "kiwi", "apple"];
    fruit.sort_by_key(|s| s.len());
    println!("by key {:?}", fruit);

    let mut it = [1, 2, 3, 4, 5].into_iter();
    let first_two: Vec<i32> = it.by_ref().take(2).collect();
    let rest: i32 = it.sum();
    println!("first two {:?} rest sum {}", first_two, rest);

    let data = [3, 8, 1, 7, 4];
    let best = data.windows(2).map(|w| w[0] + w[1]).max().unwrap();
    println!("windows max {}", best);

    let mut inv = Inventory { counts: vec![2, 5, 7] };
    for c in inv.counts_mut() {
        *c += 1;
    }
    println!("inventory total {}", inv.counts.iter().sum::<u32>());
}
