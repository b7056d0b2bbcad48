// Globals of every kind: atomics, a static mut reached through raw pointers
// only, OnceLock, and thread-local Cell/RefCell on several threads.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: table [1, 2, 4, 8]
// CHECK-NEXT: config=ready calls=4
// CHECK-NEXT: per-thread totals [10, 10, 10]
// CHECK-NEXT: main thread log ["a", "b"]
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
