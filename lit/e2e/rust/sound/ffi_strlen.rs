// Calls into uninstrumented C (libc) with pointers to Rust memory: C reads and
// writes those bytes without the runtime seeing it, and Rust uses them after.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: strlen=11
// CHECK-NEXT: copied "hello sbsan"
// CHECK-NEXT: upper "HELLO SBSAN"
// CHECK-NEXT: strchr offset 5
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int};

extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn strcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char;
    fn strchr(s: *const c_char, c: c_int) -> *mut c_char;
    fn toupper(c: c_int) -> c_int;
}

fn main() {
    let s = CString::new("hello sbsan").unwrap();
    let n = unsafe { strlen(s.as_ptr()) };
    println!("strlen={}", n);

    let mut buf = [0u8; 32];
    let dst = buf.as_mut_ptr() as *mut c_char;
    unsafe { strcpy(dst, s.as_ptr()) };
    let copied = unsafe { CStr::from_ptr(buf.as_ptr() as *const c_char) };
    println!("copied {:?}", copied.to_str().unwrap());

    let p = buf.as_mut_ptr();
    for i in 0..n {
        unsafe { *p.add(i) = toupper(*p.add(i) as c_int) as u8 };
    }
    let upper = std::str::from_utf8(&buf[..n]).unwrap();
    println!("upper {:?}", upper);

    let space = unsafe { strchr(s.as_ptr(), b' ' as c_int) };
    println!("strchr offset {}", space as usize - s.as_ptr() as usize);
}
