// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=1:foo=1 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT --implicit-check-not='main ran' < %t.out
// CHECK: ==
// CHECK: ==ERROR: StackedBorrowsSanitizer: invalid SBSAN_OPTIONS: unknown flag 'foo'
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
