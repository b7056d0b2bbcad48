// `a` points at `pair.a` and was handed out by `first`. `reset_b` only writes
// `pair.b`, but taking `&mut Pair` for the call is a Unique retag of the whole
// struct, a write access over both fields, so `a` is popped. Using `a`
// afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

struct Pair {
    a: i32,
    b: i32,
}

fn first(p: &mut Pair) -> &mut i32 {
    &mut p.a
}

fn reset_b(p: &mut Pair) {
    p.b = 0;
}

fn main() {
    let mut pair = Pair { a: 1, b: 2 };
    let base: *mut Pair = &mut pair;
    let a = first(unsafe { &mut *base });
    reset_b(unsafe { &mut *base });
    // CHECK: {{#0 .*}}returned_ref_invalidated_by_mut_call.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}returned_ref_invalidated_by_mut_call.rs:[[@LINE+1]]{{([^0-9]|$)}}
    *a += 1;
    println!("{} {}", pair.a, pair.b);
}
