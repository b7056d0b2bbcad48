// A C program with one violation (two aliasing restrict parameters), used by
// the option tests: they look at how its report is printed.
#include <stdio.h>

static int store_both(int *restrict a, int *restrict b) {
  *a = 1;
  *b = 2; // line 7: the reported write
  return *a;
}

int main(void) {
  int x = 0;
  int r = store_both(&x, &x); // line 13
  printf("%d %d\n", r, x);
  return 0;
}
