// Mutation through shared references is fine when the bytes are inside an
// UnsafeCell (here Cell): those bytes get SharedReadWrite, not
// SharedReadOnly, and aliasing `&Account`s may all write.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: a=75 ops=4 b=25 ops=2
// CHECK-NEXT: prefix sums [1, 3, 6, 10]
// CHECK-NEXT: swapped 2 1
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::cell::Cell;

struct Account {
    id: u32,
    balance: Cell<i64>,
    ops: Cell<u32>,
}

fn deposit(a: &Account, amount: i64) {
    a.balance.set(a.balance.get() + amount);
    a.ops.set(a.ops.get() + 1);
}

fn transfer(from: &Account, to: &Account, amount: i64) {
    deposit(from, -amount);
    deposit(to, amount);
}

fn main() {
    let a = Account { id: 1, balance: Cell::new(100), ops: Cell::new(0) };
    let b = Account { id: 2, balance: Cell::new(0), ops: Cell::new(0) };
    let alias1 = &a;
    let alias2 = &a;
    transfer(alias1, &b, 30);
    transfer(&b, alias2, 5);
    transfer(&a, &a, 7);
    assert_eq!(a.id + b.id, 3);
    println!("a={} ops={} b={} ops={}", a.balance.get(), a.ops.get(), b.balance.get(), b.ops.get());

    let mut arr = [1, 2, 3, 4];
    let cells = Cell::from_mut(&mut arr[..]).as_slice_of_cells();
    for w in cells.windows(2) {
        w[1].set(w[0].get() + w[1].get());
    }
    println!("prefix sums {:?}", arr);

    let x = Cell::new(1);
    let y = Cell::new(2);
    x.swap(&y);
    println!("swapped {} {}", x.get(), y.get());
}
