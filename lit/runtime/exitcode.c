// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=exitcode=42 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// CHECK: tag <
// CHECK: only grants SharedReadOnly at 0x
// OUT: {{^}}exit status 42{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  long *p = malloc(sizeof *p);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag shared = sim_retag(p, sizeof *p, root, SBSAN_RETAG_SHARED_RO);
  __sbsan_read8(p, shared);
  __sbsan_write8(p, shared); /* writing through &T */
  return 0;
}
