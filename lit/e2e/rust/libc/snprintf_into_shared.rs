// snprintf's output buffer reached through a shared reference: the bytes
// it stores (the text and its terminator) are a write the reference does
// not allow.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 5 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function snprintf()
use std::os::raw::{c_char, c_int};

extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn main() {
    let buf = vec![0u8; 32];
    let view: &[u8] = &buf[..];
    // CHECK: {{#0 .*}}snprintf_into_shared.rs:[[@LINE+1]]
    let n = unsafe { snprintf(view.as_ptr() as *mut c_char, 32, b"n=%d\0".as_ptr() as *const c_char, 42 as c_int) };
    println!("{} {}", n, buf[0]);
}
