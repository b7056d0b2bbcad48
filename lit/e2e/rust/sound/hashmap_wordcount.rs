// HashMap (hashbrown underneath: raw tables, SIMD groups, many raw pointers)
// with the entry API, get_mut, remove and rehashing growth.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: [("a", 3), ("borrow", 2), ("stack", 2), ("the", 4)]
// CHECK-NEXT: positions of the: [0, 2, 5, 12]
// CHECK-NEXT: squares: 1000 entries, sum=332833500, 17 present=true
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::collections::HashMap;

fn main() {
    let text = "the stack the borrow a the stack a borrow a x y the z";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut positions: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, w) in text.split_whitespace().enumerate() {
        *counts.entry(w).or_insert(0) += 1;
        positions.entry(w.to_string()).or_default().push(i);
    }
    for w in ["x", "y", "z"] {
        counts.remove(w);
    }
    if let Some(c) = counts.get_mut("a") {
        *c += 0;
    }
    let mut sorted: Vec<(&str, usize)> = counts.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);
    println!("positions of the: {:?}", positions["the"]);

    let mut squares = HashMap::new();
    for i in 0..1000u64 {
        squares.insert(i, i * i);
    }
    let total: u64 = squares.values().sum();
    println!("squares: {} entries, sum={}, 17 present={}", squares.len(), total, squares.contains_key(&17));
}
