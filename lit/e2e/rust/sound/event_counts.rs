// print_stats counts what the program made the runtime do: retags by kind,
// the shared reborrows answered with their parent's tag, the retags whose
// reference dies at once answered by their parent, accesses the inline
// check sent to the runtime, calls entered. 2,000 calls of each function
// below put every
// count in the thousands; without elision, no reborrow is elided and the
// shared retags are made instead. (`third` returns 16 bytes: reborrows of
// at most 8 are elided inline, uncounted; the retag chains of inlined code
// are kept apart, or the pass would answer the reborrow from `s`'s entry
// retag without asking the runtime.) With the chains answered, `w[i]`'s
// slice retag is answered by its parent, which nothing else borrows and so
// stays on top: its reference dies before anything else reaches the slice.
// Its 48 bytes are six granules, too few for a run, so the inline test
// (of at most 32 bytes, or of a run without holes) leaves it to the
// runtime, which counts it.
// RUN: env SBSAN_PASS_OPTIONS=-sbsan-fold-retag-chains=0 %rustc_sbsan -C opt-level=1 %s -o %t
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 2>&1 | FileCheck %s
// RUN: env SBSAN_OPTIONS=print_stats=1:elide_frozen_reborrows=0 %t 2>&1 | FileCheck %s --check-prefix=NOELIDE
// RUN: %t 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t.chains
// RUN: env SBSAN_OPTIONS=print_stats=1 %t.chains 2>&1 | FileCheck %s --check-prefix=CHAINS
// CHECK: total 2003000
// CHECK: retags: {{[0-9][0-9][0-9][0-9]+}} Unique, {{[0-9]+}} SharedReadWrite, {{[0-9]+}} SharedReadOnly (and {{[0-9][0-9][0-9][0-9]+}} elided by the runtime)
// CHECK-NEXT: retags without a new tag: 0
// CHECK-NEXT: retags of untracked memory: {{[0-9]+}}
// CHECK-NEXT: accesses checked at runtime: {{[0-9]+}}
// CHECK-NEXT: calls entered: {{[0-9][0-9][0-9][0-9]+}}
// NOELIDE: retags: {{[0-9][0-9][0-9][0-9]+}} Unique, {{[0-9]+}} SharedReadWrite, {{[0-9][0-9][0-9][0-9]+}} SharedReadOnly (and 0 elided by the runtime)
// QUIET: total 2003000
// QUIET-NOT: statistics
// CHAINS: total 2003000
// CHAINS: retags without a new tag: {{[0-9][0-9][0-9][0-9]+}}

#[inline(never)]
fn bump(x: &mut u64, by: u64) {
    *x += by;
}

#[inline(never)]
fn third(s: &[[u64; 2]]) -> &[u64; 2] {
    &s[3]
}

fn main() {
    let v: Vec<[u64; 2]> = (0..8).map(|i| [i, 0]).collect();
    let w: Vec<u64> = vec![1; 6];
    let mut total = 0u64;
    for i in 0..2000u64 {
        bump(&mut total, i);
        total += third(&v)[0] - 1;
        total += w[(i % 6) as usize] - 1;
    }
    println!("total {}", total);
}
