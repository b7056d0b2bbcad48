// The Rust wrapper loads the plugin into rustc and links the runtime; a
// trivial program runs as if uninstrumented.
// REQUIRES: rustc
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=2 %s -o %t2 && %t2 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: hello from Rust: [1, 2, 3] sum=6
// CHECK-NOT: StackedBorrowsSanitizer

fn main() {
    let v: Vec<i32> = (1..=3).collect();
    let sum: i32 = v.iter().sum();
    println!("hello from Rust: {:?} sum={}", v, sum);
}
