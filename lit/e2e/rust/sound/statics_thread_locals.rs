// Globals of every kind: atomics, a static mut reached through raw pointers
// only, OnceLock, and thread-local Cell/RefCell on several threads.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: table [1, 2, 4, 8]
// CHECK-NEXT: config=ready calls=4
// CHECK-NEXT: per-thread totals [10, 10, 10]
// CHECK-NEXT: main thread log ["a", "b"]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::cell::{Cell, RefCell};
use std::ptr::addr_of_mut;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::thread;

static CALLS: AtomicU32 = AtomicU32::new(0);
static mut TABLE: [u32; 4] = [0; 4];
static CONFIG: OnceLock<String> = OnceLock::new();

thread_local! {
    static TOTAL: Cell<u32> = const { Cell::new(0) };
    static LOG: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn config() -> &'static str {
    CALLS.fetch_add(1, Ordering::SeqCst);
    CONFIG.get_or_init(|| String::from("ready"))
}

fn main() {
    let t = addr_of_mut!(TABLE) as *mut u32;
    for i in 0..4 {
        unsafe { *t.add(i) = 1 << i };
    }
    println!("table {:?}", unsafe { *addr_of_mut!(TABLE) });

    let mut c = "";
    for _ in 0..4 {
        c = config();
    }
    println!("config={} calls={}", c, CALLS.load(Ordering::SeqCst));

    let handles: Vec<_> = (0..3)
        .map(|_| {
            thread::spawn(|| {
                for i in 1..=4 {
                    TOTAL.with(|t| t.set(t.get() + i));
                }
                TOTAL.with(|t| t.get())
            })
        })
        .collect();
    let totals: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("per-thread totals {:?}", totals);

    LOG.with(|l| l.borrow_mut().push("a"));
    LOG.with(|l| l.borrow_mut().push("b"));
    LOG.with(|l| println!("main thread log {:?}", l.borrow()));
}
