//===- state_table.cpp - Out-of-line borrow stacks, indexed by address ----===//

#include "state_table.h"

#include "internal_alloc.h"

#include <new>

namespace sbsan {

static constexpr uptr kChunkMapBytes =
    StateTable::kSlotsPerChunk * sizeof(GranuleSlot);

bool StateTable::init(uptr B, uptr Limit) {
  Base = roundDownTo(B, kChunkBytes);
  NumChunks = (roundUpTo(Limit, kChunkBytes) - Base) >> kChunkShift;
  // Zero-filled pages are null pointers: no chunk mapped yet.
  Top = static_cast<std::atomic<GranuleSlot *> *>(
      internalMmap(NumChunks * sizeof(*Top)));
  return Top != nullptr;
}

void StateTable::destroy() {
  for (uptr I = 0; I < NumPoolSlabs; ++I)
    internalMunmap(PoolSlabs[I], kPoolSlabBytes);
  if (PoolSlabs)
    internalFree(PoolSlabs);
  PoolSlabs = nullptr;
  NumPoolSlabs = PoolSlabsCap = 0;
  FreeStacks = nullptr;
  Pooled.store(0, std::memory_order_relaxed);
  if (!Top)
    return;
  for (uptr I = 0; I < NumChunks; ++I)
    if (GranuleSlot *Chunk = Top[I].load(std::memory_order_acquire))
      internalMunmap(Chunk, kChunkMapBytes);
  internalMunmap(Top, NumChunks * sizeof(*Top));
  Top = nullptr;
  NumChunks = 0;
  ChunksMapped.store(0, std::memory_order_relaxed);
}

GranuleSlot *StateTable::getOrCreate(uptr Addr) {
  uptr I = (Addr - Base) >> kChunkShift;
  if (I >= NumChunks)
    return nullptr;
  GranuleSlot *Chunk = Top[I].load(std::memory_order_acquire);
  if (!Chunk) {
    // Fresh anonymous pages are zero: every slot starts WordOnly.
    auto *New = static_cast<GranuleSlot *>(internalMmap(kChunkMapBytes));
    if (!New)
      return nullptr;
    if (Top[I].compare_exchange_strong(Chunk, New, std::memory_order_acq_rel)) {
      Chunk = New;
      ChunksMapped.fetch_add(1, std::memory_order_relaxed);
    } else {
      internalMunmap(New, kChunkMapBytes); // another thread won the race
    }
  }
  return &Chunk[slotIndex(Addr)];
}

BorrowStack *StateTable::newStack(BorrowStack &&S) {
  void *Mem;
  {
    SpinLockGuard G(PoolLock);
    if (!FreeStacks) {
      if (NumPoolSlabs == PoolSlabsCap) {
        uptr Cap = PoolSlabsCap ? 2 * PoolSlabsCap : 64;
        auto *New = static_cast<char **>(
            internalRealloc(PoolSlabs, Cap * sizeof(char *)));
        if (!New)
          internalFatal("out of memory for borrow stacks");
        PoolSlabs = New;
        PoolSlabsCap = Cap;
      }
      char *Slab = static_cast<char *>(internalMmap(kPoolSlabBytes));
      if (!Slab)
        internalFatal("out of memory for borrow stacks");
      PoolSlabs[NumPoolSlabs++] = Slab;
      for (uptr Off = kPoolSlabBytes; Off >= kPoolStride; Off -= kPoolStride) {
        auto *F = reinterpret_cast<FreeStack *>(Slab + Off - kPoolStride);
        F->Next = FreeStacks;
        FreeStacks = F;
      }
    }
    Mem = FreeStacks;
    FreeStacks = FreeStacks->Next;
  }
  Pooled.fetch_add(1, std::memory_order_relaxed);
  return new (Mem) BorrowStack(static_cast<BorrowStack &&>(S));
}

void StateTable::freeStack(BorrowStack *S) {
  S->~BorrowStack();
  auto *F = reinterpret_cast<FreeStack *>(S);
  Pooled.fetch_sub(1, std::memory_order_relaxed);
  SpinLockGuard G(PoolLock);
  F->Next = FreeStacks;
  FreeStacks = F;
}

} // namespace sbsan
