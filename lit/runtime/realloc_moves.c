// realloc is a new allocation: stored pointers keep their provenance, the
// old block is gone, and the new block has a fresh root. Tags of the old
// block predate the new root: like pointers whose provenance the runtime
// cannot know (a stored pointer rewritten with the same value by
// uninstrumented code), they are granted without a report. A tag made
// after the new root that was never derived for it is still refused.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-read on address
// CHECK: read access of 8 bytes at
// CHECK: is not in the borrow stack
// CHECK: realloc_moves.c:
// REPORTS-COUNT-1: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: moved
// OUT: provenance moved
// OUT: in place
// OUT: stale tags granted
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

#include <string.h>

int main(void) {
  int target = 5;
  sbsan_tag tt = __sbsan_alloca(&target, sizeof target, 0);

  void **p = malloc(16);
  sbsan_tag r1 = sim_ret_tag(p);
  p[0] = &target;
  __sbsan_store_ptr(&p[0], p[0], tt);

  sim_arg(0, p, r1);
  void **q = realloc(p, 1 << 20); /* too big to grow in place */
  sbsan_tag r2 = sim_ret_tag(q);
  if (q != p && r2 && r2 != r1)
    sim_say("moved");
  if (__sbsan_load_ptr(&q[0], q[0]) == tt)
    sim_say("provenance moved");
  __sbsan_read8(q, r2);  /* fine */
  __sbsan_read8(q, r1);  /* the old root: stale, granted */

  sim_arg(0, q, r2);
  void **s = realloc(q, 64); /* shrinks in place */
  sbsan_tag r3 = sim_ret_tag(s);
  if (s == q && r3 != r2)
    sim_say("in place");
  __sbsan_write8(s, r3); /* fine */
  __sbsan_write8(s, r2); /* the previous root: stale too */
  __sbsan_write8(s, r1);
  sim_say("stale tags granted");
  void *other = malloc(8);
  sbsan_tag ro = sim_ret_tag(other);
  __sbsan_read8(s, ro); /* newer than s's root, never derived for it */
  sim_free(other, ro);
  sim_free(s, r3);
  __sbsan_dealloca(&target, sizeof target);
  return 0;
}
