/* Benchmark: dense matrix kernels on restrict-qualified parameters, the
 * classic C numerical code: c = a * b (i-k-j order), a matrix-vector
 * product and a transpose, on n x n row-major arrays of doubles. The
 * entries are small integers, so every sum is exact and the checksum does
 * not depend on the order of floating-point operations. Work is n^3.
 *
 * bench-n: 1000
 * bench-work: cubic
 */
#include <stdio.h>
#include <stdlib.h>

static void mm(int n, double *restrict c, const double *restrict a,
               const double *restrict b) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++)
      c[(size_t)i * n + j] = 0.0;
    for (int k = 0; k < n; k++) {
      double aik = a[(size_t)i * n + k];
      for (int j = 0; j < n; j++)
        c[(size_t)i * n + j] += aik * b[(size_t)k * n + j];
    }
  }
}

static void mv(int n, double *restrict y, const double *restrict m,
               const double *restrict x) {
  for (int i = 0; i < n; i++) {
    double s = 0.0;
    for (int j = 0; j < n; j++)
      s += m[(size_t)i * n + j] * x[j];
    y[i] = s;
  }
}

static void transpose(int n, double *restrict t, const double *restrict m) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      t[(size_t)j * n + i] = m[(size_t)i * n + j];
}

static double *matrix(int n, int seed) {
  double *m = malloc(sizeof(double) * (size_t)n * n);
  if (!m) {
    perror("malloc");
    exit(2);
  }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      m[(size_t)i * n + j] = (double)((i * 31 + j * 17 + seed) % 11) - 5.0;
  return m;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1000;
  if (n <= 0) {
    fprintf(stderr, "matrix: bad size\n");
    return 2;
  }
  double *a = matrix(n, 1), *b = matrix(n, 2);
  double *c = malloc(sizeof(double) * (size_t)n * n);
  double *t = malloc(sizeof(double) * (size_t)n * n);
  double *x = malloc(sizeof(double) * n), *y = malloc(sizeof(double) * n);
  if (!c || !t || !x || !y) {
    perror("malloc");
    return 2;
  }
  mm(n, c, a, b);
  transpose(n, t, c);
  for (int i = 0; i < n; i++)
    x[i] = (double)(i % 5) - 2.0;
  mv(n, y, t, x);
  double trace = 0, sum = 0, ysum = 0;
  for (int i = 0; i < n; i++) {
    trace += c[(size_t)i * n + i];
    ysum += y[i] * (double)(i % 3);
    for (int j = 0; j < n; j++)
      sum += c[(size_t)i * n + j];
  }
  printf("n %d trace %.0f sum %.0f y %.0f\n", n, trace, sum, ysum);
  free(a);
  free(b);
  free(c);
  free(t);
  free(x);
  free(y);
  return 0;
}
