// Globals follow the same rules: `c` is a Unique reborrow of the static,
// handed back by `counters`. A write through the static's own address pops
// it, and using `c` afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer
#![allow(unused_unsafe)]

static mut COUNTERS: [u32; 2] = [0; 2];

fn counters() -> &'static mut [u32; 2] {
    unsafe { &mut *std::ptr::addr_of_mut!(COUNTERS) }
}

fn main() {
    let c = counters();
    let raw = unsafe { std::ptr::addr_of_mut!(COUNTERS) } as *mut u32;
    unsafe { *raw = 1 };
    // CHECK: {{#0 .*}}static_mut_ref_invalidated.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}static_mut_ref_invalidated.rs:[[@LINE+1]]{{([^0-9]|$)}}
    c[0] += 1;
    println!("{:?}", unsafe { *std::ptr::addr_of!(COUNTERS) });
}
