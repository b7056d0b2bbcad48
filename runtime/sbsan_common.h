//===- sbsan_common.h - Small shared definitions for the runtime ----------===//
//
// Types and attributes every runtime file uses. The runtime cannot rely on
// the C++ standard library's allocating parts (it replaces malloc), so the
// few helpers it needs live here.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_COMMON_H
#define SBSAN_COMMON_H

#include <cstddef>
#include <cstdint>

#define SBSAN_ALWAYS_INLINE inline __attribute__((always_inline))
#define SBSAN_NOINLINE __attribute__((noinline))
#define SBSAN_LIKELY(X) __builtin_expect(!!(X), 1)
#define SBSAN_UNLIKELY(X) __builtin_expect(!!(X), 0)
#define SBSAN_INTERFACE extern "C" __attribute__((visibility("default")))
#define SBSAN_CURRENT_PC() ((sbsan::uptr)__builtin_return_address(0))
#define SBSAN_CURRENT_BP() ((sbsan::uptr)__builtin_frame_address(0))

namespace sbsan {

using uptr = uintptr_t;

// Shadow memory works on 8-byte granules.
constexpr uptr kGranuleSize = 8;

constexpr uptr roundDownTo(uptr X, uptr Align) { return X & ~(Align - 1); }
constexpr uptr roundUpTo(uptr X, uptr Align) {
  return (X + Align - 1) & ~(Align - 1);
}

// A bijective 64-bit mixer (the splitmix64 finalizer): spreads keys over
// hash tables and makes provenance checks hard to fool by coincidence.
constexpr uint64_t mix64(uint64_t X) {
  X ^= X >> 30;
  X *= 0xbf58476d1ce4e5b9ULL;
  X ^= X >> 27;
  X *= 0x94d049bb133111ebULL;
  X ^= X >> 31;
  return X;
}

} // namespace sbsan

#endif // SBSAN_COMMON_H
