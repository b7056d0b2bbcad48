// Benchmark: sorting and binary search of u64s. n pseudo-random values are
// sorted with slice::sort (stable) and with sort_unstable, the two results
// compared, and then looked up n times with binary_search (half of the keys
// present). Work is n log n.
//
// bench-n: 1000000
// bench-work: nlogn

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545f4914f6cdd1d)
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let mut rng = Rng(0x1234_5678_9abc_def1);
    // Keys in a range of 4n values, so there are duplicates and misses.
    let range = 4 * n as u64 + 1;
    let data: Vec<u64> = (0..n).map(|_| rng.next() % range).collect();

    let mut stable = data.clone();
    stable.sort();
    let mut unstable = data.clone();
    unstable.sort_unstable();
    assert!(stable == unstable, "sort and sort_unstable disagree");

    // Sort (value, index) pairs by value only: the stable sort must keep
    // equal values in index order.
    let mut pairs: Vec<(u64, u32)> = data.iter().enumerate().map(|(i, &v)| (v, i as u32)).collect();
    pairs.sort_by_key(|p| p.0);
    let mut order_ok = true;
    for w in pairs.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 > w[1].1 {
            order_ok = false;
        }
    }

    let mut found = 0u64;
    let mut pos_sum = 0u64;
    for i in 0..n {
        let key = if i % 2 == 0 { data[(rng.next() % n as u64) as usize] } else { rng.next() % range };
        match stable.binary_search(&key) {
            Ok(p) => {
                found += 1;
                // binary_search may return any of several equal elements:
                // sum the value, which is the same whichever it picked.
                pos_sum = pos_sum.wrapping_add(stable[p]);
            }
            Err(p) => pos_sum = pos_sum.wrapping_add(p as u64),
        }
    }
    let checksum = stable.iter().enumerate().fold(0u64, |a, (i, &v)| a.wrapping_mul(31).wrapping_add(v ^ i as u64));
    println!("n {} found {} pos {} checksum {} stable {}", n, found, pos_sum, checksum, order_ok);
}
