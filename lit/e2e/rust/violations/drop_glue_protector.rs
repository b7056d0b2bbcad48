// Drop glue (`ptr::drop_in_place::<T>`) takes `*mut T` but the model
// retags it like a `&mut T` parameter, protected for the call: a `Drop`
// impl that writes the value through a pointer made before the drop
// started invalidates that protected item, at every opt-level. The type
// with the Drop impl is zero-sized, so its own `&mut self` covers no byte
// and only drop glue's protector is in the way.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation
// CHECK: SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}}drop_glue_protector.rs

struct Noisy;

static mut EARLIER: *mut u32 = std::ptr::null_mut();

impl Drop for Noisy {
    fn drop(&mut self) {
        unsafe { EARLIER.write(9) };
    }
}

fn main() {
    let mut pair = (Noisy, 7u32);
    let whole = std::ptr::addr_of_mut!(pair);
    unsafe {
        EARLIER = whole.cast();
        std::ptr::drop_in_place(whole);
    }
}
