// REQUIRES: rustc
// Inline asm that does what the model allows stays silent, and runs as it
// does natively: reads through `&` (Intel and AT&T syntax), `nomem` asm
// computing an address, stores, read-modify-writes, xchg and lock cmpxchg
// through `&mut` and raw pointers made from one, a base-plus-index
// address. -sbsan-stats counts the accesses checked.
// RUN: env SBSAN_PASS_OPTIONS=-sbsan-stats %rustc_sbsan -C opt-level=0 %s -o %t0 2> %t0.stats && %t0 > %t0.out
// RUN: FileCheck %s --check-prefix=STATS < %t0.stats
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 > %t1.out
// RUN: diff %t0.native.out %t1.out
// STATS: {{[1-9][0-9]*}}  Inline asm memory accesses checked
use std::arch::asm;

#[inline(never)]
fn read_intel(x: &i32) -> i32 {
    let v: i32;
    unsafe { asm!("mov {v:e}, dword ptr [{p}]", p = in(reg) x, v = out(reg) v, options(readonly, nostack)) };
    v
}

#[inline(never)]
fn read_att(x: &i32) -> i32 {
    let v: i32;
    unsafe {
        asm!("movl ({p}), {v:e}", p = in(reg) x, v = out(reg) v,
             options(att_syntax, readonly, nostack))
    };
    v
}

#[inline(never)]
fn address_only(x: &i32) -> usize {
    let r: usize;
    unsafe { asm!("lea {r}, [{p} + 4]", p = in(reg) x, r = lateout(reg) r, options(nomem, pure, nostack)) };
    r - x as *const i32 as usize
}

#[inline(never)]
fn store_mut(x: &mut i32) {
    unsafe { asm!("mov dword ptr [{p}], 7", p = in(reg) x as *mut i32) };
}

#[inline(never)]
fn add_raw(x: *mut i32) {
    unsafe { asm!("add dword ptr [{p}], 1", p = in(reg) x) };
}

#[inline(never)]
fn swap_mut(x: &mut i64, v: i64) -> i64 {
    let mut r = v;
    unsafe { asm!("xchg qword ptr [{p}], {r}", p = in(reg) x as *mut i64, r = inout(reg) r) };
    r
}

#[inline(never)]
fn cas_mut(x: &mut u32, old: u32, new: u32) -> u32 {
    let prev: u32;
    unsafe {
        asm!("lock cmpxchg dword ptr [{p}], {n:e}", p = in(reg) x as *mut u32, n = in(reg) new,
             inout("eax") old => prev)
    };
    prev
}

#[inline(never)]
fn set_next(a: &mut [u64; 4], i: usize) {
    unsafe { asm!("mov qword ptr [{b} + {i}*8 + 8], 5", b = in(reg) a.as_mut_ptr(), i = in(reg) i) };
}

fn main() {
    let v = 3;
    let mut m = 0;
    store_mut(&mut m);
    let raw = &mut m as *mut i32;
    add_raw(raw);
    let mut w = 10i64;
    let old = swap_mut(&mut w, 20);
    let mut c = 1u32;
    let seen = cas_mut(&mut c, 1, 9);
    let mut a = [0u64; 4];
    set_next(&mut a, 1);
    println!("read {} {} lea {} store+add {} xchg {} {} cas {} {} indexed {:?}",
             read_intel(&v), read_att(&v), address_only(&v), m, old, w, seen, c, a);
}
