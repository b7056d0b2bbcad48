// A reference inside a struct passed by value is retagged at function
// entry and protected for the call like a reference parameter (Miri
// retags the fields of arguments): freeing its referent while the call
// runs is UB, at every opt-level. The pair variant is passed as two
// scalars.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=0 --cfg pair %s -o %t2 && not %t2 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 --cfg pair %s -o %t3 && not %t3 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: protected-
// CHECK: SUMMARY: StackedBorrowsSanitizer: protected-{{.*}}newtype_param_protected.rs

#[cfg(not(pair))]
struct Wrapped<'a>(&'a mut u32);
#[cfg(pair)]
struct Wrapped<'a>(&'a mut u32, u32);

#[inline(never)]
fn run_then_free(w: Wrapped<'_>, free: impl FnOnce()) -> u32 {
    free();
    drop(w);
    1
}

fn main() {
    let p = Box::into_raw(Box::new(5u32));
    #[cfg(not(pair))]
    let w = Wrapped(unsafe { &mut *p });
    #[cfg(pair)]
    let w = Wrapped(unsafe { &mut *p }, 3);
    let r = run_then_free(w, || unsafe { drop(Box::from_raw(p)) });
    println!("{}", r);
}
