// `&mut v[0]` goes through `IndexMut`, which creates a `&mut [i32]` over the
// whole buffer and then a `&mut i32` to element 0. `v[1] = 5` creates a new
// `&mut [i32]` over the whole buffer from the Vec's own pointer: a write
// access to element 0 too, which pops `first`. (Vec::as_mut_ptr would have
// been fine: it creates no reference.)
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn main() {
    let mut v = vec![1, 2, 3];
    let first: *mut i32 = &mut v[0];
    v[1] = 5;
    // CHECK: {{#0 .*}}vec_index_invalidates_raw.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}vec_index_invalidates_raw.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *first = 9 };
    println!("{:?}", v);
}
