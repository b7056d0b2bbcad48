// Boxes written once through `&mut` and then read many times through the
// Vec that owns them: each box's stack keeps the `&mut` reborrows above the
// box's own item, and the reads go through the box's item. The first read
// disables the reborrows; from then on the word names the box's item as a
// quiet reader, so the 100,000 reads pass the inline check and the runtime
// sees a handful of accesses (without quiet readers, one per read).
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 2>&1 | FileCheck %s
// CHECK-NOT: ERROR
// CHECK: sum 4950000
// CHECK: accesses checked at runtime: {{[0-9]?[0-9]?[0-9]$}}

struct Tally {
    count: u64,
    weight: u64,
}

#[inline(never)]
fn credit(t: &mut Tally) {
    t.count += t.weight;
}

fn main() {
    let mut tallies: Vec<Box<Tally>> =
        (0..100).map(|w| Box::new(Tally { count: 0, weight: w })).collect();
    for t in tallies.iter_mut() {
        credit(t);
    }
    let mut sum = 0;
    for _ in 0..1000 {
        for t in &tallies {
            sum += t.count;
        }
    }
    println!("sum {}", sum);
}
