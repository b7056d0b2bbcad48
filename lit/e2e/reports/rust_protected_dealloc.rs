// REQUIRES: rustc
// protected-dealloc: `release` holds `_guard`, a `&i32` to the block, for
// the whole call (a strong protector), and deallocates the block through a
// raw pointer meanwhile. The report shows the deallocation, the heap block
// and where it was allocated, and the call that protects the item.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: protected-dealloc on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}deallocation (free) of 4 bytes at 0x[[ADDR]] with tag <[[ROOT:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}item [SharedReadOnly <[[PROT:[0-9]+]]>] is strongly protected by the call to rust_protected_dealloc::release (parameter `_guard`), which is still running (call #{{[0-9]+}}): memory may not be deallocated while a function holds a reference to it{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in alloc::alloc::dealloc }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_protected_dealloc::release }}
// REPORT-NEXT: {{^    #2 0x[0-9a-f]+ in rust_protected_dealloc::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside a heap block of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}), allocated in rust_protected_dealloc::main at
// REPORT-NEXT: {{^}}tag <[[ROOT]]> is the root of a heap block of 4 bytes, made at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_protected_dealloc::main }}
// REPORT-NEXT: {{^}}tag <[[PROT]]> (the protected item) was created by a SharedReadOnly retag of 4 bytes from tag <[[ROOT]]>, strongly protected (function-entry retag of parameter `_guard` in rust_protected_dealloc::release) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_protected_dealloc::release }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_protected_dealloc::main }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 2 items):{{$}}
// REPORT-NEXT: {{^   0: \[SharedReadWrite <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a heap block of 4 bytes, made in rust_protected_dealloc::main at {{.*}}  <- the tag used{{$}}
// REPORT-NEXT: {{^   1: \[SharedReadOnly <}}[[PROT]]>] {{ *}}SharedReadOnly retag of tag <[[ROOT]]>, strongly protected (function-entry retag of parameter `_guard`), made in rust_protected_dealloc::release at {{.*}}  <- protected{{$}}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-dealloc {{.*}} in rust_protected_dealloc::release{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

use std::alloc::{alloc, dealloc, Layout};

// LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_protected_dealloc::release .*rust_protected_dealloc.rs:}}[[@LINE+2]]{{$}}
// LINES-DAG: {{^   1: \[SharedReadOnly .* made in rust_protected_dealloc::release at .*rust_protected_dealloc.rs:}}[[@LINE+1]]  <- protected
fn release(_guard: &i32, p: *mut u8, l: Layout) {
    // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_protected_dealloc::release .*rust_protected_dealloc.rs:}}[[@LINE+2]]:14{{$}}
    // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-dealloc {{.*}}rust_protected_dealloc.rs:[[@LINE+1]]:14 in
    unsafe { dealloc(p, l) };
}

fn main() {
    let l = Layout::new::<i32>();
    unsafe {
        // LINES-DAG: {{allocated in rust_protected_dealloc::main at .*rust_protected_dealloc.rs:}}[[@LINE+3]]:17{{$}}
        // LINES-DAG: {{^tag <[0-9]+> is the root of a heap block .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_protected_dealloc::main .*rust_protected_dealloc.rs:}}[[@LINE+2]]:17{{$}}
        // LINES-DAG: {{^   0: \[SharedReadWrite .* made in rust_protected_dealloc::main at .*rust_protected_dealloc.rs:}}[[@LINE+1]]:17  <- the tag used
        let p = alloc(l) as *mut i32;
        *p = 1;
        // LINES-DAG: {{^    #2 0x[0-9a-f]+ in rust_protected_dealloc::main .*rust_protected_dealloc.rs:}}[[@LINE+3]]:9{{$}}
        // (#2 in the access trace, #1 in the protected item's creation.)
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_protected_dealloc::main .*rust_protected_dealloc.rs:}}[[@LINE+1]]:9{{$}}
        release(&*p, p as *mut u8, l);
    }
}
