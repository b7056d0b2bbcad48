//===- shadow_mapping.cpp - Reserving the shadow images -------------------===//
//
// Reserving every image up front (rather than mapping on demand) lets the
// fast path load a shadow word without asking whether it exists, and makes
// the kernel keep its own mappings out of those ranges. MAP_FIXED_NOREPLACE
// makes a collision with an existing mapping an error instead of silently
// clobbering it.
//
//===----------------------------------------------------------------------===//

#include "shadow_mapping.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

namespace sbsan {

static bool Reserved = false;

static bool reserveImage(uptr Begin, uptr End, const char *What) {
  void *Want = reinterpret_cast<void *>(Begin);
  void *P = mmap(
      Want, End - Begin, PROT_READ | PROT_WRITE,
      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
  if (P == Want)
    return true;
  int Err = P == MAP_FAILED ? errno : EEXIST;
  if (P != MAP_FAILED)
    munmap(P, End - Begin); // an old kernel ignored the NOREPLACE flag
  char Buf[256];
  int N = snprintf(Buf, sizeof(Buf),
                   "==%d==ERROR: StackedBorrowsSanitizer: cannot reserve %s "
                   "memory at [0x%012lx, 0x%012lx): %s\n",
                   int(getpid()), What, (unsigned long)Begin,
                   (unsigned long)End, strerror(Err));
  if (N > 0)
    (void)!write(2, Buf, size_t(N) < sizeof(Buf) ? size_t(N) : sizeof(Buf) - 1);
  return false;
}

bool reserveShadowMemory() {
  if (Reserved)
    return true;
  static const struct {
    uptr Xor;
    const char *Name;
  } Images[] = {{kShadowXor, "shadow"},
                {kProvValueXor, "provenance-value"},
                {kProvTagXor, "provenance-tag"}};
  for (const auto &Image : Images)
    for (const AddressRange &R : kAppRanges)
      // Each range keeps its top bits fixed, so its image is contiguous.
      if (!reserveImage(R.Begin ^ Image.Xor, ((R.End - 1) ^ Image.Xor) + 1,
                        Image.Name))
        return false;
  Reserved = true;
  return true;
}

bool shadowMemoryReserved() { return Reserved; }

} // namespace sbsan
