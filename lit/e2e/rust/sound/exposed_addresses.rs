// Addresses as integers: compared (niche and alignment tests), measured
// (`offset_from_unsigned`), stored in a Vec, returned from a function and
// turned back into pointers. Every pointer rebuilt from an integer comes
// from an address that was exposed, so all of it is allowed; the casts
// that only compare or measure expose nothing, and that changes no
// verdict here.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && %record_exit %t2 > %t2.out 2> %t2.err
// RUN: cat %t2.out %t2.err | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=379 boxed=7 aligned=true
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
use std::ptr;

#[inline(never)]
fn stash(addrs: &mut Vec<usize>, p: *mut u64) {
    addrs.push(p as usize);
}

#[inline(never)]
fn address_of(p: *mut u64) -> usize {
    p as usize
}

#[inline(never)]
fn distance(a: *const u64, b: *const u64) -> usize {
    unsafe { a.offset_from_unsigned(b) }
}

fn main() {
    let mut data = vec![0u64; 16];
    let base = data.as_mut_ptr();
    let mut addrs = Vec::new();
    for i in 0..16 {
        stash(&mut addrs, unsafe { base.add(i) });
    }
    let boxed: Option<Box<u64>> = Some(Box::new(7));
    let aligned = (base as usize) % std::mem::align_of::<u64>() == 0;
    for (i, &a) in addrs.iter().enumerate() {
        let r: &mut u64 = unsafe { &mut *ptr::with_exposed_provenance_mut(a) };
        *r = i as u64 * 3;
    }
    let end = unsafe { base.add(15) };
    let d = distance(end, base);
    let last: &mut u64 =
        unsafe { &mut *ptr::with_exposed_provenance_mut(address_of(base) + d * 8) };
    *last += 19;
    let sum: u64 = data.iter().sum();
    println!("sum={} boxed={} aligned={}", sum, boxed.unwrap(), aligned);
}
