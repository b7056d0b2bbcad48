// memcpy reading through a raw pointer that a later `&mut` of the whole
// buffer invalidated: an invalid read, at the memcpy.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
// CHECK-NEXT: read access of 32 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function memcpy()
use std::hint::black_box;
use std::os::raw::c_void;

extern "C" {
    fn memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
}

#[inline(never)]
fn zero(s: &mut [u8]) {
    for b in s.iter_mut() {
        *b = 0;
    }
}

fn main() {
    let mut v = vec![5u8; 32];
    let p = v.as_mut_slice().as_mut_ptr();
    zero(v.as_mut_slice()); // a new Unique for the whole buffer: p is gone
    let mut out = [0u8; 32];
    // CHECK: {{#0 .*}}memcpy_stale_source.rs:[[@LINE+1]]
    unsafe { memcpy(out.as_mut_ptr() as *mut c_void, p as *const c_void, black_box(32)) };
    println!("{:?}", &out[..4]);
}
