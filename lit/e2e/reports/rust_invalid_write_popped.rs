// REQUIRES: rustc
// invalid-write, tag not in the stack: a reference handed back by `keep` is
// popped by a write through its parent, then written. The report names the
// access, where the address lies (a heap block and where it was allocated),
// where the tag was created (the return-value retag in `keep`, called from
// main) and where it was popped (the parent write), the borrow stack with
// each item's origin, and a SUMMARY at the bad write.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=ACCESS < %t.out
// RUN: FileCheck %s --check-prefix=CREATED < %t.out
// RUN: FileCheck %s --check-prefix=INVALIDATED < %t.out
// RUN: FileCheck %s --check-prefix=STACK < %t.out
// Optimized code (inlining after instrumentation) keeps the same lines.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1
// RUN: not %t1 > %t1.out 2>&1
// RUN: FileCheck %s --check-prefix=ACCESS < %t1.out
// RUN: FileCheck %s --check-prefix=CREATED < %t1.out
// RUN: FileCheck %s --check-prefix=INVALIDATED < %t1.out

// REPORT: {{^}}=================================================================
// REPORT-NEXT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-write on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}write access of 4 bytes at 0x[[ADDR]] with tag <[[TAG:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}tag <[[TAG]]> is not in the borrow stack of 0x[[ADDR]] (it was never derived for this location, or it has been popped){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in }}
// REPORT: {{^$}}
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside a heap block of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}), allocated in rust_invalid_write_popped::main at
// REPORT-NEXT: {{^}}tag <[[TAG]]> was created by a SharedReadWrite retag of 4 bytes from tag <{{[0-9]+}}> (retag of a returned reference: return value in rust_invalid_write_popped::keep) at:{{$}}
// REPORT: {{^}}tag <[[TAG]]> was later popped by a write access through tag <[[ROOT:[0-9]+]]> at:{{$}}
// REPORT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 1 item):{{$}}
// REPORT-NEXT: {{^   0: \[SharedReadWrite <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a heap block of 4 bytes, made in rust_invalid_write_popped::main at
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-write
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING
// REPORT-NOT: ERROR

use std::alloc::{alloc, Layout};

// CREATED: was created by a SharedReadWrite retag
// The returned reference is retagged where the function returns.
// CREATED-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_write_popped::keep .*rust_invalid_write_popped.rs:}}[[@LINE+3]]:
fn keep(x: &mut i32) -> &mut i32 {
    x
}

fn main() {
    unsafe {
        // STACK: 0: [SharedReadWrite <{{.*}} root of a heap block of 4 bytes, made in rust_invalid_write_popped::main at {{.*}}rust_invalid_write_popped.rs:[[@LINE+1]]:
        let p = alloc(Layout::new::<i32>()) as *mut i32;
        // CREATED-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_write_popped::main .*rust_invalid_write_popped.rs:}}[[@LINE+1]]:
        let q: *mut i32 = keep(&mut *p);
        // INVALIDATED: was later popped by a write access through tag
        // INVALIDATED-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_write_popped::main .*rust_invalid_write_popped.rs:}}[[@LINE+1]]:
        *p = 1;
        // ACCESS: {{^    #0 0x[0-9a-f]+ in rust_invalid_write_popped::main .*rust_invalid_write_popped.rs:}}[[@LINE+3]]:
        // ACCESS: is located 0 bytes inside a heap block
        // ACCESS: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}rust_invalid_write_popped.rs:[[@LINE+1]]:{{[0-9]+}} in rust_invalid_write_popped::main{{$}}
        *q = 2;
        println!("not reached {}", *p);
    }
}
