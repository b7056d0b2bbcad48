// The C wrapper compiles, instruments and links a trivial program, which then
// runs exactly as it would uninstrumented: output, exit status, no report.
// RUN: %clang_sbsan -O0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %clang_sbsan -O2 %s -o %t2 && %t2 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: hello from C, sum=45
// CHECK-NOT: StackedBorrowsSanitizer
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *xs = malloc(10 * sizeof(int));
  int sum = 0;
  for (int i = 0; i < 10; i++)
    xs[i] = i;
  for (int i = 0; i < 10; i++)
    sum += xs[i];
  free(xs);
  printf("hello from C, sum=%d\n", sum);
  return 0;
}
