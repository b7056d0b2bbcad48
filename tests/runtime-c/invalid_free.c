/* Frees of pointers that are not heap block starts; with halt_on_error=0
 * each is reported, skipped, and the program goes on.
 * RUN-ENV: SBSAN_OPTIONS=halt_on_error=0
 * EXPECT-EXIT: 1
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x
 * EXPECT-STDERR: free of 0x
 * EXPECT-STDERR: which is not the start of a heap block
 * EXPECT-STDERR: borrow stack at 0x
 * EXPECT-STDERR: SUMMARY: StackedBorrowsSanitizer: invalid-free
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x
 * EXPECT-STDERR: is located 0 bytes inside stack variable `local` of 16 bytes
 * EXPECT-STDERR: (bottom first, 1 item):
 * EXPECT-STDERR: 0: [Unique <
 * EXPECT-COUNT-STDERR: 2 ERROR: StackedBorrowsSanitizer
 * EXPECT-STDERR: StackedBorrowsSanitizer: 2 reports; exiting with status 1
 * EXPECT-STDOUT: went on
 */
#include "sbsan_sim.h"

extern void *__libc_malloc(size_t);

int main(void) {
  char *p = malloc(64);
  sbsan_tag t = sim_ret_tag(p);
  sim_free(p + 8, t); /* inside a live block */

  /* The site names the variable in the report's location line. */
  static const struct sbsan_retag_site LocalSite = {
      "main", "variable `local`", SBSAN_ORIGIN_STACK_VAR, 0};
  char local[16];
  sbsan_tag lt = __sbsan_alloca(local, sizeof local, &LocalSite);
  sim_free(local, lt); /* a tracked stack object */
  __sbsan_dealloca(local, sizeof local);

  /* Memory the runtime never saw is not judged: libc gets it. */
  void *foreign = __libc_malloc(24);
  free(foreign);

  sim_free(p, t);
  sim_say("went on");
  return 0;
}
