// REQUIRES: rustc
// invalid-write, tag only grants SharedReadOnly: a callee writes through a
// pointer cast from its `&i32` parameter. The tag was made by the
// function-entry retag of `r` (protected while the call runs); nothing
// invalidated it, so the report has no invalidation trace.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=ACCESS < %t.out
// RUN: FileCheck %s --check-prefix=CREATED < %t.out
// RUN: FileCheck %s --check-prefix=STACK < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-write on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}write access of 4 bytes at 0x[[ADDR]] with tag <[[TAG:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}tag <[[TAG]]> only grants SharedReadOnly at 0x[[ADDR]], which does not allow writing{{$}}
// REPORT-NEXT: {{^    #0 }}
// REPORT-NEXT: {{^    #1 }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside stack variable `x` of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}) in the frame of rust_invalid_write_shared::main
// REPORT-NEXT: {{^}}tag <[[TAG]]> was created by a SharedReadOnly retag of 4 bytes from tag <[[ROOT:[0-9]+]]>, strongly protected (function-entry retag of parameter `r` in rust_invalid_write_shared::sneaky_store) at:{{$}}
// REPORT-NOT: was later
// REPORT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 2 items):{{$}}
// REPORT-NEXT: {{^   0: \[Unique <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a stack allocation of 4 bytes, made in rust_invalid_write_shared::main at
// REPORT-NEXT: {{^   1: \[SharedReadOnly <}}[[TAG]]>{{( exposed)?}}] {{ *}}SharedReadOnly retag of tag <[[ROOT]]>, strongly protected (function-entry retag of parameter `r`), made in rust_invalid_write_shared::sneaky_store at {{.*}}  <- the tag used{{$}}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}rust_invalid_write_shared.rs:{{[0-9]+}}:{{[0-9]+}} in rust_invalid_write_shared::sneaky_store{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING
#![allow(invalid_reference_casting)]

// CREATED: was created by a SharedReadOnly retag
// CREATED-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_write_shared::sneaky_store .*rust_invalid_write_shared.rs:}}[[@LINE+2]]{{$}}
// STACK-DAG: 1: [SharedReadOnly {{.*}} made in rust_invalid_write_shared::sneaky_store at {{.*}}rust_invalid_write_shared.rs:[[@LINE+1]]  <- the tag used
fn sneaky_store(r: &i32) {
    let p = r as *const i32 as *mut i32;
    // ACCESS: {{^    #0 0x[0-9a-f]+ in rust_invalid_write_shared::sneaky_store .*rust_invalid_write_shared.rs:}}[[@LINE+1]]:14{{$}}
    unsafe { *p = 2 };
}

// STACK-DAG: 0: [Unique {{.*}} made in rust_invalid_write_shared::main at {{.*}}rust_invalid_write_shared.rs:[[@LINE+1]]{{$}}
fn main() {
    let x = 1;
    // ACCESS-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_write_shared::main .*rust_invalid_write_shared.rs:}}[[@LINE+3]]:5{{$}}
    // ACCESS-EMPTY:
    // CREATED-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_write_shared::main .*rust_invalid_write_shared.rs:}}[[@LINE+1]]:5{{$}}
    sneaky_store(&x);
    println!("{}", x);
}
