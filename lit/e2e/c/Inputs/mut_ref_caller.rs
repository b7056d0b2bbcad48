// Rust side of c_write_through_mut_ref.c: hands instrumented C functions
// pointers derived from mutable references and from a Vec's buffer.
extern "C" {
    fn c_store_int(p: *mut i32, v: i32);
    fn c_sum(p: *const i32, n: usize) -> i32;
}

fn set_via_c(r: &mut i32, v: i32) {
    unsafe { c_store_int(r, v) };
}

fn main() {
    let mut x = 1;
    set_via_c(&mut x, 5);
    let mut v = vec![1, 2, 3];
    for (i, e) in v.iter_mut().enumerate() {
        set_via_c(e, (i as i32 + 1) * 10);
    }
    let s = unsafe { c_sum(v.as_ptr(), v.len()) };
    println!("x={} v={:?} sum={}", x, v, s);
}
