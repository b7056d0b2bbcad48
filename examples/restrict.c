/* SBSan on C: `restrict` promises that, during the call, an object modified
 * through one restrict pointer is accessed through no other pointer.
 * Calling `accumulate(buf, buf, 4)` breaks that promise: every element is
 * read through `src` and written through `dst`. The optimizer may vectorize
 * or reorder the loop on the strength of the promise, so the result depends
 * on the optimization level.
 *
 * Run it with:   scripts/sbsan run examples/restrict.c
 */
#include <stdio.h>

static void accumulate(int *restrict dst, const int *restrict src, int n) {
  for (int i = 0; i < n; i++)
    dst[i] += src[i];
}

int main(void) {
  int a[4] = {1, 2, 3, 4};
  int b[4] = {10, 20, 30, 40};
  accumulate(a, b, 4); /* fine: distinct arrays */
  accumulate(a, a, 4); /* BUG: dst and src are the same array */
  printf("%d %d %d %d\n", a[0], a[1], a[2], a[3]);
  return 0;
}
