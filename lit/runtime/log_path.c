// log_path=PATH: the report goes to PATH.<pid>, not to stderr.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=log_path=%t.dir/log %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --allow-empty < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: cat %t.dir/log.* | FileCheck %s --check-prefix=LOG
// CHECK-NOT: ERROR: StackedBorrowsSanitizer
// OUT: {{^}}exit status 1{{$}}
// LOG: ERROR: StackedBorrowsSanitizer: invalid-write
// LOG: SUMMARY: StackedBorrowsSanitizer: invalid-write
#include "Inputs/sbsan_sim.h"

int main(void) {
  short *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag child = sim_retag(p, 8, root, SBSAN_RETAG_UNIQUE);
  __sbsan_read2(p + 1, root); /* disables child */
  __sbsan_write2(p + 1, child);
  return 0;
}
