// Benchmark: many small non-inlined calls taking &mut and & parameters and
// returning references. Every call retags its reference arguments (and
// protects them), so this is the worst case for retag and history cost.
// n is the number of loop iterations.
//
// bench-n: 60000000
// bench-work: linear
#[derive(Clone, Copy)]
struct Point {
    x: i64,
    y: i64,
}

#[inline(never)]
fn bump(p: &mut Point, d: &Point) {
    p.x += d.x;
    p.y += d.y;
}

#[inline(never)]
fn pick<'a>(a: &'a Point, b: &'a Point) -> &'a Point {
    if a.x + a.y > b.x + b.y { a } else { b }
}

#[inline(never)]
fn field(p: &mut Point) -> &mut i64 {
    &mut p.x
}

#[inline(never)]
fn dot(a: &[i64], b: &[i64]) -> i64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn main() {
    let n: i64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(60_000_000);
    let mut pts = vec![Point { x: 1, y: 2 }; 64];
    let delta = Point { x: 3, y: -1 };
    let a: Vec<i64> = (0..16).collect();
    let b: Vec<i64> = (0..16).rev().collect();
    let mut acc = 0i64;
    for i in 0..n {
        let j = (i as usize) % pts.len();
        bump(&mut pts[j], &delta);
        let k = (j + 1) % pts.len();
        let best = *pick(&pts[j], &pts[k]);
        *field(&mut pts[k]) += best.y & 3;
        acc = acc.wrapping_add(dot(&a, &b) + best.x);
    }
    println!("{}", acc);
}
