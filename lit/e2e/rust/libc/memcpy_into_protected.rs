// memcpy into bytes that a running function holds as `&mut`: the write
// through another pointer pops the protected item of the parameter.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation
// CHECK-NEXT: write access of 8 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function memcpy()
// CHECK: strongly protected by the call to {{.*}}fill_from
use std::hint::black_box;
use std::os::raw::c_void;

extern "C" {
    fn memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
}

#[inline(never)]
fn fill_from(dst: &mut [u8; 8], alias: *mut u8, src: &[u8; 8]) {
    dst[0] = 1;
    // CHECK: {{#0 .*}}memcpy_into_protected.rs:[[@LINE+1]]
    unsafe { memcpy(alias as *mut c_void, src.as_ptr() as *const c_void, black_box(8)) };
}

fn main() {
    let mut buf = [0u8; 8];
    let raw: *mut u8 = buf.as_mut_ptr();
    let src = [7u8; 8];
    fill_from(unsafe { &mut *(raw as *mut [u8; 8]) }, raw, &src);
    println!("{:?}", buf);
}
