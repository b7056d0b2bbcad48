// REQUIRES: rustc
// invalid-retag: `child` was popped by a write through its parent, then
// passed to a function. The function-entry retag of the parameter needs a
// write access through `child`'s tag, which is gone: reported at the
// callee's entry, with the tag's creation and the write that popped it.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-retag on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}retag to Unique, strongly protected of 4 bytes at 0x[[ADDR]] from tag <[[TAG:[0-9]+]]> to new tag <{{[0-9]+}}> (function-entry retag of parameter `x`){{$}}
// REPORT-NEXT: {{^}}the retag needs a write access through the parent tag: tag <[[TAG]]> is not in the borrow stack of 0x[[ADDR]] (it was never derived for this location, or it has been popped){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_retag::consume }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_retag::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside stack variable `v` of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}) in the frame of rust_invalid_retag::main
// REPORT-NEXT: {{^}}tag <[[TAG]]> was created by a SharedReadWrite retag of 4 bytes from tag <{{[0-9]+}}> (retag of a returned reference: return value in rust_invalid_retag::keep) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_retag::keep }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_invalid_retag::main }}
// REPORT-NEXT: {{^}}tag <[[TAG]]> was later popped by a write access through tag <[[ROOT:[0-9]+]]> at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_retag::main }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 1 item):{{$}}
// REPORT-NEXT: {{^   0: \[Unique <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a stack allocation of 4 bytes, made in rust_invalid_retag::main at
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-retag {{.*}}rust_invalid_retag.rs:{{[0-9]+}} in rust_invalid_retag::consume{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

// LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_invalid_retag::keep .*rust_invalid_retag.rs:}}[[@LINE+3]]:2{{$}}
fn keep(x: &mut i32) -> &mut i32 {
    x
}

// LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_invalid_retag::consume .*rust_invalid_retag.rs:}}[[@LINE+2]]{{$}}
// LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-retag {{.*}}rust_invalid_retag.rs:[[@LINE+1]] in
fn consume(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut v = 1;
    let base: *mut i32 = &mut v;
    // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_invalid_retag::main .*rust_invalid_retag.rs:}}[[@LINE+1]]:17{{$}}
    let child = keep(unsafe { &mut *base });
    // LINES-DAG: {{^tag <[0-9]+> was later popped .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_invalid_retag::main .*rust_invalid_retag.rs:}}[[@LINE+1]]:14{{$}}
    unsafe { *base = 2 };
    // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_invalid_retag::main .*rust_invalid_retag.rs:}}[[@LINE+1]]:5{{$}}
    consume(child);
    println!("{}", v);
}
