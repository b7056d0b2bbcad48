//===- borrow_memory.h - Borrow stacks of address ranges ------------------===//
//
// BorrowStack knows the rules for one location; BorrowMemory applies them
// to ranges of memory. It owns the representation:
//
//  - one shadow word per 8-byte granule (see sbsan_interface.h): 0 for an
//    untracked granule, (top_tag << 2) | perm when all 8 bytes share one
//    stack whose top item is that, 3 ("ask the runtime") when the granule
//    has out-of-line state, and RunState* | 3 when the granule belongs to a
//    run of granules that share one stack (run_state.h);
//  - out-of-line state in a StateTable slot, only where the word is not
//    enough: a Uniform BorrowStack shared by the 8 bytes (more than one
//    item, or an exposed/truncated/disabled item), or a Split state with one
//    stack per byte and a mask of the tracked bytes. Bytes of one granule
//    differ when two allocations share it (small stack objects) or after a
//    partial retag (split_at_mut at an odd index). Split granules merge back
//    as soon as all 8 stacks are equal again.
//
// Shadow words are found through a ShadowAccessor, so unit tests can run
// BorrowMemory over a small private arena instead of the process mapping.
//
// Cost: an operation over a range costs O(1) per run it covers completely
// and O(1) per other granule; a run that the range covers only partly is
// split, at a cost proportional to the smaller side (run_state.h).
//
// Fragmented memory. Element-wise work (sorting, a `&mut` per element)
// leaves dead items that differ from granule to granule, so stacks stop
// being equal and every later operation over the whole range is O(n)
// again. With coalescing on (setCoalescing), a range operation that met
// many runs and single granules makes its range one run whose stack
// approximates each of theirs (BorrowStack::mergeApproximation: items not
// common to all are dropped, and the tags of dropped items that could
// grant anything are treated like tags of a truncated stack), and a run
// whose holes overflow its hole list takes them back the same way.
// Precision is lost only for the dropped tags; no report is added
// (docs/design.md section 4).
//
// Thread safety: granules are locked through 4096 striped spin locks, one
// granule at a time in ascending address order (so no lock order cycles),
// and runs through their own locks, taken before a stripe lock, never two
// at once. A range operation is therefore atomic per granule or run, not
// as a whole, which is all the stacks need to stay consistent. Checks
// that the shadow word (or a run's top word) alone answers take no lock.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_BORROW_MEMORY_H
#define SBSAN_BORROW_MEMORY_H

#include "borrow_stack.h"
#include "run_state.h"
#include "sbsan_common.h"
#include "shadow_mapping.h"
#include "spin_lock.h"
#include "state_table.h"

#include <atomic>

namespace sbsan {

// Maps an application address to its shadow word:
//   word(A) = ((A ^ Xor) & ~7) + Add
// and says which addresses are tracked at all.
struct ShadowAccessor {
  uptr Xor = 0;
  uptr Add = 0;
  AddressRange Ranges[kNumAppRanges] = {};
  unsigned NumRanges = 0;

  std::atomic<uint64_t> *word(uptr A) const {
    return reinterpret_cast<std::atomic<uint64_t> *>(((A ^ Xor) & ~uptr(7)) +
                                                     Add);
  }
  // True if one tracked address range holds all of [Begin, End).
  bool oneRangeHolds(uptr Begin, uptr End) const {
    for (unsigned R = 0; R < NumRanges; ++R)
      if (Begin >= Ranges[R].Begin && End <= Ranges[R].End)
        return true;
    return false;
  }

  // The process mapping (shadow_mapping.h).
  static ShadowAccessor global();
  // App addresses [AppBegin, AppEnd) (granule aligned) with their words at
  // Shadow[0 .. (AppEnd - AppBegin) / 8).
  static ShadowAccessor arena(uptr AppBegin, uptr AppEnd, uint64_t *Shadow);
};

// Shadow-word encoding.
constexpr uint64_t kWordUntracked = 0;
constexpr uint64_t kWordSlow = SBSAN_WORD_SLOW;
inline uint64_t wordFor(Item I) {
  return I.perm() == Permission::Disabled
             ? kWordSlow
             : (I.tag() << SBSAN_WORD_PERM_BITS) | uint64_t(I.perm());
}
// The word of a granule whose stack has T as a quiet shared reader
// (BorrowStack::isQuietSharedReader) below its top item: reads through T
// pass the inline check, everything else goes to the runtime
// (docs/design.md section 3).
inline uint64_t quietReadWord(Tag T) {
  return wordFor(Item(T, Permission::SharedReadOnly));
}
inline Item itemOfWord(uint64_t W) {
  return Item(W >> SBSAN_WORD_PERM_BITS, Permission(W & SBSAN_WORD_PERM_MASK));
}
inline bool isRunWord(uint64_t W) {
  return (W & SBSAN_WORD_PERM_MASK) == kWordSlow && W != kWordSlow;
}
inline RunState *runOfWord(uint64_t W) {
  return reinterpret_cast<RunState *>(W & ~SBSAN_WORD_PERM_MASK);
}
inline uint64_t wordOfRun(RunState *R) {
  return reinterpret_cast<uint64_t>(R) | kWordSlow;
}
// The word the fast path compares: a run granule's is its run's top word.
inline uint64_t resolveWord(uint64_t W) {
  return isRunWord(W) ? runOfWord(W)->TopWord.load(std::memory_order_relaxed)
                      : W;
}
// The checks the pass inlines (on resolved words).
inline bool wordWithin(uint64_t W, Tag T, uint64_t Low, uint64_t Bound) {
  return W == 0 || (W ^ (T << SBSAN_WORD_PERM_BITS)) - Low < Bound - Low;
}
// The bound of an access's word test: the permissions that grant it.
inline uint64_t wordBound(AccessKind K) {
  return K == AccessKind::Read ? SBSAN_WORD_READ_BOUND : SBSAN_WORD_WRITE_BOUND;
}
inline bool wordAllows(uint64_t W, Tag T, AccessKind K) {
  return wordWithin(W, T, 0, wordBound(K));
}

struct SplitState; // per-byte stacks of one granule (borrow_memory.cpp)

// A violation at a byte.
struct MemViolation {
  Violation V;
  uptr Addr = 0; // the byte whose stack refused
};

// Coalescing (see above): an operation that met at least
// kCoalesceGranules runs and single granules, at least one per
// kCoalesceSpread granules of its range, makes the range one run (the
// cost, O(range), stays proportional to what the operation itself cost).
constexpr unsigned kCoalesceGranules = 32;
// With coalescing on, a granule leaving a run whose stack is deeper than
// their sum keeps only that many of the lowest and highest items.
constexpr unsigned kDetachedKeepBottom = 4;
constexpr unsigned kDetachedKeepTop = 12;
constexpr unsigned kCoalesceSpread = 64;

class BorrowMemory {
public:
  static constexpr unsigned kStripes = 4096;

  BorrowMemory(const ShadowAccessor &Shadow, const ProtectorOracle &Oracle)
      : Shadow(Shadow), Oracle(Oracle) {}
  BorrowMemory(const BorrowMemory &) = delete;
  BorrowMemory &operator=(const BorrowMemory &) = delete;

  // Maps the state table for the accessor's ranges.
  bool init();
  // Frees all out-of-line state (tests; the process runtime never does).
  void destroy();

  // Each operation returns true if allowed; on false, *Out describes the
  // first refusing byte (operations stop there). Untracked bytes are
  // skipped. The wildcard tag is handed to the stacks like any other tag.
  bool access(uptr Addr, uptr Size, Tag T, AccessKind Kind, MemViolation *Out,
              InvalidationObserver *Obs = nullptr);
  // Starts loading the shadow words and out-of-line states of the first
  // granules of [Addr, Addr + Size) into the cache. A retag calls it before
  // it makes the new tag and its history, so that the misses overlap with
  // that work instead of stalling the walk.
  void prefetch(uptr Addr, uptr Size) const;
  // Derives New from Parent over the range. Zero size touches nothing.
  // With a RawChild, each stack also gets a SharedReadWrite retag of
  // RawChild from New (SBSAN_RETAG_RAW_CHILD; Perm is then Unique).
  bool retag(uptr Addr, uptr Size, Tag Parent, Tag New, Permission Perm,
             MemViolation *Out, InvalidationObserver *Obs = nullptr,
             Tag RawChild = kWildcardTag);
  // A shared retag where the bytes inside the (offset, length) pairs of
  // CellRanges get SharedReadWrite and the others SharedReadOnly.
  bool retagSharedMixed(uptr Addr, uptr Size, Tag Parent, Tag New,
                        const uint64_t *CellRanges, uint64_t NumRanges,
                        MemViolation *Out, InvalidationObserver *Obs = nullptr);
  // The deallocation check (write access, then strong protectors). Leaves
  // the stacks in place for the report; the caller untracks afterwards.
  bool checkDealloc(uptr Addr, uptr Size, Tag T, MemViolation *Out,
                    InvalidationObserver *Obs = nullptr);
  void expose(uptr Addr, uptr Size, Tag T);
  // Whether access would allow Kind through T over the range, without
  // changing anything (it runs on copies) and without reporting.
  bool wouldGrant(uptr Addr, uptr Size, Tag T, AccessKind Kind);
  // True if the range's words alone show that access allows Kind through T
  // and changes nothing: each granule is untracked or has T's item on top
  // with a permission that grants Kind; a run's top word answers for its
  // granules (a run without holes for all of them at once). False means
  // "not known"; it looks at a few words and runs only.
  bool grantedAtTops(uptr Addr, uptr Size, Tag T, AccessKind Kind);
  // True if one run holds every granule of the range but for at most
  // MaxHoleGranules granules in its listed holes: an operation over it is
  // one step and a step per hole granule.
  bool inOneRunWithFewHoles(uptr Addr, uptr Size, uint64_t MaxHoleGranules);
  // The same with the word test spelled out: each granule is untracked or
  // (word ^ (T << SBSAN_WORD_PERM_BITS)) lies in [Low, Bound), which
  // requires T on top with a permission in that range of encodings.
  bool grantedAtTops(uptr Addr, uptr Size, Tag T, uint64_t Low, uint64_t Bound);
  // True if T is a quiet shared reader of every stack of the range: T's
  // item that grants reads is not Unique and no Unique item lies above it,
  // so a read through T changes nothing (untracked granules count; it
  // looks at a few runs and granules, and says false when it cannot
  // tell). The words then let T's reads pass inline (wordAfterRead).
  bool readsQuietly(uptr Addr, uptr Size, Tag T);
  // True if no granule of the nonempty range is tracked: no byte of it has
  // a stack. Stops at the first tracked granule.
  bool untrackedRange(uptr Addr, uptr Size) const;

  // A new allocation: every byte gets the stack [Root(RootPerm)].
  void track(uptr Addr, uptr Size, Tag Root, Permission RootPerm);
  // Same, for the bytes that are untracked now (registration that may be
  // repeated must not reset stacks already in use).
  void trackIfUntracked(uptr Addr, uptr Size, Tag Root, Permission RootPerm);
  void untrack(uptr Addr, uptr Size);

  // Inspection (reports, tests, statistics).
  uint64_t shadowWord(uptr Addr) const;
  bool isTracked(uptr Addr);
  // Copies the byte's stack, bottom first, up to Max items; returns the
  // full size (0 if untracked). The flags are BorrowStack's (may be null).
  uint32_t stackAt(uptr Addr, Item *Out, uint32_t Max, bool *Truncated,
                   bool *RootBlockIncomplete = nullptr);
  // Checks the invariants of the granule holding Addr; on failure sets
  // *Why (static string) and returns false.
  bool verifyGranule(uptr Addr, const char **Why);
  uint64_t outOfLineGranules() const {
    return OutOfLine.load(std::memory_order_relaxed);
  }
  uint64_t peakOutOfLineGranules() const {
    return PeakOutOfLine.load(std::memory_order_relaxed);
  }
  uint64_t pooledStacks() const { return Table.pooledStacks(); }
  uint64_t splitGranules() const {
    return SplitCount.load(std::memory_order_relaxed);
  }
  uint64_t runs() const { return liveRuns(); }
  // Runs made from fragmented granules, and holes taken back approximately.
  uint64_t coalescedRuns() const {
    return CoalescedRuns.load(std::memory_order_relaxed);
  }
  uint64_t absorbedHoles() const {
    return AbsorbedHoles.load(std::memory_order_relaxed);
  }
  // Coalesce ranges where an operation met at least MinPieces runs and
  // single granules (0: never).
  void setCoalescing(unsigned MinPieces) { CoalesceGranules = MinPieces; }
  // How many of the lowest and highest items of a deep run stack a
  // detached granule keeps while coalescing is on (tests use small ones).
  void setDetachedKeep(unsigned Bottom, unsigned Top) {
    DetachedKeepBottom = Bottom;
    DetachedKeepTop = Top;
  }
  uptr tableChunks() const { return Table.mappedChunks(); }
  bool inRanges(uptr Addr) const;

  void lockAll();
  void unlockAll();

private:
  // Shortcuts that avoid running the rules: Access uses the word without
  // the lock; Dealloc (under the lock) grants a word-only granule to its
  // own top tag.
  enum class Fast : uint8_t { None, Access, Dealloc };
  // Fewer whole granules than this are not worth a run: handling them one
  // by one costs about as much, and a RunState (about 256 bytes) would
  // multiply the memory of small heap blocks.
  static constexpr uint64_t kMinRunGranules = 8;
  struct Walk;
  enum class RunVisit : uint8_t { Done, Failed, Detached, Retry };

  SpinLock &lockFor(uptr Granule) {
    return Stripes[(Granule / kGranuleSize) & (kStripes - 1)];
  }

  template <typename Fn> void forEachGranule(uptr Addr, uptr Size, Fn &&F);
  template <typename Op>
  bool walk(Walk &W, Op &F, uptr B, uptr E, RunState *Home, unsigned Depth,
            uptr *Resume);
  template <typename Op>
  RunVisit visitRun(Walk &W, Op &F, uptr G, uint64_t Word, unsigned Depth,
                    uptr *Next);
  template <typename Op>
  bool walkHoles(Walk &W, Op &F, RunState *X, uptr G, unsigned Depth,
                 uptr *Next);
  bool detachGranule(RunState *X, uptr G);
  // detachGranule, then unlocks X and frees it if it has no granules left.
  void detachAndUnlock(RunState *X, uptr G);
  // Locks the run of Word, granule G's word; null (unlocked) if G's word
  // changed meanwhile, and the caller looks again.
  RunState *lockRun(uptr G, uint64_t Word);
  // The run of granule G, locked; null if G belongs to no run.
  RunState *lockedRunOf(uptr G);
  void detachIfRun(uptr G);
  void splitRun(RunState *X, uptr PB, uptr PE);
  void moveOutOfRun(RunState *X, uptr B, uptr E);
  void tryAttach(RunState *X, uptr G);
  bool joinApproximately(RunState *X, uptr G);
  void coalesce(uptr B, uptr E);
  void absorbHoles(RunState *X);
  uint64_t countInRun(RunState *X, uptr B, uptr E);
  void makeRun(uptr FB, uptr FE, Item Root);
  void trackRange(uptr Addr, uptr Size, Item Root, bool OnlyIfUntracked);
  bool isFewWholeGranules(uptr Addr, uptr Size) const;
  bool trackFreshGranules(uptr Addr, uptr Size, Item Root);
  bool untrackFewGranules(uptr Addr, uptr Size);
  void untrackRun(RunState *X, uptr G, uptr FE, uptr *Next);
  template <typename Op>
  bool updateGranule(uptr G, unsigned Lo, unsigned Hi, bool PerByte,
                     bool Scratch, Op &&F, unsigned *FailByte,
                     Fast FastKind = Fast::None, Tag FastTag = kWildcardTag,
                     bool Query = false);
  template <typename Op>
  bool updateRange(uptr Addr, uptr Size, Fast FastKind, AccessKind FastAccess,
                   Tag FastTag, bool Scratch, Op &&F, MemViolation *Out,
                   bool WholeRunOk = false, bool Query = false);

  SplitState *makeSplit(uptr G, std::atomic<uint64_t> *W, GranuleSlot *&Slot);
  void normalizeUniform(std::atomic<uint64_t> *W, GranuleSlot *Slot);
  void normalizeSplit(std::atomic<uint64_t> *W, GranuleSlot *Slot);
  // Gives granule G (whose slot is Slot: null, or neither Uniform nor
  // Split) the stack S, in the smallest form that holds it. S may be
  // moved from.
  void storeUniform(uptr G, std::atomic<uint64_t> *W, GranuleSlot *Slot,
                    BorrowStack &&S);
  void clearSlot(GranuleSlot *Slot);
  void clearWords(uptr B, uptr E);
  // Counts a granule that gets out-of-line state.
  void addOutOfLine();
  void trackGranule(uptr G, unsigned Lo, unsigned Hi, Item Root,
                    bool OnlyIfUntracked);
  void untrackGranule(uptr G, unsigned Lo, unsigned Hi);
  void noteQuietReader(uptr G, Tag T);

  ShadowAccessor Shadow;
  const ProtectorOracle &Oracle;
  StateTable Table;
  SpinLock Stripes[kStripes];
  std::atomic<uint64_t> OutOfLine{0};
  std::atomic<uint64_t> PeakOutOfLine{0};
  std::atomic<uint64_t> SplitCount{0};
  std::atomic<uint64_t> CoalescedRuns{0};
  std::atomic<uint64_t> AbsorbedHoles{0};
  unsigned CoalesceGranules = 0;
  unsigned DetachedKeepBottom = kDetachedKeepBottom;
  unsigned DetachedKeepTop = kDetachedKeepTop;
};

} // namespace sbsan

#endif // SBSAN_BORROW_MEMORY_H
