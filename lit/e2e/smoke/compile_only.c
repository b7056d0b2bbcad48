// Separate compilation: -c produces an instrumented object without runtime
// link flags, and the link step adds the runtime.
// RUN: %clang_sbsan -O1 -c %s -o %t.o
// RUN: %clang_sbsan -O1 -c %S/Inputs/square.c -o %t.square.o
// RUN: %clang_sbsan %t.o %t.square.o -o %t && %t | FileCheck %s
// CHECK: square(7) = 49
#include <stdio.h>

int square(int);

int main(void) {
  printf("square(7) = %d\n", square(7));
  return 0;
}
