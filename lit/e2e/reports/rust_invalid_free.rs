// REQUIRES: rustc
// invalid-free: libc's free of a pointer to a local variable. The report
// says where the address lies (the frame of main) and shows its stack.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-free on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}free of 0x[[ADDR]], which is not the start of a heap block (it lies inside a tracked stack, global or heap object){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_free::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 4 bytes inside stack variable `pair` of 8 bytes [0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}) in the frame of rust_invalid_free::main ({{.*}}rust_invalid_free.rs:{{[0-9]+}}){{$}}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 1 item):{{$}}
// REPORT-NEXT: {{^   0: \[Unique <[0-9]+>( exposed)?\] +root of a stack allocation of 8 bytes, made in rust_invalid_free::main at}}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-free {{.*}} in rust_invalid_free::main{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

extern "C" {
    fn free(p: *mut u8);
}

// LINES-DAG: {{in the frame of rust_invalid_free::main \(.*rust_invalid_free.rs:}}[[@LINE+1]]){{$}}
fn main() {
    let mut pair = [1i32, 2];
    let p: *mut i32 = &mut pair[1];
    // LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_invalid_free::main .*rust_invalid_free.rs:}}[[@LINE+2]]:14{{$}}
    // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-free {{.*}}rust_invalid_free.rs:[[@LINE+1]]:14 in
    unsafe { free(p as *mut u8) };
    println!("{:?}", pair);
}
