// Shared state across threads: Arc<Mutex>, Arc<RwLock> and a channel. The
// runtime must track every thread's accesses and retags without reports.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: counter=2002000
// CHECK-NEXT: log has 4 entries, first=0 last=3
// CHECK-NEXT: readers saw sums [10, 10, 10]
// CHECK-NEXT: squares [0, 1, 4, 9, 16, 25, 36, 49]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for t in 0..4u64 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for i in 1..=1000 {
                *counter.lock().unwrap() += i;
            }
            log.lock().unwrap().push(t);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("counter={}", *counter.lock().unwrap());
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("log has {} entries, first={} last={}", entries.len(), entries[0], entries[3]);

    let shared = Arc::new(RwLock::new(vec![1, 2, 3]));
    shared.write().unwrap().push(4);
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.read().unwrap().iter().sum::<i32>())
        })
        .collect();
    let sums: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("readers saw sums {:?}", sums);

    let (tx, rx) = mpsc::channel();
    for w in 0..2u32 {
        let tx = tx.clone();
        thread::spawn(move || {
            for i in (w..8).step_by(2) {
                tx.send(i * i).unwrap();
            }
        });
    }
    drop(tx);
    let mut squares: Vec<u32> = rx.iter().collect();
    squares.sort();
    println!("squares {:?}", squares);
}
