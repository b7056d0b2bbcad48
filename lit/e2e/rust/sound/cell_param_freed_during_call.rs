// A shared reference protects only its frozen bytes: the bytes inside an
// UnsafeCell get SharedReadWrite items without a protector. So a function
// that takes `&Cell<i32>` (or a struct with a Cell field next to frozen
// fields, through its cell part) may see that memory freed while it runs,
// as long as it does not use the reference afterwards.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: cell=7 atomic=9
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

#[inline(never)]
fn read_then_free(c: &Cell<i32>, owner: *mut Cell<i32>) -> i32 {
    let v = c.get();
    // The Box owns the cell; `c` is not used after this.
    unsafe { drop(Box::from_raw(owner)) };
    v
}

struct Slot {
    hits: AtomicU64,
}

#[inline(never)]
fn bump_then_free(counter: &AtomicU64, owner: *mut Slot) -> u64 {
    let v = counter.fetch_add(1, Ordering::Relaxed) + 1;
    unsafe { drop(Box::from_raw(owner)) };
    v
}

fn main() {
    let cell = Box::into_raw(Box::new(Cell::new(7)));
    let v = read_then_free(unsafe { &*cell }, cell);
    let slot = Box::into_raw(Box::new(Slot { hits: AtomicU64::new(8) }));
    let w = bump_then_free(unsafe { &(*slot).hits }, slot);
    println!("cell={} atomic={}", v, w);
}
