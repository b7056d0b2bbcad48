// A hand-written cell on UnsafeCell, mutated through shared references. A
// `&Stats` is SharedReadOnly on `name`'s bytes but SharedReadWrite on the
// cell's bytes, so writes through `&self` to the cell are fine while the
// frozen part stays readable through every alias.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: parser hits=3 max=30
// CHECK-NEXT: global=2
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::cell::UnsafeCell;

struct MyCell<T> {
    value: UnsafeCell<T>,
}

// Only used from one thread; Sync is needed to put one in a static.
unsafe impl<T> Sync for MyCell<T> {}

impl<T: Copy> MyCell<T> {
    const fn new(v: T) -> Self {
        MyCell { value: UnsafeCell::new(v) }
    }
    fn get(&self) -> T {
        unsafe { *self.value.get() }
    }
    fn set(&self, v: T) {
        unsafe { *self.value.get() = v };
    }
}

struct Stats {
    name: &'static str,
    id: u64,
    hits: MyCell<u32>,
    max: MyCell<u64>,
}

fn record(s: &Stats, value: u64) {
    s.hits.set(s.hits.get() + 1);
    if value > s.max.get() {
        s.max.set(value);
    }
}

fn report(s: &Stats) -> String {
    format!("{} hits={} max={}", s.name, s.hits.get(), s.max.get())
}

static GLOBAL: MyCell<u32> = MyCell::new(0);

fn main() {
    let stats = Stats { name: "parser", id: 1, hits: MyCell::new(0), max: MyCell::new(0) };
    let view1 = &stats;
    let view2 = &stats;
    record(view1, 10);
    record(view2, 30);
    record(&stats, 20);
    assert_eq!(view1.id, view2.id);
    println!("{}", report(view1));

    GLOBAL.set(GLOBAL.get() + 1);
    let g = &GLOBAL;
    g.set(g.get() + 1);
    println!("global={}", GLOBAL.get());
}
