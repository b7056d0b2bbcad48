//===- allocator.cpp - Heap allocations as Stacked Borrows allocations ----===//

#include "allocator.h"

#include "hash_map.h"
#include "history.h"
#include "internal_libc.h"
#include "provenance.h"
#include "report.h"
#include "runtime.h"
#include "sbsan_interface.h"
#include "spin_lock.h"
#include "tags.h"
#include "threads.h"

#include <string.h>

extern "C" {
void *__libc_malloc(size_t);
void *__libc_realloc(void *, size_t);
void __libc_free(void *);
size_t malloc_usable_size(void *) noexcept;
}

namespace sbsan {

namespace {

// Live blocks: base address -> requested size.
ShardedU64Map HeapBlocks;

// The most recent frees, for telling a double free from a foreign pointer
// and for saying where the block was allocated and freed.
struct FreedBlocks {
  static constexpr unsigned kSize = 4096;
  SpinLock Lock;
  FreedBlockInfo Info[kSize] = {};
  unsigned Next = 0;

  void add(const FreedBlockInfo &I) {
    SpinLockGuard G(Lock);
    Info[Next] = I;
    Next = (Next + 1) % kSize;
  }
  void forget(uptr A) {
    SpinLockGuard G(Lock);
    for (unsigned I = 0; I < kSize; ++I)
      if (Info[I].Addr == A)
        Info[I].Addr = 0;
  }
  // Newest first.
  bool find(uptr A, FreedBlockInfo *Out) {
    SpinLockGuard G(Lock);
    for (unsigned I = 0; I < kSize; ++I) {
      unsigned J = (Next + kSize - 1 - I) % kSize;
      if (Info[J].Addr == A) {
        *Out = Info[J];
        return true;
      }
    }
    return false;
  }
};
FreedBlocks Freed;

uptr trackedLength(uint64_t Size) { return roundUpTo(Size, kGranuleSize); }

void publishReturn(void *P, Tag T) {
  __sbsan_ret_slot.value = reinterpret_cast<uint64_t>(P);
  __sbsan_ret_slot.tag = T;
}

// The tag the instrumented caller passed with P, consumed so that a later
// free of the same pointer by uninstrumented code cannot reuse it.
Tag takeArgTag(void *P) {
  sbsan_tag_slot &Slot = __sbsan_arg_slots[0];
  Tag T = Slot.value == reinterpret_cast<uint64_t>(P) ? Slot.tag : kWildcardTag;
  Slot.value = 0;
  Slot.tag = kWildcardTag;
  return T;
}

Tag trackBlock(void *P, size_t Size, uptr Pc) {
  // Larger than every tag made so far, in any thread: tags.h, and the
  // stale-tag rule of borrow_stack.h.
  Tag Root = newRootTag();
  uptr A = reinterpret_cast<uptr>(P);
  memory().track(A, trackedLength(Size), Root, Permission::SharedReadWrite);
  HeapBlocks.insert(A, Size);
  if (history().enabled())
    history().recordCreation(Root, kWildcardTag, TagOrigin::HeapRoot, 0, Size,
                             Pc, nullptr);
  return Root;
}

// The deallocation check through T; reports a refusal.
void checkDeallocation(uptr A, uint64_t Size, Tag T, const char *Function,
                       uptr Pc, uptr Bp) {
  pruneDeadFrames(Bp);
  MemViolation V;
  // Exactly the block's bytes: the padding up to the granule end is
  // tracked (so whole granules stay fast) but belongs to no reference.
  if (memory().checkDealloc(A, Size, T, &V))
    return;
  OperationInfo Op;
  Op.Op = OpKind::Dealloc;
  Op.Addr = A;
  Op.Size = Size;
  Op.UsedTag = T;
  Op.Function = Function;
  reportViolation(Op, V, Pc, Bp);
}

// Forgets a block that is no longer in HeapBlocks, then frees it.
void releaseBlock(uptr A, uint64_t Size, uptr Pc) {
  FreedBlockInfo Info;
  Info.Addr = A;
  Info.Size = Size;
  Info.FreePc = Pc;
  if (history().enabled()) {
    // For a later double-free report: the block's root (whose history says
    // where it was allocated) and where it is freed.
    Item Bottom;
    bool Truncated = false;
    if (memory().stackAt(A, &Bottom, 1, &Truncated) && !Truncated)
      Info.Root = Bottom.tag();
    Info.FreeStack = history().captureStack(Pc, history().frames());
  }
  memory().untrack(A, trackedLength(Size));
  clearProvenance(A, trackedLength(Size));
  Freed.add(Info);
  __libc_free(reinterpret_cast<void *>(A));
}

// P is not a live block. Reports it if we know it is wrong; returns true
// if P must not reach libc.
bool rejectUnknown(void *P, const char *Function, uptr Pc, uptr Bp) {
  uptr A = reinterpret_cast<uptr>(P);
  FreedBlockInfo Info;
  if (Freed.find(A, &Info)) {
    reportBadFree(BadFreeKind::DoubleFree, A, Function, &Info, Pc, Bp);
    return true;
  }
  if (memory().isTracked(A)) {
    reportBadFree(BadFreeKind::InvalidFree, A, Function, nullptr, Pc, Bp);
    return true;
  }
  return false; // foreign memory: not ours to judge
}

} // namespace

bool heapTrackingEnabled() { return ensureCoreInit() && !inRuntimeScope(); }

void heapNoteUntracked(void *P) {
  if (P)
    Freed.forget(reinterpret_cast<uptr>(P));
}

void *heapTrackNew(void *P, size_t Size, uptr Pc, uint64_t *RootOut) {
  noteThread(); // threads that allocate before any other runtime call
  Tag Root = P ? trackBlock(P, Size, Pc) : kWildcardTag;
  publishReturn(P, Root);
  if (RootOut)
    *RootOut = Root;
  return P;
}

void heapFree(void *P, const char *Function, uptr Pc, uptr Bp) {
  if (!P)
    return;
  if (!heapTrackingEnabled()) {
    __libc_free(P);
    return;
  }
  Tag T = takeArgTag(P);
  uptr A = reinterpret_cast<uptr>(P);
  uint64_t Size;
  if (HeapBlocks.erase(A, &Size)) {
    checkDeallocation(A, Size, T, Function, Pc, Bp);
    releaseBlock(A, Size, Pc);
    return;
  }
  if (!rejectUnknown(P, Function, Pc, Bp))
    __libc_free(P);
}

void *heapReallocate(void *P, size_t Size, uptr Pc, uptr Bp) {
  if (!heapTrackingEnabled()) {
    void *New = __libc_realloc(P, Size);
    heapNoteUntracked(New);
    return New;
  }
  if (!P)
    return heapTrackNew(__libc_malloc(Size), Size, Pc);
  Tag T = takeArgTag(P);
  uptr A = reinterpret_cast<uptr>(P);
  uint64_t OldSize;
  if (!HeapBlocks.find(A, &OldSize)) {
    if (rejectUnknown(P, "realloc", Pc, Bp))
      return nullptr;
    publishReturn(nullptr, kWildcardTag);
    void *New = __libc_realloc(P, Size);
    heapNoteUntracked(New);
    return New;
  }
  if (Size == 0) {
    // glibc: realloc(p, 0) frees p and returns null.
    if (HeapBlocks.erase(A, &OldSize)) {
      checkDeallocation(A, OldSize, T, "realloc", Pc, Bp);
      releaseBlock(A, OldSize, Pc);
    }
    publishReturn(nullptr, kWildcardTag);
    return nullptr;
  }
  // As in Miri, realloc is a new allocation, a copy and a deallocation of
  // the old block through the pointer's tag.
  checkDeallocation(A, OldSize, T, "realloc", Pc, Bp);
  if (Size <= malloc_usable_size(P)) {
    // The block is big enough: the new allocation lives at the same
    // address, with a new root.
    if (!HeapBlocks.erase(A, &OldSize))
      return P; // freed concurrently: the program races with itself
    memory().untrack(A, trackedLength(OldSize));
    if (Size < OldSize)
      clearProvenance(A + Size, OldSize - Size);
    return heapTrackNew(P, Size, Pc);
  }
  void *New = __libc_malloc(Size);
  if (!New) {
    publishReturn(nullptr, kWildcardTag);
    return nullptr; // the old block stays valid, stacks untouched
  }
  internalMemmove(New, P, OldSize);
  copyProvenance(reinterpret_cast<uptr>(New), A, OldSize);
  heapTrackNew(New, Size, Pc);
  if (HeapBlocks.erase(A, &OldSize))
    releaseBlock(A, OldSize, Pc);
  return New;
}

uint64_t liveHeapBlocks() { return HeapBlocks.size(); }

bool heapBlockSize(uptr Base, uint64_t *Size) {
  return HeapBlocks.find(Base, Size);
}

bool heapRecentlyFreed(uptr Addr, FreedBlockInfo *Out) {
  // Any address inside a recently freed block (the list is short).
  SpinLockGuard G(Freed.Lock);
  for (unsigned I = 0; I < FreedBlocks::kSize; ++I) {
    unsigned J = (Freed.Next + FreedBlocks::kSize - 1 - I) % FreedBlocks::kSize;
    const FreedBlockInfo &F = Freed.Info[J];
    if (F.Addr && Addr >= F.Addr && Addr < F.Addr + (F.Size ? F.Size : 1)) {
      *Out = F;
      return true;
    }
  }
  return false;
}

void allocatorLockAll() {
  HeapBlocks.lockAll();
  Freed.Lock.lock();
}

void allocatorUnlockAll() {
  Freed.Lock.unlock();
  HeapBlocks.unlockAll();
}

} // namespace sbsan
