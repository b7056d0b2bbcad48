// REQUIRES: rustc
// invalid-dealloc: `q` comes from a reference handed back by `keep`; a write
// through the parent pops it, and deallocating through it afterwards is UB
// (deallocation is a write access over the whole block).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-dealloc on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}deallocation (free) of 4 bytes at 0x[[ADDR]] with tag <[[TAG:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}tag <[[TAG]]> is not in the borrow stack of 0x[[ADDR]] (it was never derived for this location, or it has been popped){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in alloc::alloc::dealloc }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_dealloc::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside a heap block of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}), allocated in rust_invalid_dealloc::main at
// REPORT-NEXT: {{^}}tag <[[TAG]]> was created by a SharedReadWrite retag of 4 bytes from tag <{{[0-9]+}}> (retag of a returned reference: return value in rust_invalid_dealloc::keep) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_dealloc::keep }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_dealloc::main }}
// REPORT-NEXT: {{^}}tag <[[TAG]]> was later popped by a write access through tag <[[ROOT:[0-9]+]]> at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_dealloc::main }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 1 item):{{$}}
// REPORT-NEXT: {{^   0: \[SharedReadWrite <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a heap block of 4 bytes, made in rust_invalid_dealloc::main at
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-dealloc {{.*}} in rust_invalid_dealloc::main{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

use std::alloc::{alloc, dealloc, Layout};

// LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_invalid_dealloc::keep .*rust_invalid_dealloc.rs:}}[[@LINE+3]]:2{{$}}
fn keep(x: &mut i32) -> &mut i32 {
    x
}

fn main() {
    let l = Layout::new::<i32>();
    unsafe {
        // LINES-DAG: {{^   0: \[SharedReadWrite .* made in rust_invalid_dealloc::main at .*rust_invalid_dealloc.rs:}}[[@LINE+1]]:17{{$}}
        let p = alloc(l) as *mut i32;
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_invalid_dealloc::main .*rust_invalid_dealloc.rs:}}[[@LINE+1]]:27{{$}}
        let q: *mut i32 = keep(&mut *p);
        // LINES-DAG: {{^tag <[0-9]+> was later popped .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_invalid_dealloc::main .*rust_invalid_dealloc.rs:}}[[@LINE+1]]:9{{$}}
        *p = 1;
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_invalid_dealloc::main .*rust_invalid_dealloc.rs:}}[[@LINE+2]]:9{{$}}
        // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-dealloc {{.*}}rust_invalid_dealloc.rs:[[@LINE+1]]:9 in
        dealloc(q as *mut u8, l);
    }
}
