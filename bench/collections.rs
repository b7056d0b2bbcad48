// Benchmark: a mix of standard collections (Vec, HashMap, VecDeque,
// BTreeMap, String), the kind of code most Rust programs spend their time in.
// Prints a checksum so the work cannot be optimized away.
// n is the number of rounds, each on a fresh 4000-element Vec.
//
// bench-n: 2000
// bench-work: linear
use std::collections::{BTreeMap, HashMap, VecDeque};

fn main() {
    let rounds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let mut sum = 0u64;
    for r in 0..rounds {
        let mut v: Vec<u64> = (0..4000).map(|i| (i * 7919 + r) % 10007).collect();
        v.sort_unstable();
        v.dedup();
        sum = sum.wrapping_add(v.iter().sum::<u64>());

        let mut m: HashMap<u64, u64> = HashMap::new();
        for (i, x) in v.iter().enumerate() {
            *m.entry(x % 512).or_insert(0) += i as u64;
        }
        for k in 0..512 {
            sum = sum.wrapping_add(*m.get(&k).unwrap_or(&0));
        }

        let mut q: VecDeque<u64> = VecDeque::new();
        for x in &v {
            q.push_back(*x);
            if q.len() > 64 {
                sum = sum.wrapping_add(q.pop_front().unwrap());
            }
        }

        let mut b = BTreeMap::new();
        for x in v.iter().take(1000) {
            b.insert(*x, x.to_string());
        }
        for (k, s) in b.range(100..5000) {
            sum = sum.wrapping_add(k + s.len() as u64);
        }
    }
    println!("{}", sum);
}
