//===- history.cpp - Where tags were created and invalidated --------------===//

#include "history.h"

#include "fast_unwind.h"
#include "internal_alloc.h"

namespace sbsan {

// Depot sizes: 2^18 index slots (2 MiB) and 2^24 words of frames
// (128 MiB), both reserved, touched only as traces arrive.
static constexpr unsigned kDepotLogSlots = 18;
static constexpr uint64_t kDepotWords = uint64_t(1) << 24;

bool HistoryTable::init(unsigned LogEntries, unsigned NumFrames) {
  if (NumFrames < 1)
    NumFrames = 1;
  if (NumFrames * kRootFramesFactor > StackDepot::kMaxFrames)
    NumFrames = StackDepot::kMaxFrames / kRootFramesFactor;
  Frames = NumFrames;
  NumRecords = uint64_t(1) << LogEntries;
  // Zero pages: every slot starts empty (tag 0 is never recorded).
  Records = static_cast<Slot *>(internalMmap(NumRecords * sizeof(Slot)));
  if (!Records || !Depot.init(kDepotLogSlots, kDepotWords)) {
    destroy();
    return false;
  }
  return true;
}

void HistoryTable::destroy() {
  if (Records)
    internalMunmap(Records, NumRecords * sizeof(Slot));
  Records = nullptr;
  NumRecords = 0;
  Depot.destroy();
}

uint32_t HistoryTable::captureStack(uptr Pc, unsigned MaxFrames) {
  uptr Pcs[StackDepot::kMaxFrames];
  if (MaxFrames > StackDepot::kMaxFrames)
    MaxFrames = StackDepot::kMaxFrames;
  unsigned N = captureFromEntry(Pc, Pcs, MaxFrames);
  return Depot.put(Pcs, N);
}

void HistoryTable::recordCreation(Tag T, Tag Parent, TagOrigin Origin,
                                  uint32_t RetagKind, uint64_t Size, uptr Pc,
                                  const sbsan_retag_site *Site) {
  if (!Records || T == kWildcardTag)
    return;
  unsigned N = Origin == TagOrigin::HeapRoot ? Frames * kRootFramesFactor
                                             : Frames;
  uint32_t Stack = Pc ? captureStack(Pc, N) : 0;
  Slot &S = Records[indexOf(T)];
  S.CreatedTag.store(kWildcardTag, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  S.Parent = Parent;
  S.Site = Site;
  S.AllocSize = Size;
  S.RetagKind = RetagKind;
  S.CreateStack = Stack;
  S.Origin = Origin;
  S.CreatedTag.store(T, std::memory_order_release);
}

void HistoryTable::recordInvalidationAt(Tag Victim, Invalidation How,
                                        AccessKind By, Tag ByTag,
                                        uint32_t StackId) {
  if (!Records || Victim == kWildcardTag)
    return;
  // The latest invalidation wins: a tag can die at one location and live on
  // at others, and the one that dies last is usually the one then used.
  Slot &S = Records[indexOf(Victim)];
  S.InvalidatedTag.store(kWildcardTag, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  S.How = How;
  S.InvalAccess = By;
  S.InvalBy = ByTag;
  S.InvalStack = StackId;
  S.InvalidatedTag.store(Victim, std::memory_order_release);
}

void HistoryTable::recordInvalidation(Tag Victim, Invalidation How,
                                      AccessKind By, Tag ByTag, uptr Pc) {
  if (!Records || Victim == kWildcardTag)
    return;
  recordInvalidationAt(Victim, How, By, ByTag, Pc ? captureStack(Pc, Frames) : 0);
}

bool HistoryTable::find(Tag T, TagRecord *Out) {
  if (!Records || T == kWildcardTag)
    return false;
  const Slot &S = Records[indexOf(T)];
  TagRecord R;
  R.T = T;
  if (S.CreatedTag.load(std::memory_order_acquire) == T) {
    R.Parent = S.Parent;
    R.Site = S.Site;
    R.AllocSize = S.AllocSize;
    R.RetagKind = S.RetagKind;
    R.CreateStack = S.CreateStack;
    R.Origin = S.Origin;
    std::atomic_thread_fence(std::memory_order_acquire);
    R.Created = S.CreatedTag.load(std::memory_order_relaxed) == T;
    if (!R.Created)
      R = TagRecord(), R.T = T; // overwritten while we copied
  }
  if (S.InvalidatedTag.load(std::memory_order_acquire) == T) {
    Invalidation How = S.How;
    AccessKind By = S.InvalAccess;
    Tag ByTag = S.InvalBy;
    uint32_t Stack = S.InvalStack;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (S.InvalidatedTag.load(std::memory_order_relaxed) == T) {
      R.How = How;
      R.InvalAccess = By;
      R.InvalBy = ByTag;
      R.InvalStack = Stack;
    }
  }
  if (!R.Created && R.How == Invalidation::None)
    return false;
  *Out = R;
  return true;
}

void HistoryObserver::invalidated(Item Victim, bool Popped, AccessKind By,
                                  Tag ByTag) {
  Tag T = Victim.tag();
  for (Tag Seen : Recent)
    if (Seen == T)
      return;
  Recent[Next] = T;
  Next = (Next + 1) % kWindow;
  if (!Captured) {
    StackId = Pc ? Table.captureStack(Pc, Table.frames()) : 0;
    Captured = true;
  }
  Table.recordInvalidationAt(T, Popped ? Invalidation::Popped
                                       : Invalidation::Disabled,
                             By, ByTag, StackId);
}

} // namespace sbsan
