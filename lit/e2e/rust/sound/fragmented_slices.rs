// Element-wise work leaves each element of a large Vec with a different
// borrow stack (a `&mut` per element from `iter_mut`, the comparisons and
// moves of `sort`, `swap`s), and the whole-slice retags that follow then
// meet thousands of separate stacks. The runtime coalesces such ranges
// into one run with an approximated stack (print_stats counts them); the
// program is sound and must run clean with and without coalescing, with
// the output of the uninstrumented build.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1
// RUN: env SBSAN_OPTIONS=print_stats=1 %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s --check-prefixes=CHECK,STATS
// RUN: env SBSAN_OPTIONS=coalesce_fragmented=0:print_stats=1 %record_exit %t1 > %t1.off 2> %t1.offerr
// RUN: cat %t1.off %t1.offerr | FileCheck %s --check-prefixes=CHECK,OFF
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer: {{[a-z-]+}} on
// CHECK: sum 49995000 sorted true found 5000 swapped 4999
// CHECK: exit status 0
// STATS: runs of granules: {{[0-9]+}} ({{[1-9][0-9]*}} coalesced,
// OFF: runs of granules: {{[0-9]+}} (0 coalesced, 0 holes taken back)

fn main() {
    let n = 10_000u64;
    let mut v: Vec<u64> = (0..n).map(|i| (i * 7919) % n).collect();
    // A `&mut` to every element, one at a time.
    for x in v.iter_mut() {
        *x += 0;
    }
    v.sort();
    let sorted = v.windows(2).all(|w| w[0] <= w[1]);
    // Many whole-slice reborrows over the fragmented buffer.
    let mut found = 0;
    for k in 0..5_000u64 {
        if v.binary_search(&(k * 2)).is_ok() {
            found += 1;
        }
    }
    let mut swapped = 0;
    for i in 1..5_000 {
        v.swap(i - 1, i);
        swapped += 1;
    }
    let sum: u64 = v.iter().sum();
    println!("sum {} sorted {} found {} swapped {}", sum, sorted, found, swapped);
}
