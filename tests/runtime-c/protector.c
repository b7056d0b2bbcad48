/* Protectors: invalidating a parameter's item while its call runs, and
 * deallocating memory a running call holds a reference to.
 * RUN-ENV: SBSAN_OPTIONS=halt_on_error=0
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
 * EXPECT-STDERR: the write access through tag <
 * EXPECT-STDERR: would pop item [Unique <
 * EXPECT-STDERR: which is strongly protected by the call to callee (parameter `x`), which is still running
 * EXPECT-STDERR: (function-entry retag of parameter `x` in callee)
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: protected-invalidation
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: protected-dealloc on address 0x
 * EXPECT-STDERR: deallocation (free) of 8 bytes
 * EXPECT-STDERR: memory may not be deallocated while a function holds a reference to it
 * EXPECT-COUNT-STDERR: 2 ERROR: StackedBorrowsSanitizer
 * EXPECT-STDOUT: after the call
 */
#include "sbsan_sim.h"

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
