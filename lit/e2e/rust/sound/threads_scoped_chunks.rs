// Scoped threads each get a disjoint `&mut` chunk of one Vec, and update
// shared atomics: disjoint Unique borrows on different threads.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=999000 first=0 last=1998
// CHECK-NEXT: touched=1000 max=1998
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::thread;

static TOUCHED: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let mut data: Vec<u64> = (0..1000).collect();
    let max = AtomicU64::new(0);
    thread::scope(|s| {
        for chunk in data.chunks_mut(250) {
            let max = &max;
            s.spawn(move || {
                for x in chunk.iter_mut() {
                    *x *= 2;
                    TOUCHED.fetch_add(1, Ordering::Relaxed);
                    max.fetch_max(*x, Ordering::Relaxed);
                }
            });
        }
    });
    let sum: u64 = data.iter().sum();
    println!("sum={} first={} last={}", sum, data[0], data[999]);
    println!("touched={} max={}", TOUCHED.load(Ordering::Relaxed), max.load(Ordering::Relaxed));
}
