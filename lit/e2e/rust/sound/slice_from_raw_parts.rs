// Rebuilding owners and views from raw parts: Vec::from_raw_parts after
// ManuallyDrop, slice::from_raw_parts over a field, and MaybeUninit arrays.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: rebuilt [10, 20, 30, 40, 50]
// CHECK-NEXT: window [2, 3, 4]
// CHECK-NEXT: strings ["s0", "s1", "s2"]
// CHECK-NEXT: doubled [2, 4, 6, 8]
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::mem::{ManuallyDrop, MaybeUninit};

struct Frame {
    header: u32,
    payload: [u8; 6],
}

fn double_in_place(p: *mut u64, len: usize) {
    let s = unsafe { std::slice::from_raw_parts_mut(p, len) };
    for x in s {
        *x *= 2;
    }
}

fn main() {
    let v = vec![1u16, 2, 3, 4, 5];
    let mut v = ManuallyDrop::new(v);
    let (p, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    for i in 0..len {
        unsafe { *p.add(i) *= 10 };
    }
    let rebuilt = unsafe { Vec::from_raw_parts(p, len, cap) };
    println!("rebuilt {:?}", rebuilt);

    let f = Frame { header: 7, payload: [1, 2, 3, 4, 5, 6] };
    let window = unsafe { std::slice::from_raw_parts(f.payload.as_ptr().add(1), 3) };
    assert_eq!(f.header, 7);
    println!("window {:?}", window);

    let mut slots: [MaybeUninit<String>; 3] = [const { MaybeUninit::uninit() }; 3];
    for (i, slot) in slots.iter_mut().enumerate() {
        slot.write(format!("s{}", i));
    }
    let strings: [String; 3] = unsafe { std::mem::transmute(slots) };
    println!("strings {:?}", strings);

    let mut nums = vec![1u64, 2, 3, 4];
    double_in_place(nums.as_mut_ptr(), nums.len());
    println!("doubled {:?}", nums);
}
