// Coalescing a fragmented range (see sound/fragmented_slices.rs) drops the
// items that are not common to its granules and stops checking their tags
// only. References made afterwards are checked exactly: here a `&mut` to
// an element of the sorted, coalesced Vec is disabled by a read through
// the Vec's pointer and then read, which is reported with coalescing on
// and off.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1
// RUN: env SBSAN_OPTIONS=print_stats=1:halt_on_error=0 not %t1 > %t1.out 2>&1
// RUN: FileCheck %s --check-prefixes=CHECK,STATS < %t1.out
// RUN: env SBSAN_OPTIONS=coalesce_fragmented=0 not %t1 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-read {{.*}}fragmented_slice_stale_ref.rs:[[@LINE+24]]:{{[0-9]+}} in fragmented_slice_stale_ref::main
// STATS: runs of granules: {{[0-9]+}} ({{[1-9][0-9]*}} coalesced,

#[inline(never)]
fn fragment(v: &mut Vec<u64>) -> usize {
    for x in v.iter_mut() {
        *x ^= 1;
    }
    v.sort();
    (0..2_000u64).filter(|k| v.binary_search(k).is_ok()).count()
}

#[inline(never)]
fn bump(r: &mut u64) -> &mut u64 {
    *r += 1;
    r
}

fn main() {
    let mut v: Vec<u64> = (0..4_000u64).map(|i| (i * 7919) % 4_000).collect();
    let found = fragment(&mut v);
    let p: *mut u64 = v.as_mut_ptr();
    let child = bump(unsafe { &mut *p.add(7) });
    let seen = unsafe { *p.add(7) }; // disables `child`
    let again = *child;
    println!("{} {} {}", found, seen, again);
}
