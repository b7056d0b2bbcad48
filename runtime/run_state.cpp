//===- run_state.cpp - The pool of RunStates ------------------------------===//
//
// A free list over slabs that are never unmapped (run_state.h says why).
// Allocation and release are rare next to operations on runs (one per
// allocation or split), so one lock guards the list.
//
//===----------------------------------------------------------------------===//

#include "run_state.h"

#include "internal_alloc.h"

#include <new>

namespace sbsan {

namespace {
constexpr size_t kSlabBytes = size_t(1) << 20;
constexpr size_t kMaxSlabs = 1 << 16; // 64 GiB of runs at most
SpinLock PoolLock;
RunState *FreeList = nullptr;
char *Slabs[kMaxSlabs];
size_t NumSlabs = 0;
constexpr size_t kStride = (sizeof(RunState) + 63) & ~size_t(63);
std::atomic<uint64_t> Live{0};
} // namespace

static GranuleRange enclosing(GranuleRange R, uptr B, uptr E) {
  return {B < R.Begin ? B : R.Begin, E > R.End ? E : R.End};
}

// The range that encloses the hole list (NumHoles > 0).
static GranuleRange listBounds(const RunState &R) {
  GranuleRange B = R.Holes[0];
  for (unsigned I = 1; I < R.NumHoles; ++I)
    B = enclosing(B, R.Holes[I].Begin, R.Holes[I].End);
  return B;
}

void RunState::addHoles(uptr B, uptr E) {
  ++HoleVersion;
  if (!HolesOverflow && NumHoles && Holes[NumHoles - 1].End == B) {
    Holes[NumHoles - 1].End = E;
    return;
  }
  if (!HolesOverflow && NumHoles && Holes[NumHoles - 1].Begin == E) {
    Holes[NumHoles - 1].Begin = B;
    return;
  }
  if (!HolesOverflow && NumHoles == kMaxHoles) {
    Span = listBounds(*this);
    HolesOverflow = true;
  }
  if (HolesOverflow) {
    Span = Span.Begin == Span.End ? GranuleRange{B, E} : enclosing(Span, B, E);
    return;
  }
  Holes[NumHoles++] = {B, E};
}

GranuleRange RunState::holeBounds() const {
  if (!HolesOverflow && !NumHoles)
    return {Lo, Lo};
  GranuleRange R = HolesOverflow ? Span : listBounds(*this);
  // Holes may reach past bounds that shrank since.
  R.Begin = R.Begin < Lo ? Lo : R.Begin;
  R.End = R.End > Hi ? Hi : R.End;
  return R.Begin < R.End ? R : GranuleRange{Lo, Lo};
}

void RunState::clearHoles() {
  NumHoles = 0;
  HolesOverflow = false;
  Span = {0, 0};
  ++HoleVersion;
}

void RunState::clipHolesToBounds() {
  Span.Begin = Span.Begin < Lo ? Lo : Span.Begin;
  Span.End = Span.End > Hi ? Hi : Span.End;
  if (Span.End < Span.Begin)
    Span.End = Span.Begin;
  unsigned Kept = 0;
  for (unsigned I = 0; I < NumHoles; ++I) {
    GranuleRange H = Holes[I];
    H.Begin = H.Begin < Lo ? Lo : H.Begin;
    H.End = H.End > Hi ? Hi : H.End;
    if (H.Begin < H.End)
      Holes[Kept++] = H;
  }
  NumHoles = Kept;
}

static void refill() {
  char *Slab = NumSlabs < kMaxSlabs
                   ? static_cast<char *>(internalMmap(kSlabBytes))
                   : nullptr;
  if (!Slab)
    internalFatal("out of memory for borrow stacks");
  Slabs[NumSlabs++] = Slab;
  for (size_t Off = 0; Off + kStride <= kSlabBytes; Off += kStride) {
    // Constructed once, for good: the lock word must stay a lock word.
    RunState *R = new (Slab + Off) RunState();
    R->NextFree = FreeList;
    FreeList = R;
  }
}

RunState *allocateRun(const BorrowStack &Init) {
  RunState *R;
  {
    SpinLockGuard G(PoolLock);
    if (!FreeList)
      refill();
    R = FreeList;
    FreeList = R->NextFree;
  }
  // A thread that read a stale word may still hold the lock briefly.
  R->Lock.lock();
  R->Stack = Init;
  R->TopWord.store(0, std::memory_order_relaxed);
  R->WholeTopWord.store(SBSAN_WORD_SLOW, std::memory_order_relaxed);
  R->Lo = R->Hi = 0;
  R->Count = 0;
  R->clearHoles();
  Live.fetch_add(1, std::memory_order_relaxed);
  return R;
}

void freeRun(RunState *R) {
  // Drop any heap array of a long stack now (assignment would keep it as
  // capacity); the object itself stays.
  R->Stack.~BorrowStack();
  new (&R->Stack) BorrowStack(Item());
  SpinLockGuard G(PoolLock);
  R->NextFree = FreeList;
  FreeList = R;
  Live.fetch_sub(1, std::memory_order_relaxed);
}

template <typename Fn> static void forEachRun(Fn &&F) {
  for (size_t I = 0; I < NumSlabs; ++I)
    for (size_t Off = 0; Off + kStride <= kSlabBytes; Off += kStride)
      F(*reinterpret_cast<RunState *>(Slabs[I] + Off));
}

void lockAllRuns() {
  PoolLock.lock();
  forEachRun([](RunState &R) { R.Lock.lock(); });
}

void unlockAllRuns() {
  forEachRun([](RunState &R) { R.Lock.unlock(); });
  PoolLock.unlock();
}

uint64_t liveRuns() { return Live.load(std::memory_order_relaxed); }

} // namespace sbsan
