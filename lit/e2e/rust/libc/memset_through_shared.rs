// memset through a pointer made from a shared reference writes where the
// reference only allows reading: reported at the memset call, naming it.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 16 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function memset()
// CHECK-NEXT: only grants SharedReadOnly
use std::hint::black_box;
use std::os::raw::{c_int, c_void};

extern "C" {
    fn memset(d: *mut c_void, c: c_int, n: usize) -> *mut c_void;
}

fn main() {
    let v = vec![1u8; 64];
    let shared: &[u8] = &v[..];
    let p = shared.as_ptr() as *mut c_void;
    // CHECK: {{#0 .*}}memset_through_shared.rs:[[@LINE+1]]
    unsafe { memset(p, 0, black_box(16)) };
    println!("{}", v[0]);
}
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}memset_through_shared.rs:{{[0-9]+}}
