// Protectors: invalidating a parameter's item while its call runs, and
// deallocating memory a running call holds a reference to.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
// CHECK: the write access through tag <
// CHECK: would pop item [Unique <
// CHECK: which is strongly protected by the call to callee (parameter `x`), which is still running
// CHECK: (function-entry retag of parameter `x` in callee)
// CHECK: SUMMARY: StackedBorrowsSanitizer: protected-invalidation
// CHECK: ERROR: StackedBorrowsSanitizer: protected-dealloc on address 0x
// CHECK: deallocation (free) of 8 bytes
// CHECK: memory may not be deallocated while a function holds a reference to it
// REPORTS-COUNT-2: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: after the call
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

static const struct sbsan_retag_site XSite = {"callee", "parameter `x`",
                                             SBSAN_ORIGIN_FN_ENTRY, 0};

/* fn callee(x: &mut i32, alias: *mut i32) { *alias = 1; } */
__attribute__((noinline)) static void callee(int *x, sbsan_tag xt, int *alias,
                                             sbsan_tag at) {
  __sbsan_func_enter(__builtin_frame_address(0));
  sbsan_tag mine =
      __sbsan_retag(x, sizeof *x, xt,
                    SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, &XSite);
  __sbsan_write4(x, mine);
  __sbsan_write4(alias, at); /* pops x's protected item */
  *alias = 1;
  __sbsan_func_exit(__builtin_frame_address(0));
}

/* fn dropper(x: &i32, ptr: *mut i32) { free(ptr) } */
__attribute__((noinline)) static void dropper(int *x, sbsan_tag xt, int *ptr,
                                              sbsan_tag pt) {
  __sbsan_func_enter(__builtin_frame_address(0));
  __sbsan_retag(x, sizeof *x, xt,
                SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_PROTECT_STRONG, NULL);
  sim_free(ptr, pt);
  __sbsan_func_exit(__builtin_frame_address(0));
}

int main(void) {
  int *p = malloc(sizeof(int));
  sbsan_tag root = sim_ret_tag(p);
  callee(p, root, p, root);
  /* The call is over: the same write is fine now. */
  __sbsan_write4(p, root);
  sim_say("after the call");
  int *q = malloc(8);
  sbsan_tag qroot = sim_ret_tag(q);
  dropper(q, qroot, q, qroot);
  sim_free(p, root);
  return 0;
}
