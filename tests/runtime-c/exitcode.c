/* RUN-ENV: SBSAN_OPTIONS=exitcode=42
 * EXPECT-EXIT: 42
 * EXPECT-STDERR: ERROR: StackedBorrowsSanitizer: invalid-write
 * EXPECT-STDERR: tag <
 * EXPECT-STDERR: only grants SharedReadOnly at 0x
 */
#include "sbsan_sim.h"

int main(void) {
  long *p = malloc(sizeof *p);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag shared = sim_retag(p, sizeof *p, root, SBSAN_RETAG_SHARED_RO);
  __sbsan_read8(p, shared);
  __sbsan_write8(p, shared); /* writing through &T */
  return 0;
}
