//===- provenance.cpp - Tags of pointers stored in memory -----------------===//

#include "provenance.h"

#include "internal_libc.h"
#include "runtime.h"
#include "shadow_mapping.h"

namespace sbsan {

// The value check of a slot (sbsan_interface.h), which the pass also inlines.
static inline uint64_t check(uptr Value, Tag T) {
  return Value ^ (T * SBSAN_PROV_CHECK_MUL);
}

static inline bool rangeIsApp(uptr Addr, uptr Size) {
  // The app ranges are far apart, so a range in one has both ends in it.
  return Size && Addr + Size > Addr && isAppMem(Addr) &&
         isAppMem(Addr + Size - 1) && ((Addr ^ (Addr + Size - 1)) >> 44) == 0;
}

void storeProvenance(uptr Slot, uptr Value, Tag T) {
  if ((Slot & 7) || !isAppMem(Slot) || !coreReady())
    return; // a misaligned pointer store fails the value check on load
  __atomic_store_n(provTagSlotFor(Slot), T, __ATOMIC_RELAXED);
  __atomic_store_n(provValueSlotFor(Slot), check(Value, T), __ATOMIC_RELAXED);
}

Tag loadProvenance(uptr Slot, uptr Value) {
  if ((Slot & 7) || !isAppMem(Slot) || !coreReady())
    return kWildcardTag;
  Tag T = __atomic_load_n(provTagSlotFor(Slot), __ATOMIC_RELAXED);
  if (T == kWildcardTag)
    return kWildcardTag;
  uint64_t V = __atomic_load_n(provValueSlotFor(Slot), __ATOMIC_RELAXED);
  return V == check(Value, T) ? T : kWildcardTag;
}

// Most ranges are a variable or a small struct: a few words are cheaper
// to clear here than through a library call.
static constexpr uptr kSmallShadowBytes = 64;

void clearProvenance(uptr Addr, uptr Size) {
  if (!rangeIsApp(Addr, Size) || !coreReady())
    return;
  uptr B = roundDownTo(Addr, 8), E = roundUpTo(Addr + Size, 8);
  if (E - B <= kSmallShadowBytes) {
    // A slot without a tag has no provenance, whatever its check says.
    for (uptr P = B; P < E; P += 8)
      __atomic_store_n(provTagSlotFor(P), kWildcardTag, __ATOMIC_RELAXED);
    return;
  }
  // XOR images of one app range are contiguous, in the same order.
  internalZeroReleasing(provTagSlotFor(B), E - B);
  internalZeroReleasing(provValueSlotFor(B), E - B);
}

void copyProvenance(uptr Dst, uptr Src, uptr Size) {
  if (!rangeIsApp(Dst, Size) || !coreReady())
    return;
  if (!rangeIsApp(Src, Size) || ((Dst ^ Src) & 7)) {
    // Pointers copied from untracked memory, or to a different alignment,
    // are not pointers we can vouch for.
    clearProvenance(Dst, Size);
    return;
  }
  // Whole slots move; a slot only partly overwritten is dropped (the value
  // check would reject it anyway unless the bytes happen to match).
  uptr B = roundUpTo(Dst, 8), E = roundDownTo(Dst + Size, 8);
  if (B > Dst)
    clearProvenance(Dst, 1);
  if (E < Dst + Size)
    clearProvenance(Dst + Size - 1, 1);
  if (B >= E)
    return;
  uptr SrcB = B - Dst + Src;
  if (E - B <= kSmallShadowBytes) {
    // A few slots (an element, a small struct): word by word, in the
    // direction that leaves overlapping ranges right, and a slot whose
    // source has no tag only has its tag cleared (its check is then
    // ignored).
    auto Move = [&](uptr D, uptr S) {
      Tag T = __atomic_load_n(provTagSlotFor(S), __ATOMIC_RELAXED);
      if (T != kWildcardTag)
        __atomic_store_n(provValueSlotFor(D),
                         __atomic_load_n(provValueSlotFor(S), __ATOMIC_RELAXED),
                         __ATOMIC_RELAXED);
      __atomic_store_n(provTagSlotFor(D), T, __ATOMIC_RELAXED);
    };
    if (B <= SrcB)
      for (uptr Off = 0; Off < E - B; Off += 8)
        Move(B + Off, SrcB + Off);
    else
      for (uptr Off = E - B; Off > 0; Off -= 8)
        Move(B + Off - 8, SrcB + Off - 8);
    return;
  }
  internalMemmove(provTagSlotFor(B), provTagSlotFor(SrcB), E - B);
  internalMemmove(provValueSlotFor(B), provValueSlotFor(SrcB), E - B);
}

} // namespace sbsan
