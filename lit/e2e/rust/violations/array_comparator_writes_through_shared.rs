// A comparator writing through its `&T`, sorting an array that is a local
// variable of std's data (`[u64; 16]`): sort_by calls the program's
// closure with references into the variable, so it stays tracked
// (docs/design.md section 2) and the write is reported.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && not %t2 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer
#![allow(invalid_reference_casting)]

fn main() {
    let mut keys = [0u64; 16];
    for (i, k) in keys.iter_mut().enumerate() {
        *k = (i as u64 * 7) % 16;
    }
    keys.sort_by(|a, b| {
        let p = a as *const u64 as *mut u64;
        // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}array_comparator_writes_through_shared.rs:[[@LINE+1]]{{([^0-9]|$)}}
        unsafe { std::ptr::write_volatile(p, *p) };
        a.cmp(b)
    });
    println!("{:?}", keys[0]);
}
