// Many threads allocating, retagging, calling protected functions and
// freeing at once: a sound program, never reported.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s --allow-empty < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK-NOT: ERROR
// OUT: threads done
// OUT: {{^}}exit status 0{{$}}
#include "Inputs/sbsan_sim.h"

#include <pthread.h>
#include <string.h>

static int shared_counter[64];
static sbsan_tag shared_tag;

__attribute__((noinline)) static void update(int *x, sbsan_tag xt) {
  __sbsan_func_enter(__builtin_frame_address(0));
  sbsan_tag mine = __sbsan_retag(
      x, sizeof *x, xt, SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, NULL);
  __sbsan_read4(x, mine);
  __sbsan_write4(x, mine);
  *x += 1;
  __sbsan_func_exit(__builtin_frame_address(0));
}

static void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 3000; ++i) {
    int *p = malloc(sizeof(int) * (1 + i % 32));
    sbsan_tag root = sim_ret_tag(p);
    memset(p, 0, sizeof(int));
    update(p, root);
    sbsan_tag ro = sim_retag(p, sizeof(int), root, SBSAN_RETAG_SHARED_RO);
    __sbsan_read4(p, ro);
    if (i % 7 == 0) {
      sim_arg(0, p, root);
      p = realloc(p, 256);
      root = sim_ret_tag(p);
      __sbsan_write4(p + 63, root);
    }
    sim_free(p, root);
    /* Each thread owns one int of a shared global. */
    int *mine = &shared_counter[id];
    update(mine, shared_tag);
  }
  return NULL;
}

int main(void) {
  __sbsan_register_global(shared_counter, sizeof shared_counter);
  shared_tag = sim_retag(shared_counter, sizeof shared_counter,
                         SBSAN_GLOBAL_ROOT_TAG, SBSAN_RETAG_SHARED_RW);
  pthread_t th[8];
  for (long i = 0; i < 8; ++i)
    pthread_create(&th[i], NULL, worker, (void *)i);
  for (int i = 0; i < 8; ++i)
    pthread_join(th[i], NULL);
  for (int i = 0; i < 8; ++i)
    if (shared_counter[i] != 3000)
      return 3;
  sim_say("threads done");
  return 0;
}
