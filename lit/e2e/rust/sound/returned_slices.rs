// `&mut [T]` results of calls used the ways the model allows: written
// through, reborrowed by further calls, turned into raw pointers, given up
// before the parent is used again, and a `None` of an Option<&mut [T]>.
// Each result is retagged in the caller as a new Unique reference; none
// of these uses may be reported.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer: {{[a-z-]+}} on
// CHECK: sum 886 first 100 none true tail 7
// CHECK: exit status 0

#[inline(never)]
fn hand_back(s: &mut [u64]) -> &mut [u64] {
    s
}

#[inline(never)]
fn middle(s: &mut [u64]) -> &mut [u64] {
    let n = s.len();
    &mut s[1..n - 1]
}

#[inline(never)]
fn pick(s: &mut [u64], take: bool) -> Option<&mut [u64]> {
    if take { Some(s) } else { None }
}

fn main() {
    let mut v: Vec<u64> = (0..40).collect();
    let whole = hand_back(&mut v);
    whole[0] = 100;
    let inner = middle(whole);
    inner[0] += 1;
    let raw = inner.as_mut_ptr();
    unsafe { *raw.add(2) += 5 };
    let tail = hand_back(&mut inner[30..]);
    let t = tail[0] / 4;
    // The results are dead now: the parent may be used again.
    let sum: u64 = v.iter().sum::<u64>() % 1000;
    let none = pick(&mut v, false).is_none();
    if let Some(s) = pick(&mut v, true) {
        s[1] = 1;
    }
    println!("sum {} first {} none {} tail {}", sum, v[0], none, t);
}
