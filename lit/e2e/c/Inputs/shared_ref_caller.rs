// Rust side of c/c_write_through_shared_ref.c and reports/c_shared_from_rust.c:
// hands an instrumented C function a pointer derived from a shared reference.
#![allow(invalid_reference_casting)]

extern "C" {
    fn c_store_int(p: *mut i32, v: i32);
}

fn poke(r: &i32, v: i32) {
    unsafe { c_store_int(r as *const i32 as *mut i32, v) };
}

fn main() {
    let x = 1;
    poke(&x, 2);
    println!("{}", x);
}
