// A raw pointer kept in a struct field lives on after the `&mut` it came from.
// The later `&mut x` for `set` is a Unique retag from `x`'s own tag, which
// pops the stored pointer; dereferencing `h.ptr` afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

struct Holder {
    ptr: *mut i32,
}

fn hold(x: &mut i32) -> Holder {
    Holder { ptr: x }
}

fn set(x: &mut i32, v: i32) {
    *x = v;
}

fn main() {
    let mut x = 1;
    let h = hold(&mut x);
    set(&mut x, 5);
    // CHECK: {{#0 .*}}struct_field_ptr_invalidated.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}struct_field_ptr_invalidated.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *h.ptr += 1 };
    println!("{}", x);
}
