// Interior mutability of unsized values: `UnsafeCell<[T]>` and the types
// built on it (`Cell<[T]>`, `RefCell<[T]>`, `Mutex<[T]>`) are mutable behind
// a shared reference, although debug info gives their cell only the size of
// its sized prefix. Writing through `get()`, `borrow_mut()` or `lock()` of a
// `&UnsafeCell<[i32]>` and friends is sound.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: unsafe_cell=[4, 5, 3] cell=[1, 9] refcell=[7, 2] mutex=[3, 8]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

use std::cell::{Cell, RefCell, UnsafeCell};
use std::sync::Mutex;

#[inline(never)]
fn poke(s: &UnsafeCell<[i32]>, i: usize, v: i32) {
    let m: &mut [i32] = unsafe { &mut *s.get() };
    m[i] = v;
}

#[inline(never)]
fn set_last(c: &Cell<[i32]>, v: i32) {
    let cells: &[Cell<i32>] = c.as_slice_of_cells();
    cells[cells.len() - 1].set(v);
}

#[inline(never)]
fn bump_first(r: &RefCell<[i32]>) {
    r.borrow_mut()[0] += 6;
}

#[inline(never)]
fn lock_and_write(m: &Mutex<[i32]>) {
    m.lock().unwrap()[1] = 8;
}

fn main() {
    let u = UnsafeCell::new([1, 2, 3]);
    let s: &UnsafeCell<[i32]> = &u;
    poke(s, 0, 4);
    let m: &mut [i32] = unsafe { &mut *s.get() };
    m[1] = 5;
    let c = Cell::new([1, 2]);
    set_last(&c, 9);
    let r = RefCell::new([1, 2]);
    bump_first(&r);
    let x = Mutex::new([3, 4]);
    lock_and_write(&x);
    println!(
        "unsafe_cell={:?} cell={:?} refcell={:?} mutex={:?}",
        unsafe { &*u.get() },
        c.into_inner(),
        r.into_inner(),
        x.into_inner().unwrap()
    );
}
