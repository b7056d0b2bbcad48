//===- shadow_mapping.h - Where shadow memory lives -----------------------===//
//
// Application memory lives in three ranges (units of 1 TiB):
//   [0x000000000000, 0x010000000000)  non-PIE executables and their heap
//   [0x550000000000, 0x580000000000)  PIE executables and their brk heap
//   [0x700000000000, 0x800000000000)  mmap, shared libraries, stacks
// Each has three images, found by XOR so that the pass can inline the
// shadow-word computation:
//   shadow word       (addr ^ 0x500000000000) & ~7   one word per granule
//   provenance value   addr ^ 0x400000000000          8-byte slots
//   provenance tag     addr ^ 0x100000000000          8-byte slots
// The nine images are disjoint from each other and from the application
// ranges. They are reserved at start-up (NORESERVE, so untouched pages cost
// nothing). Addresses outside the application ranges are never tracked.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_SHADOW_MAPPING_H
#define SBSAN_SHADOW_MAPPING_H

#include "sbsan_common.h"
#include "sbsan_interface.h"

namespace sbsan {

struct AddressRange {
  uptr Begin;
  uptr End; // exclusive
};

constexpr uptr kShadowXor = SBSAN_SHADOW_XOR;
constexpr uptr kProvValueXor = SBSAN_PROV_VALUE_XOR;
constexpr uptr kProvTagXor = SBSAN_PROV_TAG_XOR;
constexpr uptr kAppMemEnd = 0x800000000000ULL;

constexpr unsigned kNumAppRanges = 3;
constexpr AddressRange kAppRanges[kNumAppRanges] = {
    {0x000000000000ULL, 0x010000000000ULL},
    {0x550000000000ULL, 0x580000000000ULL},
    {0x700000000000ULL, 0x800000000000ULL},
};

SBSAN_ALWAYS_INLINE bool isAppMem(uptr A) {
  return A < 0x010000000000ULL || (A - 0x550000000000ULL) < 0x030000000000ULL ||
         (A - 0x700000000000ULL) < 0x100000000000ULL;
}

SBSAN_ALWAYS_INLINE uint64_t *shadowWordFor(uptr A) {
  return reinterpret_cast<uint64_t *>((A ^ kShadowXor) & ~uptr(7));
}
SBSAN_ALWAYS_INLINE uint64_t *provValueSlotFor(uptr A) {
  return reinterpret_cast<uint64_t *>(A ^ kProvValueXor);
}
SBSAN_ALWAYS_INLINE uint64_t *provTagSlotFor(uptr A) {
  return reinterpret_cast<uint64_t *>(A ^ kProvTagXor);
}

// Reserves all images. On failure writes a message to stderr and returns
// false. Idempotent; not thread safe (runs during start-up).
bool reserveShadowMemory();
bool shadowMemoryReserved();

} // namespace sbsan

#endif // SBSAN_SHADOW_MAPPING_H
