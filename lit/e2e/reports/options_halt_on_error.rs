// REQUIRES: rustc
// halt_on_error=0: the program goes on after a report; each distinct site
// (kind, pc) is reported once although every violation happens three
// times; at exit the number of reports is printed and the status is
// exitcode (1 by default, 7 here in the second run).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 not %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: env SBSAN_OPTIONS=halt_on_error=0:exitcode=7 bash %S/Inputs/expect_status.sh 7 %t > %t.out7 2>&1
// RUN: FileCheck %s --check-prefix=STATUS7 < %t.out7
// With the default (halt_on_error=1) the first report ends the program.
// RUN: bash %S/Inputs/expect_status.sh 1 %t > %t.out1 2>&1
// RUN: FileCheck %s --check-prefix=HALT < %t.out1
#![allow(invalid_reference_casting)]

fn keep(x: &mut i32) -> &mut i32 {
    x
}

fn stale_write(round: i32) {
    let mut v = 0;
    let base: *mut i32 = &mut v;
    let child = keep(unsafe { &mut *base });
    unsafe { *base = 1 };
    // CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_halt_on_error.rs:[[@LINE+3]]:5 in options_halt_on_error::stale_write
    // HALT: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_halt_on_error.rs:[[@LINE+2]]:5 in options_halt_on_error::stale_write
    // HALT-NEXT: ==[[PID:[0-9]+]]==ABORTING
    *child = round;
}

fn stale_read() -> i32 {
    let mut v = 5;
    let base: *mut i32 = &mut v;
    let child = keep(unsafe { &mut *base });
    let _seen = unsafe { *base };
    // CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}}options_halt_on_error.rs:[[@LINE+1]]:5 in options_halt_on_error::stale_read
    *child
}

fn sneaky_store(r: &i32, v: i32) {
    let p = r as *const i32 as *mut i32;
    // CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_halt_on_error.rs:[[@LINE+1]]:14 in options_halt_on_error::sneaky_store
    unsafe { *p = v };
}

fn main() {
    let x = 1;
    let mut sum = 0;
    for round in 0..3 {
        stale_write(round);
        sum += stale_read();
        sneaky_store(&x, round);
        println!("round {}", round);
    }
    println!("done {}", sum);
}
// CHECK-NOT: ERROR: StackedBorrowsSanitizer
// CHECK: round 0
// CHECK-NOT: ERROR: StackedBorrowsSanitizer
// CHECK: round 2
// CHECK-NEXT: done
// CHECK-NEXT: =={{[0-9]+}}==StackedBorrowsSanitizer: 3 reports; exiting with status 1
// STATUS7-COUNT-3: ERROR: StackedBorrowsSanitizer
// STATUS7-NOT: ERROR: StackedBorrowsSanitizer
// STATUS7: StackedBorrowsSanitizer: 3 reports; exiting with status 7
// HALT-NOT: round 0
// HALT-NOT: ERROR
