// A comparator that writes through its `&T` argument: the reference is
// SharedReadOnly, so the write is UB, whichever of sort's buffers or
// variables the compared element lies in.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer
#![allow(invalid_reference_casting)]

#[derive(Clone, Copy)]
struct Item {
    key: u64,
    seen: u64,
}

fn main() {
    let mut v: Vec<Item> = (0..20).rev().map(|key| Item { key, seen: 0 }).collect();
    v.sort_by(|a, b| {
        let p = a as *const Item as *mut Item;
        // CHECK: {{#0 .*}}comparator_writes_through_shared.rs:[[@LINE+2]]{{([^0-9]|$)}}
        // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}comparator_writes_through_shared.rs:[[@LINE+1]]{{([^0-9]|$)}}
        unsafe { (*p).seen += 1 };
        a.key.cmp(&b.key)
    });
    println!("{} {}", v[0].key, v[0].seen);
}
