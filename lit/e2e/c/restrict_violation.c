// Two restrict parameters that point to the same int, and the int is modified
// through them: undefined behaviour in C (C11 6.7.3.1), reported as an
// aliasing violation inside the call.
// RUN: %clang_sbsan -O0 %s -o %t0 && not %t0 2>&1 | FileCheck %s
// RUN: %clang_sbsan -O1 %s -o %t1 && not %t1 2>&1 | FileCheck %s
// CHECK: ERROR: StackedBorrowsSanitizer
#include <stdio.h>

static int store_both(int *restrict a, int *restrict b) {
  *a = 1;
  *b = 2;
  return *a;
}

int main(void) {
  int x = 0;
  // CHECK: {{#[0-9]+ .*}}restrict_violation.c:[[@LINE+1]]{{([^0-9]|$)}}
  int r = store_both(&x, &x);
  printf("%d %d\n", r, x);
  return 0;
}
// CHECK: SUMMARY: StackedBorrowsSanitizer: {{.*}}restrict_violation.c:{{[0-9]+}}
