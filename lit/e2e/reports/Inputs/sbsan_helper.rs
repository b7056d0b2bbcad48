// A library crate with a violation, for the crate: and src: suppression
// rules of options_suppressions.rs.
#![allow(invalid_reference_casting)]

pub fn helper_store(r: &i32, v: i32) {
    let p = r as *const i32 as *mut i32;
    unsafe { *p = v };
}
