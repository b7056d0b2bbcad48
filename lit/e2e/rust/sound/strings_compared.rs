// Strings compared every which way: `==` on `&str` and byte slices, `Ord`
// on `String` in a sort and a binary search, a sort of `(&String, &usize)`
// pairs taken from a HashMap, look-ups by `&str`. Each comparison hands
// the bytes to memcmp or bcmp through shared reborrows whose tags go only
// to that call (docs/design.md section 5, "Chains after inlining").
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && %record_exit %t2 > %t2.out 2> %t2.err
// RUN: cat %t2.out %t2.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=2 %s -o %t2.native && %record_exit %t2.native > %t2.native.out
// RUN: diff %t2.native.out %t2.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: equal 1 of 3
// CHECK: sorted ["alpha", "beta", "beta", "delta", "gamma"]
// CHECK: found Ok(3)
// CHECK: top [("beta", 2), ("alpha", 1), ("delta", 1), ("gamma", 1)]
// CHECK: prefixed 2
// CHECK: exit status 0
use std::collections::HashMap;
use std::hint::black_box;

fn main() {
    let words: Vec<String> = black_box(["gamma", "beta", "alpha", "delta", "beta"])
        .iter()
        .map(|w| w.to_string())
        .collect();
    let probe = black_box(String::from("alpha"));
    let equal = words[1..4].iter().filter(|w| w.as_str() == probe.as_str()).count();
    println!("equal {} of 3", equal);

    let mut sorted = words.clone();
    sorted.sort();
    println!("sorted {:?}", sorted);
    println!("found {:?}", sorted.binary_search(&String::from("delta")));

    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in &words {
        if let Some(c) = counts.get_mut(w.as_str()) {
            *c += 1;
        } else {
            counts.insert(w.clone(), 1);
        }
    }
    let mut top: Vec<(&String, &usize)> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("top {:?}", top);

    let bytes: Vec<&[u8]> = sorted.iter().map(|s| s.as_bytes()).collect();
    let prefixed = bytes.iter().filter(|b| b.starts_with(&b"be"[..]) && b[..] == *b"beta").count();
    println!("prefixed {}", prefixed);
}
