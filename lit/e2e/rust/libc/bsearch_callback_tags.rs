// bsearch's comparison callback runs with the tags of the caller's
// pointers: a callback that writes into an array the caller passed from
// `&[i32]` is refused like any write through that reference, and one that
// reads a key through a pointer a later `&mut` invalidated is refused like
// any read through it. The report is at the callback's line.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s --check-prefix=ELEM
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s --check-prefix=ELEM
// RUN: %rustc_sbsan -C opt-level=0 --cfg stale_key %s -o %t2 && not %t2 2>&1 | FileCheck %s --check-prefix=KEY
// RUN: %rustc_sbsan -C opt-level=1 --cfg stale_key %s -o %t3 && not %t3 2>&1 | FileCheck %s --check-prefix=KEY
// ELEM: ERROR: StackedBorrowsSanitizer: invalid-write
// ELEM: {{#0 .*}}bsearch_callback_tags.rs:[[@LINE+16]]
// ELEM: SUMMARY: StackedBorrowsSanitizer: invalid-write
// KEY: ERROR: StackedBorrowsSanitizer: invalid-read
// KEY: {{#0 .*}}bsearch_callback_tags.rs:[[@LINE+11]]
// KEY: SUMMARY: StackedBorrowsSanitizer: invalid-read
use std::os::raw::{c_int, c_void};

type Cmp = extern "C" fn(*const c_void, *const c_void) -> c_int;
extern "C" {
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize,
               cmp: Cmp) -> *mut c_void;
}

extern "C" fn compare(key: *const c_void, elem: *const c_void) -> c_int {
    let k = unsafe { *(key as *const i32) };
    if cfg!(not(stale_key)) {
        unsafe { *(elem as *mut i32) += 0 };
    }
    k.cmp(unsafe { &*(elem as *const i32) }) as c_int
}

#[inline(never)]
fn raw_of(k: &mut i32) -> *const i32 {
    k
}

fn main() {
    let v = vec![1i32, 3, 5, 7, 9];
    let sorted: &[i32] = &v;
    let mut key = 7i32;
    let kp = raw_of(&mut key);
    if cfg!(stale_key) {
        key = 7; // a write through the variable itself pops kp's item
    }
    let found = unsafe {
        bsearch(kp as *const c_void, sorted.as_ptr() as *const c_void, sorted.len(), 4, compare)
    };
    println!("found {}", !found.is_null());
}
