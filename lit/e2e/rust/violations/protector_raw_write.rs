// `r` is a `&mut` parameter: its item is protected until `write_both`
// returns. Writing through `p`, an older raw alias of the same location, would
// pop `r`'s protected item, which is UB even though `r` is never used again
// after the write (Miri: "not granting access ... strongly protected").
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn write_both(r: &mut i32, p: *mut i32) -> i32 {
    *r = 1;
    // CHECK: {{#0 .*}}protector_raw_write.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}protector_raw_write.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *p = 2 };
    1
}

fn main() {
    let mut x = 0;
    let p = &mut x as *mut i32;
    let v = write_both(unsafe { &mut *p }, p);
    println!("{} {}", v, x);
}
