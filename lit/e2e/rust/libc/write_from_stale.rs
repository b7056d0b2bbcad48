// write(2) reading through a raw pointer invalidated by a later `&mut` of
// the buffer: reported before anything is written out.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 > %t0.out 2> %t0.err
// RUN: FileCheck %s < %t0.err
// RUN: FileCheck %s --check-prefix=OUT --allow-empty < %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 > %t1.out 2> %t1.err
// RUN: FileCheck %s < %t1.err
// RUN: FileCheck %s --check-prefix=OUT --allow-empty < %t1.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
// CHECK-NEXT: read access of 6 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function write()
// OUT-NOT: stale
use std::os::raw::{c_int, c_void};

extern "C" {
    fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
}

#[inline(never)]
fn rewrite(s: &mut [u8]) {
    s[0] = b's';
}

fn main() {
    let mut v = b"stale\n".to_vec();
    let p = v.as_mut_slice().as_ptr();
    rewrite(v.as_mut_slice());
    // CHECK: {{#0 .*}}write_from_stale.rs:[[@LINE+1]]
    unsafe { write(1, p as *const c_void, 6) };
}
