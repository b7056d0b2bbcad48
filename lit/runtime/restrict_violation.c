// Two restrict parameters that point to the same int, modified through
// one and then accessed through the other, in either order: undefined in
// C (C11 6.7.3.1). Reported as protected-invalidation, naming the
// restrict parameters.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
// CHECK: write access of 4 bytes at 0x
// CHECK: would pop item [Unique <
// CHECK: strongly protected
// CHECK: in store_both
// CHECK: parameter `b` (restrict)
// CHECK: parameter `a` (restrict)
// CHECK: SUMMARY: StackedBorrowsSanitizer: protected-invalidation
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
// CHECK: read access of 4 bytes at 0x
// CHECK: would disable item [Unique <
// CHECK: in read_after_write
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x
// CHECK: write access of 4 bytes at 0x
// CHECK: would pop item [SharedReadOnly <
// CHECK: in write_after_read
// REPORTS-COUNT-3: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: end of main
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

#define ENTER() __sbsan_func_enter(__builtin_frame_address(0))
#define EXIT() __sbsan_func_exit(__builtin_frame_address(0))

static const struct sbsan_retag_site ASite = {"store_both", "parameter `a` (restrict)",
                                             SBSAN_ORIGIN_RESTRICT, 0};
static const struct sbsan_retag_site BSite = {"store_both", "parameter `b` (restrict)",
                                             SBSAN_ORIGIN_RESTRICT, 0};

/* int store_both(int *restrict a, int *restrict b) */
__attribute__((noinline)) static void store_both(int *a, sbsan_tag at, int *b,
                                                 sbsan_tag bt) {
  ENTER();
  sbsan_tag ra = __sbsan_retag_restrict(a, at, &ASite);
  sbsan_tag rb = __sbsan_retag_restrict(b, bt, &BSite);
  __sbsan_write4(a, ra);
  *a = 1;
  __sbsan_write4(b, rb); /* pops a's item */
  *b = 2;
  EXIT();
}

/* void read_after_write(int *restrict a, const int *b): b is not restrict,
 * but reads what a modified. */
__attribute__((noinline)) static void read_after_write(int *a, sbsan_tag at,
                                                       int *b, sbsan_tag bt) {
  ENTER();
  sbsan_tag ra = __sbsan_retag_restrict(a, at, &ASite);
  __sbsan_write4(a, ra);
  *a = 3;
  __sbsan_read4(b, bt);
  EXIT();
}

/* void write_after_read(const int *restrict a, int *b): b modifies what
 * a reads. */
__attribute__((noinline)) static void write_after_read(int *a, sbsan_tag at,
                                                       int *b, sbsan_tag bt) {
  ENTER();
  sbsan_tag ra = __sbsan_retag_restrict(a, at, &ASite);
  __sbsan_read4(a, ra);
  __sbsan_write4(b, bt);
  *b = 4;
  EXIT();
}

int main(void) {
  int x = 0;
  sbsan_tag xt = __sbsan_alloca(&x, sizeof x, 0);
  store_both(&x, xt, &x, xt);
  read_after_write(&x, xt, &x, xt);
  write_after_read(&x, xt, &x, xt);
  __sbsan_dealloca(&x, sizeof x);
  sim_say("end of main");
  return 0;
}
