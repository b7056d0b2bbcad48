// Mixed languages: Rust passes a pointer derived from `&i32` to this C
// function, which writes through it. The tag, made by the function-entry
// retag of the Rust parameter `r`, only grants SharedReadOnly. The traces
// cross the language boundary: the access in C, called from Rust.
// REQUIRES: rustc
// RUN: %clang_sbsan -O0 -c %s -o %t.o
// RUN: %rustc_sbsan -C opt-level=0 %S/../c/Inputs/shared_ref_caller.rs -C link-arg=%t.o -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// CHECK: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: invalid-write on address 0x[[ADDR:[0-9a-f]+]] at pc
// CHECK-NEXT: {{^}}write access of 4 bytes at 0x[[ADDR]] with tag <[[TAG:[0-9]+]]>{{$}}
// CHECK-NEXT: {{^}}tag <[[TAG]]> only grants SharedReadOnly at 0x[[ADDR]], which does not allow writing{{$}}
// CHECK-NEXT: {{^    #0 0x[0-9a-f]+ in c_store_int .*c_shared_from_rust.c:}}[[@LINE+16]]:6{{$}}
// CHECK-NEXT: {{^    #1 0x[0-9a-f]+ in shared_ref_caller::poke .*shared_ref_caller.rs:10:14$}}
// CHECK-NEXT: {{^    #2 0x[0-9a-f]+ in shared_ref_caller::main .*shared_ref_caller.rs:15:5$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside stack variable `x` of 4 bytes {{.*}} in the frame of shared_ref_caller::main ({{.*}}shared_ref_caller.rs:13){{$}}
// CHECK-NEXT: {{^}}tag <[[TAG]]> was created by a SharedReadOnly retag of 4 bytes from tag <[[ROOT:[0-9]+]]>, strongly protected (function-entry retag of parameter `r` in shared_ref_caller::poke) at:{{$}}
// CHECK-NEXT: {{^    #0 0x[0-9a-f]+ in shared_ref_caller::poke .*shared_ref_caller.rs:9$}}
// CHECK-NEXT: {{^    #1 0x[0-9a-f]+ in shared_ref_caller::main .*shared_ref_caller.rs:15:5$}}
// CHECK-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 2 items):{{$}}
// CHECK-NEXT: {{^   0: \[Unique <}}[[ROOT]]>{{( exposed)?}}] {{ *}}root of a stack allocation of 4 bytes, made in shared_ref_caller::main at {{.*}}shared_ref_caller.rs:13{{$}}
// CHECK-NEXT: {{^   1: \[SharedReadOnly <}}[[TAG]]>{{( exposed)?}}] {{ *}}SharedReadOnly retag of tag <[[ROOT]]>, strongly protected (function-entry retag of parameter `r`), made in shared_ref_caller::poke at {{.*}}shared_ref_caller.rs:9  <- the tag used{{$}}
// CHECK-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: invalid-write {{.*}}c_shared_from_rust.c:[[@LINE+5]]:6 in c_store_int{{$}}
// CHECK-NEXT: {{^}}==[[PID]]==ABORTING

void c_store_int(int *p, int v) {
  // The Rust caller's `&i32` only allows reading.
  *p = v;
}
