// A pointer stored into a Vec (heap memory) keeps the tag it was created
// with. Assigning to `a` directly is a write through `a`'s own tag, which pops
// the stored pointer; dereferencing it afterwards is UB.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

fn register(list: &mut Vec<*mut i32>, slot: &mut i32) {
    list.push(slot);
}

fn main() {
    let mut a = 1;
    let mut list = Vec::new();
    register(&mut list, &mut a);
    a = 5;
    // CHECK: {{#0 .*}}vec_of_raw_invalidated.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}vec_of_raw_invalidated.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *list[0] += 1 };
    println!("{}", a);
}
