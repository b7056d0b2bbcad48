// Comparing a `&str` whose bytes a raw pointer wrote after the reference
// was made: the write popped the reference's item, so the comparison's
// read through it is UB. At -O1 and above the comparison is a shared
// retag of each string's bytes whose tag goes only to bcmp, a retag
// without a child (docs/design.md section 5): answered by its parent only
// while the parent is on top, and here the parent is gone, so the retag
// is made and refused.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && not %t2 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-retag
use std::hint::black_box;

fn main() {
    let n = black_box(5usize);
    let mut text = String::with_capacity(n);
    for _ in 0..n {
        text.push('h');
    }
    let other: String = black_box("jhhhh".to_string());
    let p: *mut u8 = text.as_mut_ptr();
    let view: &str = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n)) };
    unsafe { *p = b'j' };
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-retag {{.*}}str_compare_after_raw_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    if view == other.as_str() {
        println!("equal");
    } else {
        println!("different");
    }
}
