// REQUIRES: rustc
// protected-invalidation, on a global: `r` is a `&mut` parameter, so its
// item is protected until `write_both` returns. Writing through `p`, an
// older raw pointer to the same static, would pop it. The report says which
// call protects the item, names the global, and shows the protected item's
// creation (the function-entry retag, called from main).
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}write access of 4 bytes at 0x[[ADDR]] with tag <2>{{$}}
// REPORT-NEXT: {{^}}the write access through tag <2> would pop item [Unique <[[PROT:[0-9]+]]>], which is strongly protected by the call to rust_protected_invalidation::write_both (parameter `r`), which is still running (call #{{[0-9]+}}){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_protected_invalidation::write_both }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_protected_invalidation::main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 4 bytes inside global variable `rust_protected_invalidation::COUNTERS` of 8 bytes [0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}) defined at {{.*}}rust_protected_invalidation.rs:{{[0-9]+$}}
// REPORT-NEXT: {{^}}tag <2> is the root tag of every global variable{{$}}
// REPORT-NEXT: {{^}}tag <[[PROT]]> (the protected item) was created by a Unique retag of 4 bytes from tag <2>, strongly protected (function-entry retag of parameter `r` in rust_protected_invalidation::write_both) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in rust_protected_invalidation::write_both }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in rust_protected_invalidation::main }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 3 items):{{$}}
// REPORT-NEXT: {{^   0: \[SharedReadWrite <2>( exposed)?\] +root of every global variable  <- the tag used$}}
// REPORT-NEXT: {{^   1: \[Unique <}}[[PROT]]>] {{ *}}Unique retag of tag <2>, strongly protected (function-entry retag of parameter `r`), made in rust_protected_invalidation::write_both at {{.*}}  <- protected{{$}}
// REPORT-NEXT: {{^   2: \[SharedReadWrite <[0-9]+>\] +SharedReadWrite retag of tag <}}[[PROT]]>
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}} in rust_protected_invalidation::write_both{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING

// LINES-DAG: {{is located 4 bytes inside global variable .* defined at .*rust_protected_invalidation.rs:}}[[@LINE+1]]{{$}}
static mut COUNTERS: [i32; 2] = [0, 0];

// LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_protected_invalidation::write_both .*rust_protected_invalidation.rs:}}[[@LINE+2]]{{$}}
// LINES-DAG: {{^   1: \[Unique .* made in rust_protected_invalidation::write_both at .*rust_protected_invalidation.rs:}}[[@LINE+1]]  <- protected
fn write_both(r: &mut i32, p: *mut i32) {
    *r = 1;
    // LINES-DAG: {{^    #0 0x[0-9a-f]+ in rust_protected_invalidation::write_both .*rust_protected_invalidation.rs:}}[[@LINE+2]]:14{{$}}
    // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}}rust_protected_invalidation.rs:[[@LINE+1]]:14 in
    unsafe { *p = 2 };
}

fn main() {
    unsafe {
        let p = &raw mut COUNTERS[1];
        // Both the access trace and the protected item's creation trace go
        // through this call.
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_protected_invalidation::main .*rust_protected_invalidation.rs:}}[[@LINE+2]]:9{{$}}
        // LINES-DAG: {{^    #1 0x[0-9a-f]+ in rust_protected_invalidation::main .*rust_protected_invalidation.rs:}}[[@LINE+1]]:9{{$}}
        write_both(&mut *p, p);
    }
}
