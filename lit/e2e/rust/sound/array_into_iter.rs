// Iterating an array by value (array::IntoIter): the array is moved into the
// iterator, which hands out its elements with ptr::read through a `&mut` to
// an unsized view of itself. A minimal form of what `for x in [..]`,
// `char::to_uppercase` and many other std paths do.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %rustc_plain -C opt-level=1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: sum=6 words=a+b+c rev=[3, 2, 1]
// CHECK: exit status 0
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
