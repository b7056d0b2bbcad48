// Pointer values the provenance shadow cannot tell apart: a pointer to a
// heap block is stored with its tag, the block is freed and the next
// malloc returns the same address, and uninstrumented code stores the new
// pointer into the same slot (no __sbsan_store_ptr). Loading the slot
// still yields the old tag, which predates the new block: no report,
// neither for accesses nor for freeing through it. Likewise Vec's
// in-place growth in Rust's precompiled std.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --allow-empty < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK-NOT: StackedBorrowsSanitizer
// OUT: same address
// OUT: done
// OUT: {{^}}exit status 0{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  void *slot[1];
  char *a = malloc(24);
  sbsan_tag ra = sim_ret_tag(a);
  sbsan_tag child = sim_retag(a, 24, ra, SBSAN_RETAG_SHARED_RW);
  slot[0] = a;
  __sbsan_store_ptr(&slot[0], a, child);
  sim_free(a, ra);

  char *b = malloc(24); /* glibc hands the same chunk out again */
  sbsan_tag rb = sim_ret_tag(b);
  if (b == a)
    sim_say("same address");
  slot[0] = b; /* by "uninstrumented" code: the shadow keeps child */
  char *p = slot[0];
  sbsan_tag t = __sbsan_load_ptr(&slot[0], p);
  if (t != child)
    return 3;
  __sbsan_write8(p, t);
  __sbsan_read16(p + 8, t);
  sbsan_tag u = sim_retag(p, 8, t, SBSAN_RETAG_UNIQUE);
  __sbsan_write8(p, u);
  __sbsan_write8(p, rb);
  sim_free(p, t);
  (void)rb;
  sim_say("done");
  return 0;
}
