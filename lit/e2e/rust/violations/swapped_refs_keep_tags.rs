// References inside small structs moved by Vec::swap (16-byte copies,
// 8-aligned on both sides, whose provenance the pass moves inline) keep
// their tags: a write through the raw pointer a reference came from pops
// its item, and the next use of the moved reference is reported. Without
// the tag (if the move lost it) the use would pass as the wildcard. The
// runtime's copy, with -sbsan-inline-provenance-copies=0, reports the same.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && not %t2 2>&1 | FileCheck %s
// RUN: env SBSAN_PASS_OPTIONS=-sbsan-inline-provenance-copies=0 %rustc_sbsan -C opt-level=0 %s -o %t3 && not %t3 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
use std::hint::black_box;

fn main() {
    let n: usize = black_box(4);
    let mut values = vec![1u64; n];
    let p = values.as_mut_ptr();
    let mut v: Vec<(&mut u64, u64)> =
        (0..n).map(|i| (unsafe { &mut *p.add(i) }, i as u64)).collect();
    v.swap(0, 3);
    v.swap(1, 2);
    // Pops the item of the reference to element 3, which is now v[0].
    unsafe { *p.add(3) = 5 };
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}}swapped_refs_keep_tags.rs:[[@LINE+1]]{{([^0-9]|$)}}
    *v[0].0 += 1;
    println!("{}", v.len());
}
