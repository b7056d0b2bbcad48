// A raw pointer returned by a `&mut self` method is derived from that call's
// reborrow of `c`. The next `&mut self` call reborrows `c` again, which is a
// write access through `c`'s own tag: it pops every tag derived from the first
// reborrow, the raw pointer's included. Writing through it afterwards is UB
// (Miri: the tag "does not exist in the borrow stack").
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer

struct Counter {
    vals: [u32; 4],
}

impl Counter {
    fn slot(&mut self, i: usize) -> *mut u32 {
        &mut self.vals[i] as *mut u32
    }

    fn bump(&mut self, i: usize) {
        self.vals[i] += 1;
    }
}

fn main() {
    let mut c = Counter { vals: [0; 4] };
    let p = c.slot(0);
    c.bump(1);
    // CHECK: {{#0 .*}}mut_method_invalidates_raw.rs:[[@LINE+2]]{{([^0-9]|$)}}
    // CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}mut_method_invalidates_raw.rs:[[@LINE+1]]{{([^0-9]|$)}}
    unsafe { *p = 5 };
    println!("{:?}", c.vals);
}
