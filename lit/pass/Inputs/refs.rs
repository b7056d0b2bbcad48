// Source of refs-O0.ll / refs-O1.ll (rustc 1.95, see rustc-ir.test).
use std::cell::Cell;
pub struct S { a: i32, c: Cell<i32> }
#[inline(never)] pub fn mutref(x: &mut i32) -> i32 { *x += 1; *x }
#[inline(never)] pub fn shref(x: &i32) -> i32 { *x }
#[inline(never)] pub fn cellref(x: &S) -> i32 { x.c.set(3); x.a }
#[inline(never)] pub fn boxed(b: Box<i32>) -> i32 { *b }
#[inline(never)] pub fn slice(s: &mut [i32]) -> &mut i32 { &mut s[1] }
#[inline(never)] pub fn raw(p: *mut i32) -> *mut i32 { unsafe { *p = 1; } p }
