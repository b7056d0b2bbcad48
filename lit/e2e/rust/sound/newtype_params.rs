// References inside structs passed by value are retagged at function entry
// like reference parameters; using them, and memory around them, in the
// ways the borrow rules allow stays silent.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: counter=12 pair=9 view=6 cells=3
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

use std::cell::Cell;

struct Counter<'a>(&'a mut u64);
struct Pair<'a>(&'a mut u32, u32);
struct View<'a>(&'a [u8]);
struct Cells<'a>(&'a Cell<u32>);

#[inline(never)]
fn bump(c: Counter<'_>, by: u64) -> Counter<'_> {
    *c.0 += by;
    c
}

#[inline(never)]
fn add_second(p: Pair<'_>) {
    *p.0 += p.1;
}

#[inline(never)]
fn total(v: View<'_>) -> u32 {
    v.0.iter().map(|&b| b as u32).sum()
}

#[inline(never)]
fn set_through_both(c: Cells<'_>, other: &Cell<u32>) {
    c.0.set(1);
    other.set(c.0.get() + 2);
}

fn main() {
    let mut n = 2u64;
    let c = bump(Counter(&mut n), 4);
    let c = bump(c, 6);
    drop(c);
    let mut x = 4u32;
    add_second(Pair(&mut x, 5));
    let bytes = [1u8, 2, 3];
    let t = total(View(&bytes));
    let cell = Cell::new(0);
    set_through_both(Cells(&cell), &cell);
    println!("counter={} pair={} view={} cells={}", n, x, t, cell.get());
}
