// References moved inside a Vec by overlapping copies (`insert` and
// `remove` shift the elements with ptr::copy, up and down) keep their tags:
// a write through the raw pointer they came from pops the item of the
// reference to that element, and the next use of the moved reference is
// reported. Without the tags (if a move lost them) it would pass as the
// wildcard. Small moves take the runtime's word-by-word path, larger ones
// the bulk one.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 6 2>&1 | FileCheck %s
// RUN: not %t0 24 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && not %t2 6 2>&1 | FileCheck %s
// RUN: not %t2 24 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
use std::hint::black_box;

fn shifted<'a>(p: *mut u64, n: usize, extra: &'a mut u64) -> Vec<&'a mut u64> {
    let mut v: Vec<&mut u64> = (0..n).map(|i| unsafe { &mut *p.add(i) }).collect();
    v.insert(0, extra);
    let first = v.remove(0);
    *first += 1;
    v
}

fn main() {
    // 6 references move as 48 bytes, 24 as 192.
    let n: usize = black_box(std::env::args().nth(1).unwrap().parse().unwrap());
    let mut values = vec![1u64; n];
    let mut extra = 0u64;
    let p = values.as_mut_ptr();
    let mut v = shifted(p, n, &mut extra);
    unsafe { *p.add(3) = 5 };
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}}moved_refs_keep_tags.rs:[[@LINE+1]]{{([^0-9]|$)}}
    *v[3] += 1;
    println!("{}", v.len());
}
