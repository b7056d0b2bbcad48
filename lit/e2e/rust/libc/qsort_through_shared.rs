// qsort permutes the whole array: through a pointer made from a shared
// reference that is a write the reference does not allow.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 20 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}> in the C library function qsort()
use std::os::raw::{c_int, c_void};

type Cmp = extern "C" fn(*const c_void, *const c_void) -> c_int;
extern "C" {
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: Cmp);
}

extern "C" fn by_value(a: *const c_void, b: *const c_void) -> c_int {
    unsafe { (*(a as *const i32)).cmp(&*(b as *const i32)) as c_int }
}

fn main() {
    let v = vec![5i32, 3, 9, 1, 7];
    let view: &[i32] = &v[..];
    // CHECK: {{#0 .*}}qsort_through_shared.rs:[[@LINE+1]]
    unsafe { qsort(view.as_ptr() as *mut c_void, view.len(), 4, by_value) };
    println!("{:?}", v);
}
