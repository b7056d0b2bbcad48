// REQUIRES: rustc
// The motivating program of inline asm checking: `asm!` stores through a
// pointer made from `&i32`, which only grants SharedReadOnly. Natively the
// function prints 2 at -C opt-level=0 and 43 at -O2 (the optimizer keeps
// the first read). SBSan reports the asm statement's line, as a write
// through the shared reference's tag, in Intel and AT&T syntax, at -O0 and
// -O1.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s --check-prefixes=CHECK,INTEL
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s --check-prefixes=CHECK,INTEL
// RUN: %rustc_sbsan -C opt-level=0 --cfg att %s -o %t2 && not %t2 2>&1 | FileCheck %s --check-prefixes=CHECK,ATT
// RUN: %rustc_sbsan -C opt-level=1 --cfg att %s -o %t3 && not %t3 2>&1 | FileCheck %s --check-prefixes=CHECK,ATT
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK-NEXT: write access of 4 bytes at 0x{{[0-9a-f]+}} with tag <{{[0-9]+}}>
// CHECK-NEXT: tag <{{[0-9]+}}> only grants SharedReadOnly
// INTEL-NEXT: {{#0 .* in write_through_shared::poke .*write_through_shared.rs:}}[[@LINE+10]]
// ATT-NEXT: {{#0 .* in write_through_shared::poke .*write_through_shared.rs:}}[[@LINE+11]]
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}write_through_shared.rs:
use std::arch::asm;

#[inline(never)]
fn poke(x: &i32) -> i32 {
    let a = *x;
    unsafe {
        #[cfg(not(att))]
        asm!("mov dword ptr [{p}], 42", p = in(reg) x);
        #[cfg(att)]
        asm!("movl $42, ({p})", p = in(reg) x, options(att_syntax));
    }
    a + *x
}

fn main() {
    let v = 1;
    println!("{}", poke(&v));
}
