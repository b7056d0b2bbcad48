// Benchmark: word counting. Generates a text of n words from a fixed
// syllable alphabet with a deterministic PRNG, splits it on whitespace and
// counts the words in a HashMap<String, usize>; prints the number of words,
// of distinct words, and the ten most frequent ones. Work is linear in n.
//
// bench-n: 3000000
// bench-work: linear
use std::collections::HashMap;

struct Rng(u64);

impl Rng {
    // splitmix64: deterministic, no crates.
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
}

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "an", "el", "or", "ux", "bre", "qui", "sto", "y",
];

fn generate(n: usize, rng: &mut Rng) -> String {
    let mut text = String::with_capacity(n * 6);
    for i in 0..n {
        // Skewed word lengths and syllables: a few words are very common.
        let r = rng.next();
        let len = 1 + (r % 4) as usize;
        for s in 0..len {
            let pick = ((r >> (8 + 8 * s)) & 0xff) as usize;
            let idx = if pick < 128 { pick % 4 } else { pick % SYLLABLES.len() };
            text.push_str(SYLLABLES[idx]);
        }
        text.push(if i % 17 == 16 { '\n' } else { ' ' });
    }
    text
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(3_000_000);
    let mut rng = Rng(42);
    let text = generate(n, &mut rng);
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut words = 0usize;
    for w in text.split_whitespace() {
        words += 1;
        if let Some(c) = counts.get_mut(w) {
            *c += 1;
        } else {
            counts.insert(w.to_string(), 1);
        }
    }
    let mut top: Vec<(&String, &usize)> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("words {} distinct {}", words, counts.len());
    for (w, c) in top.iter().take(10) {
        println!("{} {}", w, c);
    }
}
