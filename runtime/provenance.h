//===- provenance.h - Tags of pointers stored in memory -------------------===//
//
// A pointer stored by instrumented code keeps its tag in two shadow slots
// (shadow_mapping.h): the tag, and the stored value mixed with the tag. A
// load trusts the tag only if the value it read, mixed with that tag,
// matches: memory rewritten behind our back (uninstrumented code, a racing
// store from another thread that tore the pair) turns into the wildcard,
// never into a wrong tag. (A wrong tag would need two different pointers
// and tags whose mixes coincide in all 64 bits.)
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PROVENANCE_H
#define SBSAN_PROVENANCE_H

#include "borrow_stack.h"
#include "sbsan_common.h"

namespace sbsan {

void storeProvenance(uptr Slot, uptr Value, Tag T);
Tag loadProvenance(uptr Slot, uptr Value);
// Copies the slots of [Src, Src+Size) to [Dst, Dst+Size) (memmove-safe).
void copyProvenance(uptr Dst, uptr Src, uptr Size);
// Forgets every slot overlapping [Addr, Addr+Size).
void clearProvenance(uptr Addr, uptr Size);

} // namespace sbsan

#endif // SBSAN_PROVENANCE_H
