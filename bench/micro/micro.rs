// Micro-benchmarks of SBSan's basic operations, for `bench/run --micro`.
//
// Each operation runs in a loop whose iteration count is calibrated so
// that one measurement takes about T seconds (argv[1], default 0.2) on a
// monotonic clock (std::time::Instant); the best of three measurements is
// printed, one line per operation:
//   <name> <nanoseconds per operation> <iterations>
// argv[2], if given, runs only the operation of that name. The same source
// is built natively and with SBSan; bench/run prints both.
//
// Operations:
//   read-inline    a load through a reference whose tag is on top of the
//                  borrow stack: answered by the inline fast path
//   read-runtime   an unaligned 8-byte load that straddles two granules:
//                  the inline check covers one granule, so the runtime
//                  checks every such load
//   retag-8B       a call of an #[inline(never)] fn taking &mut [u64; 1]
//                  (function-entry retag of 8 bytes, protected)
//   retag-1MiB     the same with &mut [u8] of 1 MiB
//   retag-1MiB-shr the same with &[u8] of 1 MiB (a SharedReadOnly retag)
//   call-2refs     enter/exit of an #[inline(never)] fn with two protected
//                  reference parameters (&mut u64, &u64)
//
// The loops are counted `while` loops, not `for _ in 0..n`: under SBSan
// (-Zinline-mir=no) Range::next is a call with a retag of its own, which
// would be measured with every operation.
use std::hint::black_box;
use std::time::Instant;

#[inline(never)]
fn read_loop(a: &[u64; 64], iters: u64) -> u64 {
    // Each load's index depends on the previous load, so the loads cannot
    // be hoisted, vectorized or merged.
    let mut s = 0u64;
    let mut i = 0usize;
    let mut k = 0u64;
    while k < iters {
        s = s.wrapping_add(a[i]);
        i = (s as usize).wrapping_add(i) & 63;
        k += 1;
    }
    s
}

#[inline(never)]
fn read_straddling(a: &[u64; 65], iters: u64) -> u64 {
    // Loads at byte 4 of an element read its second half and the first
    // half of the next one.
    let base = a.as_ptr() as *const u8;
    let mut s = 0u64;
    let mut i = 0usize;
    let mut k = 0u64;
    while k < iters {
        let v = unsafe { (base.add(i * 8 + 4) as *const u64).read_unaligned() };
        s = s.wrapping_add(v);
        i = (s as usize).wrapping_add(i) & 63;
        k += 1;
    }
    s
}

// An 8-byte array indexed at a run-time index, as touch_mut indexes its
// slice: the bounds check's panic path keeps the retag made. (A reference
// that only accesses its bytes and dies is answered by its parent instead,
// docs/design.md section 5, which measures no retag.)
#[inline(never)]
fn bump(r: &mut [u64; 1]) {
    let i = black_box(0usize);
    r[i] = r[i].wrapping_add(1);
}

#[inline(never)]
fn touch_mut(s: &mut [u8]) {
    s[0] = s[0].wrapping_add(1);
}

#[inline(never)]
fn touch_shared(s: &[u8]) -> u8 {
    s[0]
}

#[inline(never)]
fn two_refs(a: &mut u64, b: &u64) {
    *a = a.wrapping_add(*b);
}

fn op_retag_8(c: &mut [u64; 1], n: u64) -> u64 {
    let mut k = 0u64;
    while k < n {
        bump(c);
        k += 1;
    }
    c[0]
}

fn op_retag_1mib(b: &mut [u8], n: u64) -> u64 {
    let mut k = 0u64;
    while k < n {
        touch_mut(b);
        k += 1;
    }
    b[0] as u64
}

fn op_retag_1mib_shared(b: &[u8], n: u64) -> u64 {
    let mut s = 0u64;
    let mut k = 0u64;
    while k < n {
        s = s.wrapping_add(touch_shared(b) as u64);
        k += 1;
    }
    s
}

fn op_call_2refs(a: &mut u64, o: &u64, n: u64) -> u64 {
    let mut k = 0u64;
    while k < n {
        two_refs(a, o);
        k += 1;
    }
    *a
}

/// Runs `f(iters)` with a calibrated count; returns (ns per op, iters).
fn measure(target: f64, f: &mut dyn FnMut(u64) -> u64) -> (f64, u64) {
    let time = |f: &mut dyn FnMut(u64) -> u64, n: u64| {
        let start = Instant::now();
        black_box(f(black_box(n)));
        start.elapsed().as_secs_f64()
    };
    // Grow the count until a run takes a tenth of the target, then scale.
    let mut iters = 1u64;
    loop {
        let t = time(f, iters);
        if t >= target / 10.0 || iters >= 1 << 40 {
            iters = ((iters as f64 * target / t.max(1e-9)).ceil() as u64).max(1);
            break;
        }
        iters = iters.saturating_mul(if t < target / 1000.0 { 16 } else { 2 });
    }
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        best = best.min(time(f, iters));
    }
    (best * 1e9 / iters as f64, iters)
}

fn main() {
    let target: f64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0.2);
    let only: Option<String> = std::env::args().nth(2);
    let arr: [u64; 64] = std::array::from_fn(|i| (i as u64 * 7 + 3) % 64);
    let arr65: [u64; 65] = std::array::from_fn(|i| (i as u64 * 7 + 3) % 64);
    let mut cell = [1u64];
    let mut acc = 0u64;
    let other = 3u64;
    // The slices are taken once: as_mut_slice() is itself a call whose
    // parameter and returned reference would be retagged in the loop.
    let mut big = vec![1u8; 1 << 20];
    let big_slice: &mut [u8] = big.as_mut_slice();
    let shared_vec = vec![2u8; 1 << 20];
    let shared: &[u8] = shared_vec.as_slice();

    let mut ops: Vec<(&str, Box<dyn FnMut(u64) -> u64 + '_>)> = vec![
        ("read-inline", Box::new(|n| read_loop(&arr, n))),
        ("read-runtime", Box::new(|n| read_straddling(&arr65, n))),
        ("retag-8B", Box::new(|n| op_retag_8(&mut cell, n))),
        ("retag-1MiB", Box::new(|n| op_retag_1mib(big_slice, n))),
        ("retag-1MiB-shr", Box::new(|n| op_retag_1mib_shared(shared, n))),
        ("call-2refs", Box::new(|n| op_call_2refs(&mut acc, &other, n))),
    ];
    for (name, f) in ops.iter_mut() {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let (ns, iters) = measure(target, f.as_mut());
        println!("{} {:.3} {}", name, ns, iters);
    }
}
