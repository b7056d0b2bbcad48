// Strings: building, slicing by char boundaries, iterating, formatting,
// sorting, joining. Mostly std code instantiated in this crate.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: words: borrow, checker, stacked, the
// CHECK-NEXT: upper: THE STACKED BORROW CHECKER
// CHECK-NEXT: reversed: rekcehc worrob dekcats eht
// CHECK-NEXT: vowels removed: th stckd brrw chckr
// CHECK-NEXT: caps: The Stacked Borrow Checker
// CHECK-NEXT: utf8: 5 chars, 6 bytes, first two "hé"
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn main() {
    let text = String::from("the stacked borrow checker");
    let mut words: Vec<&str> = text.split_whitespace().collect();
    words.sort();
    println!("words: {}", words.join(", "));
    println!("upper: {}", text.to_uppercase());
    let reversed: String = text.chars().rev().collect();
    println!("reversed: {}", reversed);
    let mut stripped = text.clone();
    stripped.retain(|c| !"aeiou".contains(c));
    println!("vowels removed: {}", stripped);
    let caps: Vec<String> = text.split(' ').map(capitalize).collect();
    let mut out = String::new();
    for (i, w) in caps.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    println!("caps: {}", out);
    let u = "héllo";
    let end = u.char_indices().nth(2).map(|(i, _)| i).unwrap();
    println!("utf8: {} chars, {} bytes, first two {:?}", u.chars().count(), u.len(), &u[..end]);
}
