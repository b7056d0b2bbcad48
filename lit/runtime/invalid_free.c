// Frees of pointers that are not heap block starts; with halt_on_error=0
// each is reported, skipped, and the program goes on.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x
// CHECK: free of 0x
// CHECK: which is not the start of a heap block
// CHECK: borrow stack at 0x
// CHECK: SUMMARY: StackedBorrowsSanitizer: invalid-free
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x
// CHECK: is located 0 bytes inside stack variable `local` of 16 bytes
// CHECK: (bottom first, 1 item):
// CHECK: 0: [Unique <
// CHECK: StackedBorrowsSanitizer: 2 reports; exiting with status 1
// REPORTS-COUNT-2: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: went on
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

extern void *__libc_malloc(size_t);

int main(void) {
  char *p = malloc(64);
  sbsan_tag t = sim_ret_tag(p);
  sim_free(p + 8, t); /* inside a live block */

  /* The site names the variable in the report's location line. */
  static const struct sbsan_retag_site LocalSite = {
      "main", "variable `local`", SBSAN_ORIGIN_STACK_VAR, 0};
  char local[16];
  sbsan_tag lt = __sbsan_alloca(local, sizeof local, &LocalSite);
  sim_free(local, lt); /* a tracked stack object */
  __sbsan_dealloca(local, sizeof local);

  /* Memory the runtime never saw is not judged: libc gets it. */
  void *foreign = __libc_malloc(24);
  free(foreign);

  sim_free(p, t);
  sim_say("went on");
  return 0;
}
