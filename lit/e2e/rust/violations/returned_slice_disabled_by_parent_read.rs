// A `&mut [u64]` returned by a call is a new Unique reference in the
// caller (Miri retags the result of a call). A read through the raw
// pointer it was derived from disables it, and the write through it that
// follows is reported, at -O0 and -O1, though the reference is a {data,
// length} pair that the caller receives as one value.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK: has been disabled at

#[inline(never)]
fn hand_back(s: &mut [u64]) -> &mut [u64] {
    s
}

fn main() {
    let mut v: Vec<u64> = (0..40).collect();
    let p = v.as_mut_ptr();
    // CHECK: was created by a Unique retag of 320 bytes {{.*}}reference returned into `whole`
    // CHECK-NEXT: {{#0 .*}}returned_slice_disabled_by_parent_read.rs:[[@LINE+1]]
    let whole = hand_back(unsafe { std::slice::from_raw_parts_mut(p, 40) });
    // CHECK: later disabled by a read access
    // CHECK-NEXT: {{#0 .*}}returned_slice_disabled_by_parent_read.rs:[[@LINE+1]]
    let t = unsafe { *p.add(7) };
    whole[7] = t;
    println!("{}", v[7]);
}
