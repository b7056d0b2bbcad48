// REQUIRES: rustc
// Read-modify-write instructions in inline asm are writes: `add`, `xchg`
// and `lock cmpxchg` through a pointer made from `&` are reported at the
// asm statement like a store. A load through a pointer that a later write
// invalidated is reported as a read of a popped tag.
// RUN: %rustc_sbsan -C opt-level=0 --cfg add %s -o %t0 && not %t0 2>&1 | FileCheck %s --check-prefixes=WRITE,ADD
// RUN: %rustc_sbsan -C opt-level=1 --cfg xchg %s -o %t1 && not %t1 2>&1 | FileCheck %s --check-prefixes=WRITE,XCHG
// RUN: %rustc_sbsan -C opt-level=1 --cfg cas %s -o %t2 && not %t2 2>&1 | FileCheck %s --check-prefixes=WRITE,CAS
// RUN: %rustc_sbsan -C opt-level=0 --cfg stale %s -o %t3 && not %t3 2>&1 | FileCheck %s --check-prefix=STALE
// RUN: %rustc_sbsan -C opt-level=1 --cfg stale %s -o %t4 && not %t4 2>&1 | FileCheck %s --check-prefix=STALE
// WRITE: ERROR: StackedBorrowsSanitizer: invalid-write
// WRITE-NEXT: write access of {{4|8}} bytes at
// WRITE-NEXT: only grants SharedReadOnly
// ADD-NEXT: {{#0 .*rmw_through_shared.rs:}}[[@LINE+13]]
// XCHG-NEXT: {{#0 .*rmw_through_shared.rs:}}[[@LINE+22]]
// CAS-NEXT: {{#0 .*rmw_through_shared.rs:}}[[@LINE+31]]
// STALE: ERROR: StackedBorrowsSanitizer: invalid-read
// STALE-NEXT: read access of 8 bytes at
// STALE-NEXT: is not in the borrow stack
// STALE-NEXT: {{#0 .*rmw_through_shared.rs:}}[[@LINE+37]]
use std::arch::asm;

#[cfg(add)]
#[inline(never)]
fn touch(x: &i32) -> i32 {
    unsafe {
        asm!("add dword ptr [{p}], 1", p = in(reg) x);
    }
    *x
}

#[cfg(xchg)]
#[inline(never)]
fn touch(x: &i64) -> i64 {
    let mut r = 5i64;
    unsafe {
        asm!("xchg qword ptr [{p}], {r}", p = in(reg) x, r = inout(reg) r);
    }
    r + *x
}

#[cfg(cas)]
#[inline(never)]
fn touch(x: &u32) -> u32 {
    let prev: u32;
    unsafe {
        asm!("lock cmpxchg dword ptr [{p}], {n:e}", p = in(reg) x, n = in(reg) 7u32,
             inout("eax") 0u32 => prev);
    }
    prev + *x
}

#[cfg(stale)]
#[inline(never)]
fn load(p: *const u64) -> u64 {
    let v: u64;
    unsafe { asm!("mov {v}, qword ptr [{p}]", p = in(reg) p, v = out(reg) v) };
    v
}

#[cfg(stale)]
#[inline(never)]
fn raw_of(r: &mut u64) -> *const u64 {
    r
}

fn main() {
    #[cfg(not(stale))]
    {
        let v = Default::default();
        println!("{}", touch(&v));
    }
    #[cfg(stale)]
    {
        let mut v = 1u64;
        let p = raw_of(&mut v);
        v = 2; // a write through the variable pops p's item
        println!("{} {}", load(p), v);
    }
}
