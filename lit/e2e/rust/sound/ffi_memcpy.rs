// libc memcpy/memmove/memset/memcmp on Rust buffers. memcpy also copies a
// struct holding a pointer; using the copied pointer is fine (Miri copies
// provenance with the bytes; a tool that cannot see the copy must treat the
// pointer as of unknown provenance, never as invalid).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: dst [1, 2, 3, 4, 5, 6, 7, 8]
// CHECK-NEXT: moved [1, 2, 1, 2, 3, 4, 5, 6]
// CHECK-NEXT: set [9, 9, 9, 0]
// CHECK-NEXT: memcmp equal=true
// CHECK-NEXT: via copied link: 6 (len 1)
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::os::raw::{c_int, c_void};

extern "C" {
    fn memcpy(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
    fn memmove(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
    fn memset(dst: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
}

#[repr(C)]
struct Link {
    target: *mut i32,
    len: usize,
}

fn main() {
    let src: Vec<u32> = (1..=8).collect();
    let mut dst = vec![0u32; 8];
    unsafe { memcpy(dst.as_mut_ptr() as *mut c_void, src.as_ptr() as *const c_void, 32) };
    println!("dst {:?}", dst);

    let p = dst.as_mut_ptr();
    unsafe { memmove(p.add(2) as *mut c_void, p as *const c_void, 6 * 4) };
    println!("moved {:?}", dst);

    let mut bytes = [0u8; 4];
    unsafe { memset(bytes.as_mut_ptr() as *mut c_void, 9, 3) };
    println!("set {:?}", bytes);

    let again = src.clone();
    let eq = unsafe { memcmp(src.as_ptr() as *const c_void, again.as_ptr() as *const c_void, 32) } == 0;
    println!("memcmp equal={}", eq);

    let mut x = 5;
    let a = Link { target: &mut x, len: 1 };
    let mut b = Link { target: std::ptr::null_mut(), len: 0 };
    unsafe {
        memcpy(
            &mut b as *mut Link as *mut c_void,
            &a as *const Link as *const c_void,
            std::mem::size_of::<Link>(),
        )
    };
    unsafe { *b.target += 1 };
    println!("via copied link: {} (len {})", x, b.len);
}
