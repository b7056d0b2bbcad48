// read(2) storing into a buffer reached through a shared reference: the
// bytes read are a write the reference does not allow (checked after the
// call, for the count read).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 5 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function read()
use std::os::raw::{c_int, c_void};

extern "C" {
    fn pipe(fds: *mut c_int) -> c_int;
    fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
}

fn main() {
    let mut fds = [0 as c_int; 2];
    assert_eq!(unsafe { pipe(fds.as_mut_ptr()) }, 0);
    let msg = b"hello";
    unsafe { write(fds[1], msg.as_ptr() as *const c_void, msg.len()) };
    let buf = vec![0u8; 64];
    let view: &[u8] = &buf[..];
    // CHECK: {{#0 .*}}read_into_shared.rs:[[@LINE+1]]
    let n = unsafe { read(fds[0], view.as_ptr() as *mut c_void, 64) };
    println!("{} {}", n, buf[0]);
}
