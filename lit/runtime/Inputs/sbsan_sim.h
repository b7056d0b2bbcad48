/*===- sbsan_sim.h - Calling the runtime the way instrumented code does -----===
 *
 * The programs in lit/runtime are plain C and C++ compiled without the
 * pass. These helpers do by hand what the pass emits: read a callee's
 * return tag, pass argument tags, and retag.
 *===-----------------------------------------------------------------------===*/
#ifndef SBSAN_SIM_H
#define SBSAN_SIM_H

#include "sbsan_interface.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Instrumented modules call __sbsan_init from a constructor; this also
 * links the runtime's entry points into every test program. */
__attribute__((constructor)) static void sim_module_init(void) {
  __sbsan_init();
}

/* The tag the last call returned for p (wildcard if the slot is stale). */
static inline sbsan_tag sim_ret_tag(const void *p) {
  return __sbsan_ret_slot.value == (uint64_t)(uintptr_t)p ? __sbsan_ret_slot.tag
                                                         : SBSAN_WILDCARD_TAG;
}

/* Before a call: argument i is p with tag t. */
static inline void sim_arg(int i, const void *p, sbsan_tag t) {
  __sbsan_arg_slots[i].value = (uint64_t)(uintptr_t)p;
  __sbsan_arg_slots[i].tag = t;
}

/* free(p) as instrumented code calls it. */
static inline void sim_free(void *p, sbsan_tag t) {
  sim_arg(0, p, t);
  free(p);
}

static inline sbsan_tag sim_retag(const void *p, uint64_t size, sbsan_tag parent,
                                  uint32_t kind) {
  return __sbsan_retag(p, size, parent, kind, NULL);
}

/* Makes sure output printed before a halting report is visible. */
static inline void sim_say(const char *what) {
  fputs(what, stdout);
  fputc('\n', stdout);
  fflush(stdout);
}

#endif /* SBSAN_SIM_H */
