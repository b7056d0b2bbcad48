// Benchmark: dense matrix multiplication on Vec<Vec<f64>> with v[i][j]
// indexing (bounds checks and a reference to each row on every access),
// c = a * b for n x n matrices, in i-k-j order. The entries are small
// integers, so every sum is exact and the checksum does not depend on the
// order of floating-point operations. Work is n^3.
//
// bench-n: 800
// bench-work: cubic

fn matrix(n: usize, seed: usize) -> Vec<Vec<f64>> {
    let mut m = vec![vec![0.0f64; n]; n];
    for i in 0..n {
        for j in 0..n {
            m[i][j] = ((i * 31 + j * 17 + seed) % 11) as f64 - 5.0;
        }
    }
    m
}

fn multiply(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let n = a.len();
    let mut c = vec![vec![0.0f64; n]; n];
    for i in 0..n {
        for k in 0..n {
            let aik = a[i][k];
            for j in 0..n {
                c[i][j] += aik * b[k][j];
            }
        }
    }
    c
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(800);
    let a = matrix(n, 1);
    let b = matrix(n, 2);
    let c = multiply(&a, &b);
    let mut trace = 0.0;
    let mut sum = 0.0;
    let mut weighted = 0.0;
    for i in 0..n {
        trace += c[i][i];
        for j in 0..n {
            sum += c[i][j];
            weighted += c[i][j] * ((i + 2 * j) % 7) as f64;
        }
    }
    println!("n {} trace {} sum {} weighted {}", n, trace, sum, weighted);
}
