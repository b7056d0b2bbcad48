//===- protectors.cpp - Which protected tags are live ---------------------===//

#include "protectors.h"

#include "internal_alloc.h"
#include "spin_lock.h"

#include <atomic>

namespace sbsan {

ProtectorMap::ProtectorMap()
    : Slots(static_cast<Slot *>(internalMmap(kSlots * sizeof(Slot)))) {
  if (!Slots)
    internalFatal("cannot map the protector table");
}

ProtectorMap::~ProtectorMap() {
  Overflow.reset();
  RestrictParents.reset();
  internalMunmap(Slots, kSlots * sizeof(Slot));
}

void ProtectorMap::reset() {
  Overflow.reset();
  RestrictParents.reset();
  for (size_t I = 0; I < kSlots; ++I) {
    Slots[I].Value.store(0, std::memory_order_relaxed);
    Slots[I].T.store(0, std::memory_order_relaxed);
  }
  OverflowLive.store(0, std::memory_order_relaxed);
}

uint64_t ProtectorMap::size() const {
  uint64_t N = OverflowLive.load(std::memory_order_relaxed);
  for (size_t I = 0; I < kSlots; ++I)
    N += Slots[I].T.load(std::memory_order_relaxed) != 0;
  return N;
}

ProtectorKind ProtectorMap::protectorOf(Tag T, uint64_t *CallId) const {
  if (!mayBeProtected(T))
    return ProtectorKind::None;
  const Slot &S = slotOf(T);
  uint64_t V = 0;
  if (S.T.load(std::memory_order_acquire) == T) {
    V = S.Value.load(std::memory_order_acquire);
    // The slot may have been released and taken by another tag between
    // the two loads; tags are never reused, so seeing T again means V is
    // T's (0 while T is being added: not protected yet).
    if (S.T.load(std::memory_order_acquire) != T)
      V = 0;
  } else if (!OverflowLive.load(std::memory_order_acquire) ||
             !Overflow.find(T, &V)) {
    return ProtectorKind::None;
  }
  if (!V)
    return ProtectorKind::None;
  if (CallId)
    *CallId = V >> 2;
  return ProtectorKind(V & 3);
}

bool ProtectorMap::restrictParentOf(Tag R, Tag *Parent) const {
  if (!isRestrictTag(R))
    return false;
  uint64_t V;
  if (!RestrictParents.find(R, &V))
    return false;
  if (Parent)
    *Parent = V;
  return true;
}

void ProtectorMap::add(Tag T, ProtectorKind Kind, uint64_t CallId) {
  uint64_t V = (CallId << 2) | uint64_t(Kind);
  Slot &S = slotOf(T);
  // Single-threaded (spin_lock.h), nobody else can take the slot.
  Tag Free = 0;
  bool Claimed =
      LocksElided.load(std::memory_order_relaxed)
          ? S.T.load(std::memory_order_relaxed) == 0 &&
                (S.T.store(T, std::memory_order_relaxed), true)
          : S.T.compare_exchange_strong(Free, T, std::memory_order_acq_rel);
  if (Claimed) {
    S.Value.store(V, std::memory_order_release);
    return;
  }
  OverflowLive.fetch_add(1, std::memory_order_acq_rel);
  Overflow.insert(T, V);
}

void ProtectorMap::addRestrict(Tag R, Tag Parent, uint64_t CallId) {
  // The parent first: a thread that sees R protected also finds its parent
  // (only while both entries are there is R treated as live).
  RestrictParents.insert(R, Parent);
  add(R, ProtectorKind::Strong, CallId);
}

void ProtectorMap::remove(Tag T) {
  Slot &S = slotOf(T);
  if (S.T.load(std::memory_order_relaxed) == T) {
    S.Value.store(0, std::memory_order_release);
    S.T.store(0, std::memory_order_release);
  } else if (Overflow.erase(T)) {
    OverflowLive.fetch_sub(1, std::memory_order_acq_rel);
  }
  if (isRestrictTag(T))
    RestrictParents.erase(T);
}

static std::atomic<uint64_t> NextCallIdBatch{1};
static constexpr uint64_t kCallIdBatch = 256;

void FrameStack::takeCallIds() {
  CallIdNext =
      NextCallIdBatch.fetch_add(kCallIdBatch, std::memory_order_relaxed);
  CallIdEnd = CallIdNext + kCallIdBatch;
}

template <typename T> static void grow(T *&Array, uint32_t &Cap) {
  uint32_t NewCap = Cap ? Cap * 2 : 64;
  T *New = static_cast<T *>(internalRealloc(Array, NewCap * sizeof(T)));
  if (!New)
    internalFatal("out of memory for protector frames");
  Array = New;
  Cap = NewCap;
}

void FrameStack::endTags(uint32_t First, ProtectorMap &Map) {
  for (uint32_t I = First; I < NumTags; ++I)
    Map.remove(Tags[I].T);
  NumTags = First;
}

void FrameStack::prune(uptr Addr, ProtectorMap &Map) {
  while (NumFrames && Frames[NumFrames - 1].Addr < Addr)
    popFrame(Map);
}

void FrameStack::growFrames() { grow(Frames, FrameCap); }

bool FrameStack::addTag(Tag T, ProtectorKind Kind, Tag Parent,
                        ProtectorMap &Map) {
  if (!NumFrames || Kind == ProtectorKind::None)
    return false;
  if (NumTags == TagCap)
    grow(Tags, TagCap);
  Tags[NumTags++] = {T, Parent, Kind};
  if (isRestrictTag(T))
    Map.addRestrict(T, Parent, Frames[NumFrames - 1].CallId);
  else
    Map.add(T, Kind, Frames[NumFrames - 1].CallId);
  return true;
}

bool FrameStack::protect(Tag T, ProtectorKind Kind, ProtectorMap &Map) {
  return addTag(T, Kind, kWildcardTag, Map);
}

bool FrameStack::protectRestrict(Tag R, Tag Parent, ProtectorMap &Map) {
  return addTag(R, ProtectorKind::Strong, Parent, Map);
}

void FrameStack::reregister(ProtectorMap &Map) const {
  for (uint32_t F = 0; F < NumFrames; ++F) {
    uint32_t End = F + 1 < NumFrames ? Frames[F + 1].FirstTag : NumTags;
    for (uint32_t I = Frames[F].FirstTag; I < End; ++I) {
      if (isRestrictTag(Tags[I].T))
        Map.addRestrict(Tags[I].T, Tags[I].Parent, Frames[F].CallId);
      else
        Map.add(Tags[I].T, Tags[I].Kind, Frames[F].CallId);
    }
  }
}

void FrameStack::clear(ProtectorMap &Map) {
  while (NumFrames)
    popFrame(Map);
  internalFree(Frames);
  internalFree(Tags);
  Frames = nullptr;
  Tags = nullptr;
  FrameCap = TagCap = 0;
}

} // namespace sbsan
