// A callee inlined into its caller after instrumentation enters and exits
// with its caller's frame address. That is a nested call: the caller's
// protectors stay in force during and after it, and the callee's end with
// its exit.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
// CHECK: (function-entry retag of parameter `x` in outer)
// REPORTS-COUNT-1: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: inner protector ended
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

static const struct sbsan_retag_site XSite = {"outer", "parameter `x`",
                                             SBSAN_ORIGIN_FN_ENTRY, 0};

/* fn outer(x: &mut i32, alias: *mut i32) { inner(&mut *x); *alias = 1; }
 * with inner(y: &mut i32) inlined. */
__attribute__((noinline)) static void outer(int *x, sbsan_tag xt, int *alias,
                                            sbsan_tag at) {
  void *frame = __builtin_frame_address(0);
  __sbsan_func_enter(frame);
  sbsan_tag mine =
      __sbsan_retag(x, sizeof *x, xt,
                    SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, &XSite);
  /* inlined inner: same frame address */
  __sbsan_func_enter(frame);
  sbsan_tag y = __sbsan_retag(x, sizeof *x, mine,
                              SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG,
                              NULL);
  __sbsan_write4(x, y);
  __sbsan_func_exit(frame);
  /* inner's protector is over: writing through x pops y silently */
  __sbsan_write4(x, mine);
  sim_say("inner protector ended");
  __sbsan_write4(alias, at); /* pops x's item: outer is still running */
  *alias = 1;
  __sbsan_func_exit(frame);
}

int main(void) {
  int *p = malloc(sizeof(int));
  sbsan_tag root = sim_ret_tag(p);
  outer(p, root, p, root);
  sim_free(p, root);
  return 0;
}
