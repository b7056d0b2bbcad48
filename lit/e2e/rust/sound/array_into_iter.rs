// Iterating an array by value (array::IntoIter): the array is moved into the
// iterator, which hands out its elements with ptr::read through a `&mut` to
// an unsized view of itself. A minimal form of what `for x in [..]`,
// `char::to_uppercase` and many other std paths do.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=6 words=a+b+c rev=[3, 2, 1]
// CHECK-NOT: StackedBorrowsSanitizer

fn main() {
    let mut sum = 0;
    for x in [1, 2, 3] {
        sum += x;
    }
    let words: Vec<String> = ["a", "b", "c"].into_iter().map(String::from).collect();
    let rev: Vec<i32> = [1, 2, 3].into_iter().rev().collect();
    println!("sum={} words={} rev={:?}", sum, words.join("+"), rev);
}
