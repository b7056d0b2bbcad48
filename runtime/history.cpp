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
  Creations = static_cast<CreationSlot *>(
      internalMmap(NumRecords * sizeof(CreationSlot)));
  Invalidations = static_cast<InvalidationSlot *>(
      internalMmap(NumRecords * sizeof(InvalidationSlot)));
  if (!Creations || !Invalidations ||
      !Depot.init(kDepotLogSlots, kDepotWords)) {
    destroy();
    return false;
  }
  return true;
}

void HistoryTable::destroy() {
  if (Creations)
    internalMunmap(Creations, NumRecords * sizeof(CreationSlot));
  if (Invalidations)
    internalMunmap(Invalidations, NumRecords * sizeof(InvalidationSlot));
  Creations = nullptr;
  Invalidations = nullptr;
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

// Checksums of a slot's fields and its tag (see CreationSlot).
static uint64_t creationCheck(Tag T, Tag Parent, const void *Site,
                              uint64_t Size, uint32_t RetagKind,
                              uint32_t Stack, uint64_t Origin) {
  uint64_t H = mix64(T ^ 0x51ed270b27d4eb4fULL);
  H = mix64(H ^ Parent) + uptr(Site);
  H = mix64(H ^ Size) + (uint64_t(RetagKind) << 32 | Stack);
  return mix64(H ^ Origin);
}

static uint64_t invalidationCheck(Tag T, Tag By, uint32_t Stack, uint8_t How,
                                  uint8_t Access) {
  uint64_t H = mix64(T ^ 0x2545f4914f6cdd1dULL);
  H = mix64(H ^ By) + (uint64_t(Stack) << 16 | uint64_t(How) << 8 | Access);
  return mix64(H);
}

void HistoryTable::recordCreation(Tag T, Tag Parent, TagOrigin Origin,
                                  uint32_t RetagKind, uint64_t Size, uptr Pc,
                                  const sbsan_retag_site *Site) {
  if (!Creations || T == kWildcardTag)
    return;
  unsigned N = Origin == TagOrigin::HeapRoot ? Frames * kRootFramesFactor
                                             : Frames;
  uint32_t Stack = Pc ? captureStack(Pc, N) : 0;
  CreationSlot &S = Creations[indexOf(T)];
  S.Parent = Parent;
  S.Site = Site;
  S.AllocSize = Size;
  S.RetagKind = RetagKind;
  S.CreateStack = Stack;
  S.Origin = uint64_t(Origin);
  S.Check = creationCheck(T, Parent, Site, Size, RetagKind, Stack,
                          uint64_t(Origin));
  S.T.store(T, std::memory_order_release);
}

void HistoryTable::recordInvalidationAt(Tag Victim, Invalidation How,
                                        AccessKind By, Tag ByTag,
                                        uint32_t StackId) {
  if (!Invalidations || Victim == kWildcardTag)
    return;
  // The latest invalidation wins: a tag can die at one location and live on
  // at others, and the one that dies last is usually the one then used.
  InvalidationSlot &S = Invalidations[indexOf(Victim)];
  S.By = ByTag;
  S.Stack = StackId;
  S.How = uint8_t(How);
  S.Access = uint8_t(By);
  S.Check = invalidationCheck(Victim, ByTag, StackId, uint8_t(How),
                              uint8_t(By));
  S.T.store(Victim, std::memory_order_release);
}

void HistoryTable::recordInvalidation(Tag Victim, Invalidation How,
                                      AccessKind By, Tag ByTag, uptr Pc) {
  if (!Invalidations || Victim == kWildcardTag)
    return;
  recordInvalidationAt(Victim, How, By, ByTag, Pc ? captureStack(Pc, Frames) : 0);
}

bool HistoryTable::find(Tag T, TagRecord *Out) {
  if (!Creations || T == kWildcardTag)
    return false;
  uint64_t I = indexOf(T);
  TagRecord R;
  R.T = T;
  const CreationSlot &C = Creations[I];
  if (C.T.load(std::memory_order_acquire) == T) {
    Tag Parent = C.Parent;
    const sbsan_retag_site *Site = C.Site;
    uint64_t Size = C.AllocSize;
    uint32_t Kind = C.RetagKind, Stack = C.CreateStack;
    uint64_t Origin = C.Origin, Check = C.Check;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (C.T.load(std::memory_order_relaxed) == T &&
        Check == creationCheck(T, Parent, Site, Size, Kind, Stack, Origin)) {
      R.Created = true;
      R.Parent = Parent;
      R.Site = Site;
      R.AllocSize = Size;
      R.RetagKind = Kind;
      R.CreateStack = Stack;
      R.Origin = TagOrigin(Origin);
    }
  }
  const InvalidationSlot &V = Invalidations[I];
  if (V.T.load(std::memory_order_acquire) == T) {
    Tag By = V.By;
    uint32_t Stack = V.Stack;
    uint8_t How = V.How, Access = V.Access;
    uint64_t Check = V.Check;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (V.T.load(std::memory_order_relaxed) == T &&
        Check == invalidationCheck(T, By, Stack, How, Access)) {
      R.How = Invalidation(How);
      R.InvalAccess = AccessKind(Access);
      R.InvalBy = By;
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
