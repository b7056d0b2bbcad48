// REQUIRES: rustc
// history=0 records no creation or invalidation sites (faster); reports
// then say so instead of showing traces. history_frames bounds the frames
// kept per recorded trace; history_size=10 keeps only the newest 1024 tags,
// so the creation of a tag made before many others is forgotten.
// RUN: %rustc_sbsan -C opt-level=0 %s -o %t
// RUN: env SBSAN_OPTIONS=history=0 not %t > %t.h0 2>&1
// RUN: FileCheck %s --check-prefix=H0 < %t.h0
// RUN: not %t > %t.h1 2>&1
// RUN: FileCheck %s --check-prefix=H1 < %t.h1
// RUN: env SBSAN_OPTIONS=history_frames=1 not %t > %t.f1 2>&1
// RUN: FileCheck %s --check-prefix=F1 < %t.f1
// RUN: env SBSAN_OPTIONS=history_size=10 not %t 5000 > %t.small 2>&1
// RUN: FileCheck %s --check-prefix=SMALL < %t.small

// H0: ERROR: StackedBorrowsSanitizer: protected-invalidation
// H0: which is strongly protected by a call that is still running (call #{{[0-9]+}}; function unknown with history=0)
// H0-NEXT: {{^    #0 0x[0-9a-f]+ in options_history::write_both }}
// H0: {{^}}0x{{[0-9a-f]+}} is located 0 bytes inside a heap block of 4 bytes [0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}) with root tag <[[ROOT:[0-9]+]]> (history=0: site unknown){{$}}
// H0-NEXT: {{^}}tag <[[ROOT]]>: creation site unknown (history=0){{$}}
// H0-NEXT: {{^}}tag <[[PROT:[0-9]+]]> (the protected item): creation site unknown (history=0){{$}}
// H0-NEXT: borrow stack at
// H0-NEXT: {{^   0: \[SharedReadWrite <}}[[ROOT]]>{{( exposed)?}}] {{ *}}creation site unknown (history=0)  <- the tag used{{$}}
// H0: {{^   [0-9]: \[Unique <}}[[PROT]]>] {{ *}}creation site unknown (history=0)  <- protected{{$}}
// H0: SUMMARY: StackedBorrowsSanitizer: protected-invalidation
// H0-NOT: made at
// H0-NOT: created by

// H1: which is strongly protected by the call to options_history::write_both (parameter `r`)
// H1: tag <{{[0-9]+}}> is the root of a heap block of 4 bytes, made at:
// H1-NEXT: {{^    #0 0x[0-9a-f]+ in options_history::main }}
// H1: (the protected item) was created by a Unique retag
// H1-NEXT: {{^    #0 0x[0-9a-f]+ in options_history::write_both }}
// H1-NEXT: {{^    #1 0x[0-9a-f]+ in options_history::call_it }}
// H1-NEXT: {{^    #2 0x[0-9a-f]+ in options_history::main }}
// H1-NEXT: borrow stack at

// F1: (the protected item) was created by a Unique retag
// F1-NEXT: {{^    #0 0x[0-9a-f]+ in options_history::write_both }}
// F1-NEXT: borrow stack at

// SMALL: tag <{{[0-9]+}}>: creation site unknown (its history record was overwritten; a larger history_size keeps more){{$}}
// SMALL: {{^   0: \[SharedReadWrite <[0-9]+>( exposed)?\] +creation site unknown \(history record overwritten\)}}

use std::alloc::{alloc, Layout};

fn write_both(r: &mut i32, p: *mut i32) {
    *r = 1;
    unsafe { *p = 2 };
}

#[inline(never)]
fn call_it(r: &mut i32, p: *mut i32) {
    write_both(r, p);
}

#[inline(never)]
fn churn(n: u32) -> u32 {
    // Each call makes tags (retags of `x`), pushing old records out.
    fn touch(x: &mut u32) -> u32 {
        *x += 1;
        *x
    }
    let mut x = 0;
    for _ in 0..n {
        touch(&mut x);
    }
    x
}

fn main() {
    let n: u32 = std::env::args().nth(1).map_or(0, |s| s.parse().unwrap());
    unsafe {
        let p = alloc(Layout::new::<i32>()) as *mut i32;
        *p = 0;
        churn(n);
        call_it(&mut *p, p);
    }
}
