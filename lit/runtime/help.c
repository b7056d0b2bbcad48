// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: env SBSAN_OPTIONS=help=1 %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: StackedBorrowsSanitizer flags
// CHECK: halt_on_error (bool, default 1)
// CHECK: suppressions (string, default "")
// OUT: main ran
// OUT: {{^}}exit status 0{{$}}
#include "Inputs/sbsan_sim.h"

int main(void) {
  sim_say("main ran");
  return 0;
}
