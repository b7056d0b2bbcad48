// REQUIRES: rustc
// suppressions=FILE silences exactly the reports it names: here one by
// function (fun:), one by crate (crate:, a separate library crate) and,
// in the second run, the library by source file (src:). The violation in
// `loud` is named by no rule and is still reported. At exit each rule is
// listed with the number of reports it silenced.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %rustc_sbsan -C opt-level=0 --crate-type=rlib --crate-name=sbsan_helper %S/Inputs/sbsan_helper.rs -o %t.dir/libsbsan_helper.rlib
// RUN: %rustc_sbsan -C opt-level=0 %s --extern sbsan_helper=%t.dir/libsbsan_helper.rlib -o %t
// RUN: echo "# silenced on purpose" > %t.supp
// RUN: echo "fun:options_suppressions::quiet" >> %t.supp
// RUN: echo "crate:sbsan_helper" >> %t.supp
// RUN: echo "fun:never_matches_anything" >> %t.supp
// RUN: env SBSAN_OPTIONS=halt_on_error=0:suppressions=%t.supp not %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: echo "src:*/Inputs/sbsan_helper.rs" > %t.src.supp
// RUN: echo "fun:quiet$" >> %t.src.supp
// RUN: env SBSAN_OPTIONS=halt_on_error=0:suppressions=%t.src.supp not %t > %t.src.out 2>&1
// RUN: FileCheck %s --check-prefix=SRC < %t.src.out
// Without the file, all three are reported.
// RUN: env SBSAN_OPTIONS=halt_on_error=0 not %t > %t.all.out 2>&1
// RUN: FileCheck %s --check-prefix=ALL < %t.all.out
#![allow(invalid_reference_casting)]

fn quiet(r: &i32, v: i32) {
    let p = r as *const i32 as *mut i32;
    // ALL: SUMMARY: {{.*}}options_suppressions.rs:[[@LINE+1]]:14 in options_suppressions::quiet
    unsafe { *p = v };
}

// ALL: SUMMARY: {{.*}}Inputs/sbsan_helper.rs:7:14 in sbsan_helper::helper_store

fn loud(r: &i32, v: i32) {
    let p = r as *const i32 as *mut i32;
    // CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
    // CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_suppressions.rs:[[@LINE+3]]:14 in options_suppressions::loud
    // SRC: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_suppressions.rs:[[@LINE+2]]:14 in options_suppressions::loud
    // ALL: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}options_suppressions.rs:[[@LINE+1]]:14 in options_suppressions::loud
    unsafe { *p = v };
}

fn main() {
    let x = 1;
    for round in 0..2 {
        quiet(&x, round);
        sbsan_helper::helper_store(&x, round);
        loud(&x, round);
    }
    println!("end");
}
// CHECK-NOT: ERROR: StackedBorrowsSanitizer
// CHECK: end
// CHECK-NEXT: =={{[0-9]+}}==StackedBorrowsSanitizer: 2 reports suppressed ({{.*}}.supp):
// CHECK-NEXT: {{^      1 fun:options_suppressions::quiet$}}
// CHECK-NEXT: {{^      1 crate:sbsan_helper$}}
// CHECK-NEXT: =={{[0-9]+}}==StackedBorrowsSanitizer: 1 report; exiting with status 1
// SRC-NOT: ERROR: StackedBorrowsSanitizer
// SRC: 2 reports suppressed
// SRC-NEXT: {{^      1 src:\*/Inputs/sbsan_helper.rs$}}
// SRC-NEXT: {{^      1 fun:quiet\$$}}
// SRC-NEXT: 1 report; exiting with status 1
// ALL: 3 reports; exiting with status 1
