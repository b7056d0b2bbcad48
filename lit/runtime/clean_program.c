// A sound program using every entry point and allocation function: it must
// run to the end without any report.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --allow-empty < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK-NOT: ERROR
// OUT: constructor ran
// OUT: clean done
// OUT: {{^}}exit status 0{{$}}
#include "Inputs/sbsan_sim.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int global_arr[4] = {1, 2, 3, 4};
static int ctor_ok;

/* Runs after the runtime's .preinit_array entry, before main. */
__attribute__((constructor)) static void early(void) {
  char *p = malloc(10);
  sbsan_tag t = sim_ret_tag(p);
  __sbsan_write8(p, t);
  sim_free(p, t);
  ctor_ok = t != 0;
}

/* fn take(x: &mut [i32; 4]) with a protector, writes through it. */
__attribute__((noinline)) static void take(int *x, sbsan_tag xt) {
  __sbsan_func_enter(__builtin_frame_address(0));
  sbsan_tag mine = __sbsan_retag(
      x, 16, xt, SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, NULL);
  __sbsan_write16(x, mine);
  x[0] = 7;
  __sbsan_func_exit(__builtin_frame_address(0));
}

int main(void) {
  __sbsan_init(); /* idempotent */
  if (ctor_ok)
    sim_say("constructor ran");

  /* Globals: registering twice keeps stacks in use. */
  __sbsan_register_global(global_arr, sizeof global_arr);
  sbsan_tag g = sim_retag(global_arr, 16, SBSAN_GLOBAL_ROOT_TAG,
                          SBSAN_RETAG_UNIQUE);
  __sbsan_register_global(global_arr, sizeof global_arr);
  __sbsan_write4(&global_arr[1], g);
  __sbsan_read16(global_arr, g);

  /* Heap, shared and raw reborrows. */
  int *p = malloc(40);
  sbsan_tag r = sim_ret_tag(p);
  take(p, r);
  sbsan_tag ro = sim_retag(p, 40, r, SBSAN_RETAG_SHARED_RO);
  __sbsan_read(p, 40, ro);
  __sbsan_read(p, 40, r); /* reads keep SharedReadOnly items */
  __sbsan_read8(p + 2, ro);
  sbsan_tag raw = sim_retag(p, 40, r, SBSAN_RETAG_SHARED_RW);
  __sbsan_write(p, 40, raw);
  __sbsan_write4(p + 9, r);
  __sbsan_write4(p + 9, raw); /* same SharedReadWrite block */
  /* split_at_mut at an odd byte index */
  sbsan_tag left = sim_retag(p, 3, raw, SBSAN_RETAG_UNIQUE);
  sbsan_tag right = sim_retag((char *)p + 3, 37, raw, SBSAN_RETAG_UNIQUE);
  __sbsan_write((char *)p, 3, left);
  __sbsan_write((char *)p + 3, 37, right);
  __sbsan_write1((char *)p + 2, left);
  __sbsan_read2((char *)p + 3, right);
  /* Interior mutability: bytes 4..8 are a Cell. */
  const uint64_t cells[] = {4, 4};
  sbsan_tag mixed =
      __sbsan_retag_shared_mixed(p, 16, r, cells, 1, 0, NULL);
  __sbsan_write4(p + 1, mixed);
  __sbsan_read16(p, mixed);
  /* Zero-sized retag and the wildcard. */
  sim_retag(p, 0, 12345, SBSAN_RETAG_UNIQUE);
  __sbsan_write(p, 40, SBSAN_WILDCARD_TAG);

  /* realloc, growing and shrinking. */
  sim_arg(0, p, r);
  p = realloc(p, 4000);
  r = sim_ret_tag(p);
  __sbsan_write4(p + 999, r);
  sim_arg(0, p, r);
  p = realloc(p, 12);
  r = sim_ret_tag(p);
  __sbsan_write4(p + 2, r);

  /* The other allocation functions. */
  char *c = calloc(3, 5);
  sbsan_tag ct = sim_ret_tag(c);
  __sbsan_read(c, 15, ct);
  void *pm = NULL;
  if (posix_memalign(&pm, 64, 100) != 0)
    return 2;
  sbsan_tag pmt = __sbsan_load_ptr(&pm, pm); /* provenance of the out-param */
  if (!pmt || pmt != sim_ret_tag(pm))
    return 3;
  __sbsan_write(pm, 100, pmt);
  void *al = aligned_alloc(32, 64);
  sbsan_tag alt = sim_ret_tag(al);
  void *ma = memalign(128, 10);
  sbsan_tag mat = sim_ret_tag(ma);
  void *va = valloc(10);
  sbsan_tag vat = sim_ret_tag(va);
  void *pv = pvalloc(10);
  sbsan_tag pvt = sim_ret_tag(pv);
  __sbsan_write(pv, (uint64_t)sysconf(_SC_PAGESIZE), pvt); /* whole page */
  int *ra = reallocarray(NULL, 4, sizeof(int));
  sbsan_tag rat = sim_ret_tag(ra);
  if (malloc_usable_size(ra) < 16)
    return 4;
  sim_free(c, ct);
  sim_free(pm, pmt);
  sim_free(al, alt);
  sim_free(ma, mat);
  sim_free(va, vat);
  sim_free(pv, pvt);
  sim_free(ra, rat);
  sim_free(NULL, 0);

  /* Provenance through memory. */
  int **slot = malloc(sizeof *slot);
  sbsan_tag st = sim_ret_tag(slot);
  __sbsan_write8(slot, st);
  *slot = p;
  __sbsan_store_ptr(slot, p, r);
  if (__sbsan_load_ptr(slot, *slot) != r)
    return 5;
  int **slot2 = malloc(sizeof *slot2);
  sbsan_tag st2 = sim_ret_tag(slot2);
  memcpy(slot2, slot, sizeof *slot);
  __sbsan_copy_provenance(slot2, slot, sizeof *slot);
  if (__sbsan_load_ptr(slot2, *slot2) != r)
    return 6;
  *slot2 = p + 1; /* rewritten behind the runtime's back */
  if (__sbsan_load_ptr(slot2, *slot2) != SBSAN_WILDCARD_TAG)
    return 7;
  __sbsan_clear_provenance(slot, sizeof *slot);
  if (__sbsan_load_ptr(slot, *slot) != SBSAN_WILDCARD_TAG)
    return 8;
  sim_free(slot, st);
  sim_free(slot2, st2);

  /* Stack objects, two of them sharing a granule. */
  struct {
    char a[3];
    char b[5];
  } pair;
  sbsan_tag at = __sbsan_alloca(pair.a, 3, 0);
  sbsan_tag bt = __sbsan_alloca(pair.b, 5, 0);
  __sbsan_write(pair.a, 3, at);
  __sbsan_write(pair.b, 5, bt);
  __sbsan_expose(pair.b, bt);
  __sbsan_dealloca(pair.a, 3);
  __sbsan_dealloca(pair.b, 5);

  /* libc allocating behind our back. */
  char *dup = strdup("hello");
  free(dup);
  FILE *f = fopen("/proc/self/status", "r");
  if (f) {
    char line[256];
    while (fgets(line, sizeof line, f))
      ;
    fclose(f);
  }

  sim_free(p, r);
  sim_say("clean done");
  return 0;
}
