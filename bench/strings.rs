// Benchmark: string processing. Builds n records "name=value;tag,tag" with
// format!, joins them into one text with push_str, then splits it on ';'
// and '=' and ',', upper-cases the names, counts characters by class with
// chars(), and rebuilds a report string. Work is linear in n.
//
// bench-n: 1000000
// bench-work: linear

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const NAMES: [&str; 8] = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hôtel"];

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut text = String::new();
    for i in 0..n {
        let r = rng.next();
        let name = NAMES[(r % 8) as usize];
        let record = format!("{}{}={};t{},x{:x}\n", name, i % 100, r % 100_000, (r >> 20) % 10, (r >> 32) & 0xfff);
        text.push_str(&record);
    }

    let mut upper_len = 0usize;
    let mut letters = 0usize;
    let mut digits = 0usize;
    let mut others = 0usize;
    let mut value_sum = 0u64;
    let mut tags = 0usize;
    let mut report = String::new();
    for (lineno, line) in text.lines().enumerate() {
        let mut parts = line.split(';');
        let kv = parts.next().unwrap_or("");
        let rest = parts.next().unwrap_or("");
        let mut kvs = kv.split('=');
        let name = kvs.next().unwrap_or("");
        let value: u64 = kvs.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        value_sum += value;
        let upper = name.to_uppercase();
        upper_len += upper.len();
        for c in upper.chars().chain(rest.chars()) {
            if c.is_alphabetic() {
                letters += 1;
            } else if c.is_ascii_digit() {
                digits += 1;
            } else {
                others += 1;
            }
        }
        tags += rest.split(',').filter(|t| !t.is_empty()).count();
        if lineno % 1000 == 0 {
            report.push_str(&upper);
            report.push(':');
            report.push_str(&value.to_string());
            report.push(' ');
        }
    }
    let rev: String = report.chars().rev().filter(|c| !c.is_whitespace()).take(40).collect();
    println!(
        "bytes {} upper {} letters {} digits {} others {} tags {} values {} report {} tail {}",
        text.len(),
        upper_len,
        letters,
        digits,
        others,
        tags,
        value_sum,
        report.len(),
        rev
    );
}
