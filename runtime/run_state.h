//===- run_state.h - One borrow stack shared by a run of granules ---------===//
//
// Stacked Borrows operations over a range cost O(bytes) when every granule
// keeps its own stack, and std's small functions retag whole slices on
// every call (`Index::index`, `deref`, iterator constructors), which makes
// a loop over a slice quadratic. Runs make such operations O(1): granules
// whose bytes all have equal stacks share one RunState, and an operation
// that covers every granule of a run updates the shared stack once.
// (Miri's range map does the same per allocation.)
//
// A granule belongs to run R when its shadow word is `R | 3` (see
// sbsan_interface.h: a word whose low two bits are 3 and that is not 3
// itself points to a top word). The first field of a RunState is that top
// word, in the word-only encoding, so the inline fast path answers
// accesses to run granules with one more load. The second is the top word
// while R has no holes (else 3, which grants nothing), so the inline test
// of a retag without a child over a whole range is two shadow words and
// one load (SBSAN_RUN_WHOLE_TOP_OFFSET). It is brought up to date by
// unlock(): every change to a run's stack, bounds or granules happens
// under its lock (in one thread, before the runtime returns to the
// program); a reader on another thread that sees a stale value is racing
// with that change on the same memory.
//
// Invariants, under Lock:
//  - every granule whose word points to R lies in [Lo, Hi), and Count of
//    them do (so Count == (Hi - Lo) / 8 means the run is contiguous);
//  - every granule in [Lo, Hi) whose word does not point to R lies inside
//    one of the Holes ranges, or, once more holes were made than the list
//    holds (HolesOverflow), inside Span, the range that encloses them all
//    (supersets: a hole range may contain granules of R again). Span keeps
//    an operation that starts past every hole, such as a reborrow of the
//    rest of a buffer that is consumed from its front, from looking at the
//    granules before it;
//  - TopWord is the word of Stack's top item, or of a quiet reader of
//    Stack after a read (borrow_memory.cpp, wordAfterRead).
// A granule's word changes from or to R only with R's Lock held. Lock
// order: a run's lock before a stripe lock (borrow_memory.cpp); never two
// run locks at once, except in coalesce, which holds its new run and only
// tries the others (the new run is published by its first granule, so
// waiting there could deadlock with another coalesce).
//
// RunStates are never returned to the system: the fast path may read the
// top word of a run that another thread is freeing (only in a program that
// races on that memory), and must read memory that is still a RunState.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_RUN_STATE_H
#define SBSAN_RUN_STATE_H

#include "borrow_stack.h"
#include "sbsan_common.h"
#include "spin_lock.h"

#include <atomic>

namespace sbsan {

struct GranuleRange {
  uptr Begin;
  uptr End;
};

struct RunState {
  static constexpr unsigned kMaxHoles = 8;

  std::atomic<uint64_t> TopWord{0}; // must stay the first field
  std::atomic<uint64_t> WholeTopWord{SBSAN_WORD_SLOW}; // and this the second
  SpinLock Lock;
  uint32_t HoleVersion = 0; // bumped whenever a hole is added
  uptr Lo = 0, Hi = 0;      // granule addresses
  uint64_t Count = 0;
  uint32_t NumHoles = 0;
  bool HolesOverflow = false;
  GranuleRange Holes[kMaxHoles];
  GranuleRange Span = {0, 0}; // with HolesOverflow: encloses every hole
  BorrowStack Stack{Item()};
  RunState *NextFree = nullptr; // the pool's list (run_state.cpp)

  bool contiguous() const { return Count == (Hi - Lo) / kGranuleSize; }
  // What WholeTopWord must hold: TopWord while the run has granules and
  // no holes, else SBSAN_WORD_SLOW.
  uint64_t wholeTopWord() const {
    return Count && contiguous() ? TopWord.load(std::memory_order_relaxed)
                                 : SBSAN_WORD_SLOW;
  }
  // Publishes WholeTopWord and releases Lock (the one way to release it).
  void unlock() {
    WholeTopWord.store(wholeTopWord(), std::memory_order_relaxed);
    Lock.unlock();
  }
  // Drops the parts of hole ranges outside [Lo, Hi) (after the bounds
  // shrank).
  void clipHolesToBounds();
  // Records that the granules in [B, E) may no longer point here.
  void addHoles(uptr B, uptr E);
  void addHole(uptr G) { addHoles(G, G + kGranuleSize); }
  // A range inside [Lo, Hi) that encloses every hole there (empty when
  // there is none).
  GranuleRange holeBounds() const;
  // Forgets every hole (the run is contiguous again).
  void clearHoles();
};

// Holds a run's lock for a scope.
class RunLockGuard {
public:
  explicit RunLockGuard(RunState *X) : X(X) { X->Lock.lock(); }
  ~RunLockGuard() { X->unlock(); }
  RunLockGuard(const RunLockGuard &) = delete;
  RunLockGuard &operator=(const RunLockGuard &) = delete;

private:
  RunState *X;
};

// The inline test reads this field at this offset (sbsan_interface.h).
static_assert(__builtin_offsetof(RunState, WholeTopWord) ==
                  SBSAN_RUN_WHOLE_TOP_OFFSET,
              "the pass loads WholeTopWord at SBSAN_RUN_WHOLE_TOP_OFFSET");

// A RunState from the pool, locked, with Stack == Init and no granules.
RunState *allocateRun(const BorrowStack &Init);
// Returns an unlocked run with Count == 0 to the pool.
void freeRun(RunState *R);
// Every run's lock and the pool's (fork: no lock may be held by a thread
// that does not exist in the child). Run locks come before stripe locks.
void lockAllRuns();
void unlockAllRuns();
// Runs allocated and not freed (statistics).
uint64_t liveRuns();

} // namespace sbsan

#endif // SBSAN_RUN_STATE_H
