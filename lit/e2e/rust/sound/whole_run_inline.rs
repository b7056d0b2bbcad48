// `w[i]` on a Vec, once inlined, retags the whole slice without a child
// (its reference dies at once). When the vector's granules form one run
// without holes (64 elements), the first and last granules' words and the
// run's top answer the retag inline, and the runtime sees none of them.
// Six elements are too few granules for a run: the inline test cannot
// answer, and the runtime answers each one, which print_stats counts.
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 64 2>&1 | FileCheck %s --check-prefix=WHOLE
// RUN: env SBSAN_OPTIONS=print_stats=1 %t 6 2>&1 | FileCheck %s --check-prefix=SMALL
// WHOLE-NOT: ERROR
// WHOLE: total 2000
// WHOLE: retags without a new tag: {{[0-9]?[0-9]$}}
// SMALL-NOT: ERROR
// SMALL: total 2000
// SMALL: retags without a new tag: {{[0-9][0-9][0-9][0-9]+}}

#[inline(never)]
fn sum(w: &Vec<u64>, n: usize) -> u64 {
    let mut total = 0u64;
    for i in 0..2000usize {
        total += w[(i % n) as usize];
    }
    total
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(64);
    let w: Vec<u64> = vec![1; n];
    println!("total {}", sum(&w, n));
}
