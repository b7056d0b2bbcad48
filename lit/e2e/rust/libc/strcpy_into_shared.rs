// strcpy's destination made from a shared reference: the copied bytes,
// terminator included, are a write the reference does not allow.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 6 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function strcpy()
use std::os::raw::c_char;

extern "C" {
    fn strcpy(d: *mut c_char, s: *const c_char) -> *mut c_char;
}

fn main() {
    let buf = vec![0u8; 16];
    let view: &[u8] = &buf[..];
    // Not a constant: the optimizer would turn the call into stores.
    let src = std::hint::black_box(b"hello\0");
    // CHECK: {{#0 .*}}strcpy_into_shared.rs:[[@LINE+1]]
    unsafe { strcpy(view.as_ptr() as *mut c_char, src.as_ptr() as *const c_char) };
    println!("{}", buf[0]);
}
