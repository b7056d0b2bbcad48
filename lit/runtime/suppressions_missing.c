// A suppressions file that cannot be read stops the program before main.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=suppressions=%t.dir/does-not-exist.supp %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT --implicit-check-not='main ran' < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid suppressions: cannot open
// CHECK: does-not-exist.supp
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
