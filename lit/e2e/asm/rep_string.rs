// REQUIRES: rustc
// String instructions under rep: `rep movsb` and `rep stosb` access rcx
// elements at rdi (and rsi), so a copy within the destination's bounds is
// silent, and a copy or a fill that runs past the bytes its `&mut` covers,
// into a neighbour that a running call holds as `&` (protected), is
// reported; so is a fill through a pointer made from `&`.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 | FileCheck %s --check-prefix=SOUND
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 | FileCheck %s --check-prefix=SOUND
// RUN: %rustc_sbsan -C opt-level=0 --cfg past %s -o %t2 && not %t2 2>&1 | FileCheck %s --check-prefix=PAST
// RUN: %rustc_sbsan -C opt-level=1 --cfg past %s -o %t3 && not %t3 2>&1 | FileCheck %s --check-prefix=PAST
// RUN: %rustc_sbsan -C opt-level=1 --cfg shared %s -o %t4 && not %t4 2>&1 | FileCheck %s --check-prefix=SHARED
// RUN: %rustc_sbsan -C opt-level=0 --cfg past_copy %s -o %t5 && not %t5 2>&1 | FileCheck %s --check-prefix=PASTCOPY
// RUN: %rustc_sbsan -C opt-level=1 --cfg past_copy %s -o %t6 && not %t6 2>&1 | FileCheck %s --check-prefix=PASTCOPY
// SOUND: copied [1, 2, 3, 0] filled [7, 7, 7, 0, 0, 0, 0, 0]
// PAST: ERROR: StackedBorrowsSanitizer: invalid-write
// PAST-NEXT: write access of 8 bytes at
// PAST: {{#0 .* in rep_string::fill .*rep_string.rs:}}[[@LINE+31]]
// PASTCOPY: ERROR: StackedBorrowsSanitizer: invalid-write
// PASTCOPY-NEXT: write access of 8 bytes at
// PASTCOPY: {{#0 .* in rep_string::copy_raw .*rep_string.rs:}}[[@LINE+17]]
// SHARED: ERROR: StackedBorrowsSanitizer: invalid-write
// SHARED-NEXT: write access of 2 bytes at
// SHARED-NEXT: only grants SharedReadOnly
use std::arch::asm;

#[inline(never)]
fn copy(dst: &mut [u8], src: &[u8]) {
    assert!(dst.len() >= src.len());
    unsafe {
        asm!("rep movsb", inout("rcx") src.len() => _, inout("rdi") dst.as_mut_ptr() => _,
             inout("rsi") src.as_ptr() => _)
    };
}

#[inline(never)]
fn copy_raw(dst: *mut u8, src: *const u8, n: usize) {
    unsafe { asm!("rep movsb", inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _) };
}

#[inline(never)]
fn copy_low(lo: &mut [u8], hi: &[u8], src: &[u8; 8]) -> u8 {
    copy_raw(lo.as_mut_ptr(), src.as_ptr(), src.len());
    hi[0]
}

#[inline(never)]
fn fill(dst: *mut u8, n: usize) {
    unsafe { asm!("rep stosb", inout("rcx") n => _, inout("rdi") dst => _, in("al") 7u8) };
}

#[inline(never)]
fn fill_low(lo: &mut [u8], hi: &[u8], n: usize) -> u8 {
    fill(lo.as_mut_ptr(), n);
    hi[0]
}

fn main() {
    let mut d = [0u8; 4];
    copy(&mut d, &[1, 2, 3]);
    let mut a = [0u8; 8];
    let (lo, hi) = a.split_at_mut(4);
    #[cfg(not(any(past, shared, past_copy)))]
    fill_low(lo, hi, 3);
    #[cfg(past_copy)]
    copy_low(lo, hi, &[1; 8]);
    #[cfg(past)]
    fill_low(lo, hi, 8);
    #[cfg(shared)]
    {
        let view: &[u8] = lo;
        fill(view.as_ptr() as *mut u8, 2);
    }
    println!("copied {:?} filled {:?}", d, a);
}
