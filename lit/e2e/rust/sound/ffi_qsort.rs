// libc's qsort calls back into instrumented Rust with pointers it made
// itself (and, for large arrays, into a temporary buffer of its own). Those
// pointers have no tag the runtime knows; they must not be reported.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: ints [-7, 0, 3, 3, 12, 42, 99]
// CHECK-NEXT: by key [(1, 'b'), (2, 'c'), (5, 'a')]
// CHECK-NEXT: big sorted=true len=5000
// CHECK-NEXT: bsearch found 42 at 5
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::os::raw::{c_int, c_void};

type Cmp = extern "C" fn(*const c_void, *const c_void) -> c_int;

extern "C" {
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: Cmp);
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize, cmp: Cmp) -> *mut c_void;
}

extern "C" fn cmp_i32(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    a.cmp(&b) as c_int
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Item {
    key: u32,
    tag: char,
}

extern "C" fn cmp_item(a: *const c_void, b: *const c_void) -> c_int {
    let a = unsafe { &*(a as *const Item) };
    let b = unsafe { &*(b as *const Item) };
    a.key.cmp(&b.key) as c_int
}

fn sort<T>(v: &mut [T], cmp: Cmp) {
    unsafe { qsort(v.as_mut_ptr() as *mut c_void, v.len(), std::mem::size_of::<T>(), cmp) };
}

fn main() {
    let mut ints = vec![42, 3, -7, 99, 0, 12, 3];
    sort(&mut ints, cmp_i32);
    println!("ints {:?}", ints);

    let mut items = [Item { key: 5, tag: 'a' }, Item { key: 1, tag: 'b' }, Item { key: 2, tag: 'c' }];
    sort(&mut items, cmp_item);
    let pairs: Vec<(u32, char)> = items.iter().map(|i| (i.key, i.tag)).collect();
    println!("by key {:?}", pairs);

    let mut big: Vec<i32> = (0..5000).map(|i| (i * 7919) % 5003).collect();
    sort(&mut big, cmp_i32);
    println!("big sorted={} len={}", big.windows(2).all(|w| w[0] <= w[1]), big.len());

    let key = 42;
    let hit = unsafe {
        bsearch(&key as *const i32 as *const c_void, ints.as_ptr() as *const c_void, ints.len(), 4, cmp_i32)
    };
    let index = (hit as usize - ints.as_ptr() as usize) / 4;
    println!("bsearch found {} at {}", unsafe { *(hit as *const i32) }, index);
}
