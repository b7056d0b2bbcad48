// REQUIRES: rustc
// double-free: a block deallocated twice. The report shows the second
// deallocation, where the block was freed first, and where it was
// allocated (from the history of its root tag).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: double-free on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}free of 0x[[ADDR]], which was already freed{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in alloc::alloc::dealloc }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_double_free::drop_twice }}
// REPORT-NEXT: {{^    #2 0x[0-9a-f]+ in rust_double_free::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is the start of a heap block of 16 bytes that has been freed{{$}}
// REPORT-NEXT: {{^}}it was freed at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in alloc::alloc::dealloc }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_double_free::drop_twice }}
// REPORT-NEXT: {{^    #2 0x[0-9a-f]+ in rust_double_free::main }}
// REPORT-NEXT: {{^}}it was allocated (root tag <{{[0-9]+}}>) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_double_free::main }}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: double-free {{.*}} in rust_double_free::drop_twice{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

use std::alloc::{alloc, dealloc, Layout};

fn drop_twice(p: *mut u8, l: Layout) {
    unsafe {
        // LINES-DAG: {{^it was freed at:$}}{{[[:space:]]+}}{{#0 .*$}}{{[[:space:]]+}}{{#1 0x[0-9a-f]+ in rust_double_free::drop_twice .*rust_double_free.rs:}}[[@LINE+1]]:9{{$}}
        dealloc(p, l);
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_double_free::drop_twice .*rust_double_free.rs:}}[[@LINE+2]]:9{{$}}
        // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: double-free {{.*}}rust_double_free.rs:[[@LINE+1]]:9 in
        dealloc(p, l);
    }
}

fn main() {
    let l = Layout::new::<[u32; 4]>();
    // LINES-DAG: {{^it was allocated .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_double_free::main .*rust_double_free.rs:}}[[@LINE+1]]:22{{$}}
    let p = unsafe { alloc(l) };
    drop_twice(p, l);
}
