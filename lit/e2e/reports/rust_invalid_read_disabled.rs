// REQUIRES: rustc
// invalid-read, tag disabled: `child` is a `&mut` handed back by `bump`; a
// read through the parent pointer disables it, and reading through it
// afterwards is UB. The invalidation trace points at the parent read.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-read on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}read access of 4 bytes at 0x[[ADDR]] with tag <[[TAG:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}tag <[[TAG]]> has been disabled at 0x[[ADDR]] (a read through an older tag invalidated it){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_invalid_read_disabled::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside stack variable `x` of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}) in the frame of rust_invalid_read_disabled::main ({{.*}}rust_invalid_read_disabled.rs:{{[0-9]+}}){{$}}
// REPORT-NEXT: {{^}}tag <[[TAG]]> was created by a Unique retag of 4 bytes from tag <{{[0-9]+}}> (retag of a returned reference: reference returned into `child` in rust_invalid_read_disabled::main) at:{{$}}
// REPORT-NEXT: {{^    #0 }}
// REPORT-NEXT: {{^}}tag <[[TAG]]> was later disabled by a read access through tag <[[ROOT:[0-9]+]]> at:{{$}}
// REPORT-NEXT: {{^    #0 }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 6 items):{{$}}
// REPORT-NEXT: {{^   0: \[Unique <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a stack allocation of 4 bytes, made in rust_invalid_read_disabled::main at
// REPORT-NEXT: {{^   1: \[Disabled <[0-9]+>\] +Unique retag of tag <}}[[ROOT]]>, strongly protected (function-entry retag of parameter `r`), made in rust_invalid_read_disabled::bump at
// REPORT-NEXT: {{^   2: \[SharedReadWrite <[0-9]+>\] +SharedReadWrite retag of tag}}
// REPORT-NEXT: {{^   3: \[Disabled <[0-9]+>\] +Unique retag of tag <[0-9]+> \(retag of a returned reference: return value\), made in rust_invalid_read_disabled::bump at}}
// REPORT-NEXT: {{^   4: \[SharedReadWrite <[0-9]+>\] +SharedReadWrite retag of tag}}
// REPORT-NEXT: {{^   5: \[Disabled <}}[[TAG]]>] {{ *}}Unique retag of tag <{{[0-9]+}}> (retag of a returned reference: reference returned into `child`), made in rust_invalid_read_disabled::main at {{.*}}  <- the tag used{{$}}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}} in rust_invalid_read_disabled::main{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

// LINES-DAG: {{^   1: \[Disabled .* made in rust_invalid_read_disabled::bump at .*rust_invalid_read_disabled.rs:}}[[@LINE+1]]{{$}}
fn bump(r: &mut i32) -> &mut i32 {
    *r += 1;
    r
}

// LINES-DAG: {{^   0: \[Unique .* made in rust_invalid_read_disabled::main at .*rust_invalid_read_disabled.rs:}}[[@LINE+1]]{{$}}
fn main() {
    let mut x = 0;
    let base: *mut i32 = &mut x;
    // LINES-DAG: {{^   5: \[Disabled .* made in rust_invalid_read_disabled::main at .*rust_invalid_read_disabled.rs:}}[[@LINE+2]]:17  <- the tag used{{$}}
    // LINES-DAG: {{^tag <[0-9]+> was created by a Unique retag .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_invalid_read_disabled::main .*rust_invalid_read_disabled.rs:}}[[@LINE+1]]:17{{$}}
    let child = bump(unsafe { &mut *base });
    // LINES-DAG: {{^tag <[0-9]+> was later disabled .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in rust_invalid_read_disabled::main .*rust_invalid_read_disabled.rs:}}[[@LINE+1]]:25{{$}}
    let seen = unsafe { *base };
    // LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_invalid_read_disabled::main .*rust_invalid_read_disabled.rs:}}[[@LINE+2]]:17{{$}}
    // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}}rust_invalid_read_disabled.rs:[[@LINE+1]]:17 in
    let again = *child;
    println!("{} {}", seen, again);
}
