// Correct uses of restrict that a checker must accept: restrict pointers that
// alias but are only read (no object is modified, so C11 6.7.3.1 puts no
// constraint on them), restrict pointers into disjoint parts of one array,
// and restrict source/destination in different arrays.
// RUN: %clang_sbsan -O0 %s -o %t0 && %record_exit %t0 > %t0.out 2> %t0.err
// RUN: cat %t0.out %t0.err | FileCheck %s
// RUN: %clang_plain -O0 %s -o %t0.native && %record_exit %t0.native > %t0.native.out
// RUN: diff %t0.native.out %t0.out
// RUN: %clang_sbsan -O1 %s -o %t1 && %record_exit %t1 > %t1.out 2> %t1.err
// RUN: cat %t1.out %t1.err | FileCheck %s
// RUN: %clang_plain -O1 %s -o %t1.native && %record_exit %t1.native > %t1.native.out
// RUN: diff %t1.native.out %t1.out
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: dot=204
// CHECK-NEXT: scaled 3 6 9 12 15 18 21 24
// CHECK-NEXT: halves 5 6 7 8 1 2 3 4
// CHECK-NEXT: copied 5 6 7 8 1 2 3 4
// CHECK-NEXT: sum of max=18
// CHECK: exit status 0
// CHECK-NOT: StackedBorrowsSanitizer
#include <stdio.h>
#include <string.h>

static int dot(const int *restrict a, const int *restrict b, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += a[i] * b[i];
  return s;
}

static void scale_into(int *restrict dst, const int *restrict src, int n, int k) {
  for (int i = 0; i < n; i++)
    dst[i] = src[i] * k;
}

static void swap_halves(int *restrict lo, int *restrict hi, int n) {
  for (int i = 0; i < n; i++) {
    int t = lo[i];
    lo[i] = hi[i];
    hi[i] = t;
  }
}

static int max_of(const int *restrict a, const int *restrict b) {
  return *a > *b ? *a : *b;
}

int main(void) {
  int v[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  int w[8];
  printf("dot=%d\n", dot(v, v, 8));
  scale_into(w, v, 8, 3);
  printf("scaled");
  for (int i = 0; i < 8; i++)
    printf(" %d", w[i]);
  printf("\n");
  swap_halves(v, v + 4, 4);
  printf("halves");
  for (int i = 0; i < 8; i++)
    printf(" %d", v[i]);
  printf("\n");
  int u[8];
  memcpy(u, v, sizeof v);
  printf("copied");
  for (int i = 0; i < 8; i++)
    printf(" %d", u[i]);
  printf("\n");
  printf("sum of max=%d\n", max_of(&v[0], &v[0]) + max_of(&u[3], &u[4]) + max_of(&v[7], &u[7]) + 1);
  return 0;
}
