// fstat fills a struct stat reached through a shared reference: a write of
// the whole struct that the reference does not allow.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 144 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function fstat()
use std::os::raw::{c_int, c_void};

extern "C" {
    fn fstat(fd: c_int, st: *mut c_void) -> c_int;
}

#[repr(C, align(8))]
struct StatBuf([u8; 144]); // struct stat on x86-64 Linux

#[inline(never)]
fn stat_into(view: &StatBuf) -> c_int {
    // CHECK: {{#0 .*}}fstat_into_shared.rs:[[@LINE+1]]
    unsafe { fstat(1, view as *const StatBuf as *mut c_void) }
}

fn main() {
    let st = Box::new(StatBuf([0; 144]));
    let r = stat_into(&st);
    println!("{} {}", r, st.0[0]);
}
