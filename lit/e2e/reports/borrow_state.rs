// miri_get_alloc_id and miri_print_borrow_state, under the names Miri
// gives them: a running program prints the borrow stacks of one of its
// allocations, one line per range of bytes with equal stacks. An address
// SBSan does not track has id 0, and printing id 0 says so.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %rustc_sbsan -C opt-level=1 %s -o %t1 && %t1 2>&1 | FileCheck %s
// CHECK: ==[[PID:[0-9]+]]==borrow state of the allocation at 0x[[ADDR:[0-9a-f]+]] (16 bytes, bottom of each stack first):
// CHECK-NEXT: {{^}}  [+0, +{{[0-9]+}}): [SharedReadWrite <[[ROOT:[0-9]+]]>
// CHECK: ==[[PID]]==borrow state of the allocation at 0x[[ADDR]] (16 bytes
// CHECK-NOT: borrow state
// CHECK: {{^}}  [+4, +8): [SharedReadWrite <[[ROOT]]>{{.*}} [Unique <{{[0-9]+}}>] [SharedReadWrite <{{[0-9]+}}>]{{$}}
// CHECK: ==[[PID]]==borrow state: no tracked allocation with id 0
// CHECK-NEXT: id of null 0
extern "Rust" {
    fn miri_get_alloc_id(ptr: *const u8) -> u64;
    fn miri_print_borrow_state(alloc_id: u64, show_unnamed: bool);
}

fn print_state(p: *const u8) {
    unsafe { miri_print_borrow_state(miri_get_alloc_id(p), false) };
}

// While this runs, bytes 4..8 carry x's protected Unique item and the
// SharedReadWrite child its raw pointer uses.
#[inline(never)]
fn inside(x: &mut u32) {
    print_state(x as *mut u32 as *const u8);
}

fn main() {
    let block = Box::into_raw(Box::new([0u32; 4]));
    print_state(block as *const u8);
    inside(unsafe { &mut (*block)[1] });
    print_state(std::ptr::null());
    println!("id of null {}", unsafe { miri_get_alloc_id(std::ptr::null()) });
    drop(unsafe { Box::from_raw(block) });
}
