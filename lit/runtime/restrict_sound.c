// Correct uses of restrict parameters, played the way the pass
// instruments them (__sbsan_retag_restrict at entry, accesses through the
// returned tags): none may be reported.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --allow-empty < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK-NOT: StackedBorrowsSanitizer
// OUT: dot 14
// OUT: copied 1 2 3
// OUT: nested 7
// OUT: freed inside
// OUT: used after the call 9
// OUT: no frame
// OUT: {{^}}exit status 0{{$}}
#include "Inputs/sbsan_sim.h"

#define ENTER() __sbsan_func_enter(__builtin_frame_address(0))
#define EXIT() __sbsan_func_exit(__builtin_frame_address(0))

static const struct sbsan_retag_site ASite = {"f", "parameter `a`",
                                             SBSAN_ORIGIN_RESTRICT, 0};
static const struct sbsan_retag_site BSite = {"f", "parameter `b`",
                                             SBSAN_ORIGIN_RESTRICT, 0};

/* int dot(const int *restrict a, const int *restrict b, int n) */
__attribute__((noinline)) static int dot(const int *a, sbsan_tag at,
                                         const int *b, sbsan_tag bt, int n) {
  ENTER();
  sbsan_tag ra = __sbsan_retag_restrict(a, at, &ASite);
  sbsan_tag rb = __sbsan_retag_restrict(b, bt, &BSite);
  int s = 0;
  for (int i = 0; i < n; i++) {
    __sbsan_read4(&a[i], ra);
    __sbsan_read4(&b[i], rb);
    s += a[i] * b[i];
  }
  EXIT();
  return s;
}

/* void copy(int *restrict dst, const int *restrict src, int n): reads dst
 * first (read-then-write through one restrict pointer is fine). */
__attribute__((noinline)) static void copy(int *dst, sbsan_tag dt,
                                           const int *src, sbsan_tag st,
                                           int n) {
  ENTER();
  sbsan_tag rd = __sbsan_retag_restrict(dst, dt, &ASite);
  sbsan_tag rs = __sbsan_retag_restrict(src, st, &BSite);
  for (int i = 0; i < n; i++) {
    __sbsan_read4(&dst[i], rd);
    __sbsan_read4(&src[i], rs);
    __sbsan_write4(&dst[i], rd);
    dst[i] = src[i];
  }
  EXIT();
}

/* void inc(int *restrict c): called with f's restrict pointer. */
__attribute__((noinline)) static void inc(int *c, sbsan_tag ct) {
  ENTER();
  sbsan_tag rc = __sbsan_retag_restrict(c, ct, &BSite);
  __sbsan_read4(c, rc);
  __sbsan_write4(c, rc);
  *c += 1;
  EXIT();
}

__attribute__((noinline)) static int outer(int *a, sbsan_tag at) {
  ENTER();
  sbsan_tag ra = __sbsan_retag_restrict(a, at, &ASite);
  __sbsan_read4(a, ra);
  inc(a, ra);
  __sbsan_write4(a, ra);
  *a += 1;
  __sbsan_read4(a, ra);
  int r = *a;
  EXIT();
  return r;
}

/* void destroy(int *restrict p) { free(p); } */
__attribute__((noinline)) static void destroy(int *p, sbsan_tag pt) {
  ENTER();
  sbsan_tag rp = __sbsan_retag_restrict(p, pt, &ASite);
  __sbsan_write4(p, rp);
  *p = 0;
  sim_free(p, rp);
  EXIT();
}

/* int *id(int *restrict p) { *p = 8; return p; } */
__attribute__((noinline)) static int *id(int *p, sbsan_tag pt,
                                         sbsan_tag *ret) {
  ENTER();
  sbsan_tag rp = __sbsan_retag_restrict(p, pt, &ASite);
  __sbsan_write4(p, rp);
  *p = 8;
  *ret = rp;
  EXIT();
  return p;
}

int main(void) {
  int v[3] = {1, 2, 3};
  sbsan_tag vt = __sbsan_alloca(v, sizeof v, 0);
  printf("dot %d\n", dot(v, vt, v, vt, 3));

  int w[3] = {0, 0, 0};
  sbsan_tag wt = __sbsan_alloca(w, sizeof w, 0);
  copy(w, wt, v, vt, 3);
  printf("copied %d %d %d\n", w[0], w[1], w[2]);

  int x = 5;
  sbsan_tag xt = __sbsan_alloca(&x, sizeof x, 0);
  printf("nested %d\n", outer(&x, xt));

  int *h = malloc(sizeof(int));
  destroy(h, sim_ret_tag(h));
  sim_say("freed inside");

  sbsan_tag rt;
  int *q = id(&x, xt, &rt);
  __sbsan_write4(&x, xt); /* the caller's own pointer: the call is over */
  x = 8;
  __sbsan_write4(q, rt); /* a pointer based on the restrict parameter */
  *q += 1;
  __sbsan_read4(q, rt);
  printf("used after the call %d\n", *q);

  /* Outside any frame there is nothing to restrict: the parent comes back. */
  if (__sbsan_retag_restrict(&x, xt, &ASite) == xt)
    sim_say("no frame");

  __sbsan_dealloca(&x, sizeof x);
  __sbsan_dealloca(w, sizeof w);
  __sbsan_dealloca(v, sizeof v);
  return 0;
}
