//===- history.cpp - Where tags were created and invalidated --------------===//

#include "history.h"

#include "fast_unwind.h"
#include "internal_alloc.h"

namespace sbsan {

// Words of trace ring per record. A record's traces are mostly shared
// with other records (TraceRing::putOrReuse): the benchmarks write 0.03 to
// 1.4 words of trace per tag they make, so 8 words per record keep the
// traces of every record alive unless nearly every retag has a trace of
// its own. The ring is touched in full once it wraps: 32 words per record
// cost 16 MiB of memory, more than the rest of the history and most
// programs' own data.
static constexpr unsigned kLogRingWordsPerRecord = 3;

bool HistoryTable::init(unsigned LogEntries, unsigned NumFrames) {
  if (NumFrames < 1)
    NumFrames = 1;
  if (NumFrames * kRootFramesFactor > TraceRing::kMaxFrames)
    NumFrames = TraceRing::kMaxFrames / kRootFramesFactor;
  Frames = NumFrames;
  NumRecords = uint64_t(1) << LogEntries;
  // Zero pages: every slot starts empty (tag 0 is never recorded).
  Creations = static_cast<CreationSlot *>(
      internalMmap(NumRecords * sizeof(CreationSlot)));
  Invalidations = static_cast<InvalidationSlot *>(
      internalMmap(NumRecords * sizeof(InvalidationSlot)));
  if (!Creations || !Invalidations ||
      !Traces.init(LogEntries + kLogRingWordsPerRecord)) {
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
  Traces.destroy();
}

uint64_t HistoryTable::captureStack(uptr Pc, unsigned MaxFrames, uptr Bp) {
  uptr Pcs[TraceRing::kMaxFrames];
  if (MaxFrames > TraceRing::kMaxFrames)
    MaxFrames = TraceRing::kMaxFrames;
  unsigned N = Bp && reinterpret_cast<const uptr *>(Bp)[1] == Pc
                   ? unwindFrom(Pc, Bp, Pcs, MaxFrames)
                   : captureFromEntry(Pc, Pcs, MaxFrames);
  return Traces.putOrReuse(Pcs, N);
}

// Checksums of a slot's fields and its tag (see CreationSlot): any field
// of another record changes them. Independent products keep them cheap.
static uint64_t creationCheck(Tag T, Tag Parent, const void *Site,
                              uint64_t Size, uint64_t Stack, uint32_t RetagKind,
                              uint32_t Origin) {
  return (T * 0x9e3779b97f4a7c15ULL) ^ (Parent * 0xc2b2ae3d27d4eb4fULL) ^
         (uptr(Site) * 0x165667b19e3779f9ULL) ^ (Size * 0xd6e8feb86659fd93ULL) ^
         (Stack * 0xff51afd7ed558ccdULL) ^
         ((uint64_t(RetagKind) << 32 | Origin) * 0x94d049bb133111ebULL);
}

static uint64_t invalidationCheck(Tag T, Tag By, uint64_t StackAndKind) {
  return (T * 0x9e3779b97f4a7c15ULL) ^ (By * 0xc2b2ae3d27d4eb4fULL) ^
         (StackAndKind * 0x165667b19e3779f9ULL) ^ 0x5bd1e995ULL;
}

uint64_t HistoryTable::recordCreation(Tag T, Tag Parent, TagOrigin Origin,
                                      uint32_t RetagKind, uint64_t Size,
                                      uptr Pc, const sbsan_retag_site *Site,
                                      uptr Bp) {
  if (!Creations || T == kWildcardTag)
    return 0;
  unsigned N = Origin == TagOrigin::HeapRoot ? Frames * kRootFramesFactor
               : Origin == TagOrigin::StackRoot && Frames > kStackRootFrames
                   ? kStackRootFrames
                   : Frames;
  uint64_t Stack = Pc ? captureStack(Pc, N, Bp) : 0;
  recordCreationAt(T, Parent, Origin, RetagKind, Size, Stack, Site);
  return Stack;
}

void HistoryTable::recordCreationAt(Tag T, Tag Parent, TagOrigin Origin,
                                    uint32_t RetagKind, uint64_t Size,
                                    uint64_t Stack,
                                    const sbsan_retag_site *Site) {
  if (!Creations || T == kWildcardTag)
    return;
  CreationSlot &S = Creations[indexOf(T)];
  S.Parent = Parent;
  S.Site = Site;
  S.AllocSize = Size;
  S.CreateStack = Stack;
  S.RetagKind = RetagKind;
  S.Origin = uint32_t(Origin);
  S.Check =
      creationCheck(T, Parent, Site, Size, Stack, RetagKind, uint32_t(Origin));
  S.T.store(T, std::memory_order_release);
}

void HistoryTable::recordInvalidationAt(Tag Victim, Invalidation How,
                                        AccessKind By, Tag ByTag,
                                        uint64_t StackId) {
  if (!Invalidations || Victim == kWildcardTag)
    return;
  // The latest invalidation wins: a tag can die at one location and live on
  // at others, and the one that dies last is usually the one then used.
  InvalidationSlot &S = Invalidations[indexOf(Victim)];
  // A tag made 2^history_size or more tags before the one whose
  // invalidation the slot holds does not take the slot from it: the newer
  // tag is the likelier to be reported. (Long stacks pop such old items
  // over and over.)
  if ((S.T.load(std::memory_order_relaxed) >> kTagClassBits) >
      (Victim >> kTagClassBits))
    return;
  uint64_t StackAndKind = StackId | uint64_t(How) << 60 | uint64_t(By) << 58;
  S.By = ByTag;
  S.StackAndKind = StackAndKind;
  S.Check = invalidationCheck(Victim, ByTag, StackAndKind);
  S.T.store(Victim, std::memory_order_release);
}

void HistoryTable::recordInvalidation(Tag Victim, Invalidation How,
                                      AccessKind By, Tag ByTag, uptr Pc) {
  if (!Invalidations || Victim == kWildcardTag)
    return;
  recordInvalidationAt(Victim, How, By, ByTag,
                       Pc ? captureStack(Pc, Frames) : 0);
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
    uint64_t Size = C.AllocSize, Stack = C.CreateStack, Check = C.Check;
    uint32_t Kind = C.RetagKind, Origin = C.Origin;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (C.T.load(std::memory_order_relaxed) == T &&
        Check == creationCheck(T, Parent, Site, Size, Stack, Kind, Origin)) {
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
    uint64_t StackAndKind = V.StackAndKind, Check = V.Check;
    std::atomic_thread_fence(std::memory_order_acquire);
    if (V.T.load(std::memory_order_relaxed) == T &&
        Check == invalidationCheck(T, By, StackAndKind)) {
      R.How = Invalidation((StackAndKind >> 60) & 3);
      R.InvalAccess = AccessKind((StackAndKind >> 58) & 1);
      R.InvalBy = By;
      R.InvalStack = StackAndKind & ((uint64_t(1) << 56) - 1);
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
  Tag &Seen = Recent[(T >> kTagClassBits) % kWindow];
  if (Seen == T)
    return;
  Seen = T;
  if (!Captured) {
    StackId = Pc ? Table.captureStack(Pc, Table.frames(), Bp) : 0;
    Captured = true;
  }
  Table.recordInvalidationAt(
      T, Popped ? Invalidation::Popped : Invalidation::Disabled, By, ByTag,
      StackId);
}

} // namespace sbsan
