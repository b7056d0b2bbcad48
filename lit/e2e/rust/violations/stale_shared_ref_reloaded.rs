// A `&u64` is kept in a heap struct, its referent is written through the
// raw pointer it came from (which pops the reference's item), and the
// reference is then read back out of the struct: reading a reference out of
// memory retags it, and the retag needs a read through the popped tag. The
// reborrow is of a shared reference from a shared reference (one that is
// elided when allowed), so the retag is refused exactly when it would be
// made, with or without elision. (At -C opt-level=0 rustc marks no loaded
// reference, so the load is not retagged and nothing is reported.)
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// RUN: env SBSAN_OPTIONS=elide_frozen_reborrows=0 not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-retag
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-retag {{.*}}stale_shared_ref_reloaded.rs:{{[0-9]+}}:{{[0-9]+}} in stale_shared_ref_reloaded::reference_in

struct Holder<'a> {
    tag: u32,
    r: &'a u64,
}

#[inline(never)]
fn reference_in<'a>(h: &Holder<'a>) -> &'a u64 {
    h.r
}

fn main() {
    let mut x = 7u64;
    let raw = &mut x as *mut u64;
    let shared: &u64 = unsafe { &*raw };
    let holder = Box::new(Holder { tag: 1, r: shared });
    unsafe { *raw = 8 };
    let again = reference_in(&holder);
    println!("{} {}", holder.tag, again);
}
