//===- borrow_memory.cpp - Borrow stacks of address ranges ----------------===//
//
// Every operation walks the granules of its range. A granule is handled in
// one of three ways:
//  - its word answers alone (untracked, or an access the top item grants):
//    no lock, nothing changes;
//  - the whole granule is covered and its bytes share a stack: the rule runs
//    once on that stack (a temporary one for a word-only granule, which is
//    stored back only if the result no longer fits in the word);
//  - only some bytes are covered, or the bytes already differ: the granule
//    is split into per-byte stacks, the rule runs per byte, and the granule
//    merges back if all 8 stacks came out equal.
//
//===----------------------------------------------------------------------===//

#include "borrow_memory.h"

#include "counters.h"
#include "internal_alloc.h"
#include "internal_libc.h"

#include <new>
#include <utility>

namespace sbsan {

struct SplitState {
  uint8_t Valid = 0; // bit I: byte I is tracked and Storage[I] is a stack
  alignas(BorrowStack) unsigned char Storage[kGranuleSize][sizeof(BorrowStack)];

  BorrowStack &at(unsigned I) {
    return *reinterpret_cast<BorrowStack *>(Storage[I]);
  }
  bool valid(unsigned I) const { return (Valid >> I) & 1; }
};

static GranuleMode modeOf(const GranuleSlot *Slot) {
  return Slot ? Slot->mode() : GranuleMode::WordOnly;
}

// The stack that all 8 bytes of a granule share (its slot, if any, is not
// Split): the pooled one, or the slot's items or the word's item made into
// Scratch.
static const BorrowStack &sharedStackOf(const GranuleSlot *Slot, uint64_t Word,
                                        BorrowStack &Scratch) {
  switch (modeOf(Slot)) {
  case GranuleMode::Uniform:
    return Slot->uniform();
  case GranuleMode::Small:
    Scratch = Slot->small();
    return Scratch;
  default:
    Scratch = BorrowStack(itemOfWord(Word));
    return Scratch;
  }
}

// A stack that the shadow word describes completely.
static bool fitsInWord(const BorrowStack &S) {
  if (S.size() != 1 || S.truncated() || S.approximated())
    return false;
  Item Top = S.top();
  return !Top.exposed() && Top.perm() != Permission::Disabled &&
         Top.tag() != kWildcardTag;
}

// The word of stack S after a granted read through T: its top item's, or
// T as a quiet reader (docs/design.md section 3) when the top item's word
// does not let T's reads pass and T's item qualifies.
static uint64_t wordAfterRead(const BorrowStack &S, Tag T) {
  uint64_t Top = wordFor(S.top());
  if (wordAllows(Top, T, AccessKind::Read) || !S.isQuietSharedReader(T))
    return Top;
  return quietReadWord(T);
}

// True if Word may stand for stack S: its top item's word, or a quiet
// reader's.
static bool wordDescribes(uint64_t Word, const BorrowStack &S) {
  if (Word == wordFor(S.top()))
    return true;
  Tag T = itemOfWord(Word).tag();
  return Word == quietReadWord(T) && S.isQuietSharedReader(T);
}

static void destroySplit(SplitState *Sp) {
  for (unsigned I = 0; I < kGranuleSize; ++I)
    if (Sp->valid(I))
      Sp->at(I).~BorrowStack();
  internalFree(Sp);
}

ShadowAccessor ShadowAccessor::global() {
  ShadowAccessor A;
  A.Xor = kShadowXor;
  A.Add = 0;
  for (unsigned I = 0; I < kNumAppRanges; ++I)
    A.Ranges[I] = kAppRanges[I];
  A.NumRanges = kNumAppRanges;
  return A;
}

ShadowAccessor ShadowAccessor::arena(uptr AppBegin, uptr AppEnd,
                                     uint64_t *ShadowWords) {
  ShadowAccessor A;
  A.Xor = 0;
  A.Add = reinterpret_cast<uptr>(ShadowWords) - AppBegin;
  A.Ranges[0] = {AppBegin, AppEnd};
  A.NumRanges = 1;
  return A;
}

bool BorrowMemory::init() {
  if (!Shadow.NumRanges)
    return false;
  return Table.init(Shadow.Ranges[0].Begin,
                    Shadow.Ranges[Shadow.NumRanges - 1].End);
}

void BorrowMemory::destroy() {
  // Runs hang off shadow words: walk the words of small (test) ranges.
  for (unsigned R = 0; R < Shadow.NumRanges; ++R) {
    AddressRange Rg = Shadow.Ranges[R];
    if (Rg.End - Rg.Begin > (uptr(1) << 26))
      continue;
    for (uptr G = Rg.Begin; G < Rg.End; G += kGranuleSize) {
      std::atomic<uint64_t> *W = Shadow.word(G);
      uint64_t Word = W->load(std::memory_order_relaxed);
      if (!isRunWord(Word))
        continue;
      RunState *X = runOfWord(Word);
      W->store(kWordUntracked, std::memory_order_relaxed);
      if (--X->Count == 0)
        freeRun(X);
    }
  }
  Table.forEachSlot([&](uptr, GranuleSlot &Slot) {
    if (Slot.mode() != GranuleMode::WordOnly)
      clearSlot(&Slot);
  });
  Table.destroy();
}

bool BorrowMemory::inRanges(uptr Addr) const {
  for (unsigned I = 0; I < Shadow.NumRanges; ++I)
    if (Addr >= Shadow.Ranges[I].Begin && Addr < Shadow.Ranges[I].End)
      return true;
  return false;
}

// Calls F(B, E) for the parts of [Addr, Addr + Size) inside each tracked
// address range, until F returns false; returns false if one did.
template <typename Fn>
static bool forEachAppPart(const ShadowAccessor &Shadow, uptr Addr, uptr Size,
                           Fn &&F) {
  uptr End = Addr + Size;
  if (End < Addr)
    End = ~uptr(0);
  // Nearly every operation lies inside one range.
  if (Shadow.oneRangeHolds(Addr, End))
    return Addr == End || F(Addr, End);
  for (unsigned R = 0; R < Shadow.NumRanges; ++R) {
    uptr B = Addr > Shadow.Ranges[R].Begin ? Addr : Shadow.Ranges[R].Begin;
    uptr E = End < Shadow.Ranges[R].End ? End : Shadow.Ranges[R].End;
    if (B < E && !F(B, E))
      return false;
  }
  return true;
}

// Calls F(Granule, Lo, Hi) for the tracked-range part [Lo, Hi) of every
// granule the range touches, in ascending order, until F returns false.
template <typename Fn>
void BorrowMemory::forEachGranule(uptr Addr, uptr Size, Fn &&F) {
  forEachAppPart(Shadow, Addr, Size, [&](uptr B, uptr E) {
    for (uptr G = roundDownTo(B, kGranuleSize); G < E; G += kGranuleSize) {
      unsigned Lo = B > G ? unsigned(B - G) : 0;
      unsigned Hi = E - G < kGranuleSize ? unsigned(E - G) : kGranuleSize;
      if (!F(G, Lo, Hi))
        return false;
    }
    return true;
  });
}

void BorrowMemory::clearSlot(GranuleSlot *Slot) {
  switch (Slot->mode()) {
  case GranuleMode::WordOnly:
    return;
  case GranuleMode::Small:
    break;
  case GranuleMode::Uniform:
    Table.freeStack(&Slot->uniform());
    break;
  case GranuleMode::Split:
    destroySplit(Slot->split());
    SplitCount.fetch_sub(1, std::memory_order_relaxed);
    break;
  }
  Slot->clear();
  OutOfLine.fetch_sub(1, std::memory_order_relaxed);
}

void BorrowMemory::addOutOfLine() {
  uint64_t Now = OutOfLine.fetch_add(1, std::memory_order_relaxed) + 1;
  if (Now > PeakOutOfLine.load(std::memory_order_relaxed))
    PeakOutOfLine.store(Now, std::memory_order_relaxed);
}

void BorrowMemory::normalizeUniform(std::atomic<uint64_t> *W,
                                    GranuleSlot *Slot) {
  BorrowStack &S = Slot->uniform();
  W->store(wordFor(S.top()), std::memory_order_relaxed);
  if (fitsInWord(S))
    clearSlot(Slot);
}

void BorrowMemory::storeUniform(uptr G, std::atomic<uint64_t> *W,
                                GranuleSlot *Slot, BorrowStack &&S) {
  GranuleMode M = modeOf(Slot);
  uint64_t Word = wordFor(S.top()); // before S is moved from
  if (fitsInWord(S)) {
    if (M != GranuleMode::WordOnly)
      clearSlot(Slot);
  } else {
    if (!Slot && !(Slot = Table.getOrCreate(G)))
      internalFatal("out of memory for borrow stacks");
    if (M == GranuleMode::WordOnly)
      addOutOfLine();
    if (GranuleSlot::fitsSmall(S))
      Slot->setSmall(S);
    else
      Slot->setUniform(Table.newStack(std::move(S)));
  }
  W->store(Word, std::memory_order_relaxed);
}

SplitState *BorrowMemory::makeSplit(uptr G, std::atomic<uint64_t> *W,
                                    GranuleSlot *&Slot) {
  GranuleMode M = modeOf(Slot);
  if (M == GranuleMode::Split)
    return Slot->split();
  void *Mem = internalAlloc(sizeof(SplitState));
  if (!Mem)
    internalFatal("out of memory for borrow stacks");
  SplitState *Sp = new (Mem) SplitState();
  if (M == GranuleMode::Uniform || M == GranuleMode::Small) {
    BorrowStack Scratch(Item{});
    const BorrowStack &S =
        sharedStackOf(Slot, W->load(std::memory_order_relaxed), Scratch);
    for (unsigned I = 0; I < kGranuleSize; ++I)
      new (Sp->Storage[I]) BorrowStack(S);
    Sp->Valid = 0xff;
    if (M == GranuleMode::Uniform)
      Table.freeStack(&Slot->uniform());
  } else {
    uint64_t Word = W->load(std::memory_order_relaxed);
    if (Word != kWordUntracked) {
      for (unsigned I = 0; I < kGranuleSize; ++I)
        new (Sp->Storage[I]) BorrowStack(itemOfWord(Word));
      Sp->Valid = 0xff;
    }
    if (!Slot && !(Slot = Table.getOrCreate(G)))
      internalFatal("out of memory for borrow stacks");
    addOutOfLine();
  }
  Slot->setSplit(Sp);
  SplitCount.fetch_add(1, std::memory_order_relaxed);
  W->store(kWordSlow, std::memory_order_relaxed);
  return Sp;
}

void BorrowMemory::normalizeSplit(std::atomic<uint64_t> *W, GranuleSlot *Slot) {
  SplitState *Sp = Slot->split();
  if (Sp->Valid == 0) {
    clearSlot(Slot);
    W->store(kWordUntracked, std::memory_order_relaxed);
    return;
  }
  if (Sp->Valid == 0xff) {
    // Cheap differences first: comparing whole long stacks byte by byte
    // on every operation of a split granule would dominate its cost.
    for (unsigned I = 1; I < kGranuleSize; ++I)
      if (Sp->at(I).size() != Sp->at(0).size() ||
          Sp->at(I).top() != Sp->at(0).top()) {
        W->store(kWordSlow, std::memory_order_relaxed);
        return;
      }
    for (unsigned I = 1; I < kGranuleSize; ++I)
      if (Sp->at(I) != Sp->at(0)) {
        W->store(kWordSlow, std::memory_order_relaxed);
        return;
      }
    // All bytes agree again: merge into one stack.
    BorrowStack Merged(Sp->at(0));
    clearSlot(Slot);
    storeUniform(0, W, Slot, std::move(Merged));
    return;
  }
  W->store(kWordSlow, std::memory_order_relaxed);
}

// A scratch operation runs on a copy of S, unless it only reads (Query).
template <typename Op>
static bool onScratch(BorrowStack &S, bool Query, Op &F, unsigned Lo) {
  if (Query)
    return F(S, Lo);
  BorrowStack Copy(S);
  return F(Copy, Lo);
}

// Runs F(stack, byte) on the stacks of the tracked bytes [Lo, Hi) of
// granule G, with G's lock held. PerByte forces per-byte stacks (the bytes
// are about to differ). Scratch runs F on copies, or with Query (F only
// reads) on the stacks themselves, and changes nothing (the deallocation
// check, wouldGrant). Returns false at the first refusal, with its byte.
template <typename Op>
bool BorrowMemory::updateGranule(uptr G, unsigned Lo, unsigned Hi, bool PerByte,
                                 bool Scratch, Op &&F, unsigned *FailByte,
                                 Fast FastKind, Tag FastTag, bool Query) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = modeOf(Slot);
  bool Whole = Lo == 0 && Hi == kGranuleSize && !PerByte;

  if (M == GranuleMode::WordOnly || M == GranuleMode::Small) {
    if (M == GranuleMode::WordOnly) {
      if (Word == kWordUntracked)
        return true;
      // A word-only stack is one unprotected root item: deallocating
      // through it (or the wildcard) is allowed and changes nothing that
      // matters.
      Item Only = itemOfWord(Word);
      if (FastKind == Fast::Dealloc && Only.tag() == FastTag &&
          !mayBeProtected(Only.tag()))
        return true;
    }
    if (Whole || Scratch) {
      // The operation runs on a stack made from the word or the slot and
      // is stored back in whichever form fits it.
      BorrowStack Tmp = M == GranuleMode::Small ? Slot->small()
                                                : BorrowStack(itemOfWord(Word));
      bool Ok = F(Tmp, Lo);
      if (!Ok)
        *FailByte = Lo;
      if (!Scratch)
        storeUniform(G, W, Slot, std::move(Tmp));
      return Ok;
    }
  } else if (M == GranuleMode::Uniform && (Whole || Scratch)) {
    bool Ok;
    if (Scratch) {
      Ok = onScratch(Slot->uniform(), Query, F, Lo);
    } else {
      Ok = F(Slot->uniform(), 0);
      normalizeUniform(W, Slot);
    }
    if (!Ok)
      *FailByte = Lo;
    return Ok;
  } else if (M == GranuleMode::Split && Scratch) {
    SplitState *Sp = Slot->split();
    for (unsigned B = Lo; B < Hi; ++B) {
      if (!Sp->valid(B))
        continue;
      if (!onScratch(Sp->at(B), Query, F, B)) {
        *FailByte = B;
        return false;
      }
    }
    return true;
  }

  SplitState *Sp = makeSplit(G, W, Slot);
  bool Ok = true;
  for (unsigned B = Lo; B < Hi; ++B) {
    if (!Sp->valid(B))
      continue;
    if (!F(Sp->at(B), B)) {
      *FailByte = B;
      Ok = false;
      break;
    }
  }
  normalizeSplit(W, Slot);
  return Ok;
}

// The state of one range operation while it walks its granules.
struct BorrowMemory::Walk {
  static constexpr unsigned kMaxApplied = 16;
  static constexpr unsigned kMaxDepth = 4;

  uptr OpBegin, OpEnd;     // the operation's bytes inside one app range
  uptr FullBegin, FullEnd; // the granules it covers completely
  Fast FastKind;
  AccessKind FastAccess;
  Tag FastTag;
  bool Scratch;
  // With Scratch: F only reads the stack, so it runs on the real ones.
  bool Query = false;
  // Operations that only add bookkeeping (expose) may run on a whole run
  // that the range covers only partly, rather than splitting it.
  bool WholeRunOk = false;
  uptr FailAddr = 0;
  // Runs and single granules the operation was applied to.
  unsigned Pieces = 0;
  // Runs this operation has already run on: their other granules are
  // skipped. A run that does not fit here is split up instead.
  RunState *Applied[kMaxApplied];
  unsigned NumApplied = 0;

  bool applied(const RunState *X) const {
    for (unsigned I = 0; I < NumApplied; ++I)
      if (Applied[I] == X)
        return true;
    return false;
  }
  void noteApplied(RunState *X) {
    if (NumApplied < kMaxApplied && !applied(X))
      Applied[NumApplied++] = X;
  }
  bool covers(uptr G) const { return G >= FullBegin && G < FullEnd; }
  // A read access (not a query): after it, the word may name a quiet
  // reader.
  bool reads() const {
    return FastKind == Fast::Access && FastAccess == AccessKind::Read &&
           !Scratch;
  }
};

// Moves the granules of X in [B, E) out of X: into a new run if there are
// enough of them, else each into its own state. X is locked.
void BorrowMemory::moveOutOfRun(RunState *X, uptr B, uptr E) {
  uint64_t N = countInRun(X, B, E);
  if (!N)
    return;
  if (N < kMinRunGranules) {
    for (uptr G = B; G < E; G += kGranuleSize)
      if (Shadow.word(G)->load(std::memory_order_relaxed) == wordOfRun(X))
        detachGranule(X, G);
    return;
  }
  RunState *Y = allocateRun(X->Stack);
  Y->TopWord.store(X->TopWord.load(std::memory_order_relaxed),
                   std::memory_order_relaxed);
  uptr Lo = E, Hi = B;
  for (uptr G = B; G < E; G += kGranuleSize) {
    std::atomic<uint64_t> *W = Shadow.word(G);
    if (W->load(std::memory_order_relaxed) != wordOfRun(X)) {
      Y->addHole(G);
      continue;
    }
    W->store(wordOfRun(Y), std::memory_order_relaxed);
    Lo = G < Lo ? G : Lo;
    Hi = G + kGranuleSize;
  }
  // Holes recorded before Lo or from Hi on lie outside Y.
  Y->Lo = Lo;
  Y->Hi = Hi;
  Y->clipHolesToBounds();
  Y->Count = N;
  X->Count -= N;
  Y->unlock();
  if (B <= X->Lo)
    X->Lo = E > X->Lo ? E : X->Lo;
  else if (E >= X->Hi)
    X->Hi = B < X->Hi ? B : X->Hi;
  else
    X->addHoles(B, E);
}

uint64_t BorrowMemory::countInRun(RunState *X, uptr B, uptr E) {
  B = B < X->Lo ? X->Lo : B;
  E = E > X->Hi ? X->Hi : E;
  if (B >= E)
    return 0;
  if (X->contiguous())
    return (E - B) / kGranuleSize;
  uint64_t N = 0;
  for (uptr G = B; G < E; G += kGranuleSize)
    N += Shadow.word(G)->load(std::memory_order_relaxed) == wordOfRun(X);
  return N;
}

// Leaves in X only its granules inside [PB, PE), moving whichever side has
// fewer granules. X is locked; X keeps at least one granule.
void BorrowMemory::splitRun(RunState *X, uptr PB, uptr PE) {
  uint64_t Inside = countInRun(X, PB, PE);
  if (Inside <= X->Count - Inside) {
    moveOutOfRun(X, PB, PE);
    return;
  }
  moveOutOfRun(X, X->Lo, PB);
  moveOutOfRun(X, PE, X->Hi);
  X->Lo = PB > X->Lo ? PB : X->Lo;
  X->Hi = PE < X->Hi ? PE : X->Hi;
  X->clipHolesToBounds();
}

// Gives granule G of run X (locked) its own copy of the run's stack.
// Returns true if X has no granules left (the caller frees it after
// unlocking). With coalescing on, a deep stack is copied approximately
// (its oldest and newest items, section "Fragmented memory" above): every
// granule that element-wise work detaches would otherwise own a copy of
// all the items that whole-range work piled up on the run.
bool BorrowMemory::detachGranule(RunState *X, uptr G) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  {
    SpinLockGuard L(lockFor(G));
    if (CoalesceGranules &&
        X->Stack.size() > DetachedKeepBottom + DetachedKeepTop)
      storeUniform(G, W, Table.find(G),
                   BorrowStack(X->Stack, DetachedKeepBottom, DetachedKeepTop));
    else
      storeUniform(G, W, Table.find(G), BorrowStack(X->Stack));
  }
  --X->Count;
  X->addHole(G);
  return X->Count == 0;
}

void BorrowMemory::detachAndUnlock(RunState *X, uptr G) {
  bool Empty = detachGranule(X, G);
  X->unlock();
  if (Empty)
    freeRun(X);
}

RunState *BorrowMemory::lockRun(uptr G, uint64_t Word) {
  RunState *X = runOfWord(Word);
  X->Lock.lock();
  if (Shadow.word(G)->load(std::memory_order_relaxed) == Word)
    return X;
  X->unlock();
  return nullptr;
}

RunState *BorrowMemory::lockedRunOf(uptr G) {
  for (;;) {
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (!isRunWord(Word))
      return nullptr;
    if (RunState *X = lockRun(G, Word))
      return X;
  }
}

void BorrowMemory::detachIfRun(uptr G) {
  if (RunState *X = lockedRunOf(G))
    detachAndUnlock(X, G);
}

// Joins granule G (one of X's holes, just updated by the same operation
// as X) back to X when its stack came out equal to X's.
void BorrowMemory::tryAttach(RunState *X, uptr G) {
  RunLockGuard RL(X);
  if (G < X->Lo || G >= X->Hi)
    return;
  SpinLockGuard L(lockFor(G));
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  if (Word == kWordUntracked || isRunWord(Word))
    return;
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = modeOf(Slot);
  if (M == GranuleMode::Split)
    return;
  BorrowStack Scratch(Item{});
  if (sharedStackOf(Slot, Word, Scratch) != X->Stack)
    return;
  if (Slot)
    clearSlot(Slot);
  W->store(wordOfRun(X), std::memory_order_relaxed);
  ++X->Count;
}

// Run X (locked) takes in stack S: X's stack becomes S if X has no
// granules yet, else an approximation of both. False, with X unchanged, if
// S belongs to another allocation.
static bool takeIn(RunState *X, const BorrowStack &S) {
  if (X->Count == 0)
    X->Stack = S;
  else if (!X->Stack.mergeApproximation(S))
    return false;
  // Before any granule's word points to X: the fast path reads this word.
  // Widening X's stack only grants more, never less.
  X->TopWord.store(wordFor(X->Stack.top()), std::memory_order_relaxed);
  return true;
}

// Granule G (locked, with its own stack) joins run X (locked), whose stack
// becomes an approximation of both. False if it cannot (another
// allocation, bytes of the granule untracked).
bool BorrowMemory::joinApproximately(RunState *X, uptr G) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  if (Word == kWordUntracked || isRunWord(Word))
    return false;
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = modeOf(Slot);
  bool Ok;
  if (M == GranuleMode::Split) {
    // Per-byte stacks (sub-slices at odd offsets): all 8 bytes must be
    // tracked; their stacks are merged first, so that X stays as it was
    // if they belong to two allocations.
    SplitState *Sp = Slot->split();
    if (Sp->Valid != 0xff)
      return false;
    BorrowStack Bytes(Sp->at(0));
    for (unsigned B = 1; B < kGranuleSize; ++B)
      if (!Bytes.mergeApproximation(Sp->at(B)))
        return false;
    Ok = takeIn(X, Bytes);
  } else {
    BorrowStack Scratch(Item{});
    Ok = takeIn(X, sharedStackOf(Slot, Word, Scratch));
  }
  if (!Ok)
    return false;
  if (Slot)
    clearSlot(Slot);
  W->store(wordOfRun(X), std::memory_order_relaxed);
  ++X->Count;
  return true;
}

// Makes the granules of [B, E) one new run (as far as they can join it,
// from B on), whose stack approximates each of theirs. Called after an
// operation over the range met many runs and single granules.
void BorrowMemory::coalesce(uptr B, uptr E) {
  RunState *X = allocateRun(BorrowStack(Item()));
  uptr G = B;
  while (G < E) {
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (!isRunWord(Word)) {
      SpinLockGuard L(lockFor(G));
      if (isRunWord(Shadow.word(G)->load(std::memory_order_relaxed)))
        continue; // joined a run meanwhile: look again
      if (!joinApproximately(X, G))
        break;
      G += kGranuleSize;
      continue;
    }
    // Another run: its granules from G on move to X. X is published as
    // soon as a granule's word points to it, and another coalesce may
    // then hold Y and wait for X: Y's lock is only tried, and coalescing
    // stops where it is busy (run_state.h).
    RunState *Y = runOfWord(Word);
    if (Y == X || !Y->Lock.tryLock())
      break;
    if (Shadow.word(G)->load(std::memory_order_relaxed) != Word) {
      Y->unlock();
      continue;
    }
    // Y's stack is taken in with every batch of its granules: its lock was
    // released since the last one, and another thread's operation on Y
    // may have changed the stack those granules share.
    if (!takeIn(X, Y->Stack)) {
      Y->unlock();
      break;
    }
    uptr Begin = G;
    for (; G < E && Shadow.word(G)->load(std::memory_order_relaxed) == Word;
         G += kGranuleSize) {
      Shadow.word(G)->store(wordOfRun(X), std::memory_order_relaxed);
      ++X->Count;
      --Y->Count;
    }
    bool Empty = Y->Count == 0;
    if (!Empty)
      Y->addHoles(Begin, G);
    Y->unlock();
    if (Empty)
      freeRun(Y);
  }
  X->Lo = B;
  X->Hi = G;
  bool Empty = X->Count == 0;
  X->unlock();
  if (Empty) {
    freeRun(X);
    return;
  }
  CoalescedRuns.fetch_add(1, std::memory_order_relaxed);
}

// X (locked) has more holes than its list can hold: its granules with
// their own stacks join it again, approximately.
void BorrowMemory::absorbHoles(RunState *X) {
  uint64_t Before = X->Count;
  GranuleRange Bounds = X->holeBounds();
  for (uptr G = Bounds.Begin; G < Bounds.End; G += kGranuleSize) {
    SpinLockGuard L(lockFor(G));
    joinApproximately(X, G);
  }
  AbsorbedHoles.fetch_add(X->Count - Before, std::memory_order_relaxed);
  if (X->contiguous())
    X->clearHoles();
}

// Holes are recorded in the order they were made; they must be visited in
// address order (the first refusing byte is the one reported), and each
// granule once: a granule may be recorded twice (left, joined again, left
// again). Sorts Ranges[0..N) by start, merges overlapping ones and returns
// how many remain.
static unsigned sortAndMerge(GranuleRange *Ranges, unsigned N) {
  for (unsigned I = 1; I < N; ++I)
    for (unsigned J = I; J > 0 && Ranges[J].Begin < Ranges[J - 1].Begin; --J)
      std::swap(Ranges[J], Ranges[J - 1]);
  unsigned Merged = 0;
  for (unsigned I = 0; I < N; ++I) {
    if (Merged && Ranges[I].Begin <= Ranges[Merged - 1].End) {
      if (Ranges[I].End > Ranges[Merged - 1].End)
        Ranges[Merged - 1].End = Ranges[I].End;
      continue;
    }
    Ranges[Merged++] = Ranges[I];
  }
  return Merged;
}

// Runs the operation on run X once (when the walk met its granule G), then
// on the granules in X's holes from G on. *Next: where the walk goes on.
template <typename Op>
bool BorrowMemory::walkHoles(Walk &W, Op &F, RunState *X, uptr G,
                             unsigned Depth, uptr *Next) {
  // X is locked on entry and unlocked here. Only holes inside the
  // operation's range are walked (X may reach past it when the operation
  // left X unchanged).
  uptr OpEnd = roundUpTo(W.OpEnd, kGranuleSize);
  uptr Hi = X->Hi < OpEnd ? X->Hi : OpEnd;
  bool ToHi = Hi == X->Hi;
  *Next = Hi;
  if (X->contiguous()) {
    X->unlock();
    return true;
  }
  GranuleRange Ranges[RunState::kMaxHoles];
  unsigned N = 0;
  uint32_t Version = X->HoleVersion;
  bool Overflow = X->HolesOverflow;
  GranuleRange Span = X->holeBounds();
  if (Overflow) {
    uptr B = G > Span.Begin ? G : Span.Begin;
    uptr E = Hi < Span.End ? Hi : Span.End;
    if (B < E)
      Ranges[N++] = {B, E};
  } else {
    for (unsigned I = 0; I < X->NumHoles; ++I) {
      GranuleRange H = X->Holes[I];
      H.Begin = H.Begin < G ? G : H.Begin;
      H.End = H.End > Hi ? Hi : H.End;
      if (H.Begin < H.End)
        Ranges[N++] = H;
    }
  }
  N = sortAndMerge(Ranges, N);
  // Holes before G were updated earlier in this walk (or lie before the
  // operation): those inside the operation may be equal to X now. With a
  // known hole list a few are tried; without one, all of the span that
  // the operation covers is looked at (the walk of the span from G on
  // costs as much), and if that includes the span's start, the list can
  // be made again.
  uptr From = roundDownTo(W.OpBegin, kGranuleSize);
  From = From > X->Lo ? From : X->Lo;
  // Whether the walk sees every granule that the span holds.
  bool WholeSpan =
      Span.Begin == Span.End || (From <= Span.Begin && Hi >= Span.End);
  GranuleRange Before[RunState::kMaxHoles];
  unsigned NB = 0;
  if (Overflow) {
    uptr B = From > Span.Begin ? From : Span.Begin;
    uptr E = G < Span.End ? G : Span.End;
    if (B < E)
      Before[NB++] = {B, E};
  } else {
    for (unsigned I = 0; I < X->NumHoles; ++I)
      if (X->Holes[I].Begin < G)
        Before[NB++] = {X->Holes[I].Begin,
                        X->Holes[I].End < G ? X->Holes[I].End : G};
  }
  X->unlock();
  uptr Budget = Overflow ? ~uptr(0) : 64;
  for (unsigned I = 0; I < NB && !W.Scratch; ++I)
    for (uptr H = Before[I].Begin > From ? Before[I].Begin : From;
         H < Before[I].End && Budget; H += kGranuleSize, --Budget)
      tryAttach(X, H);
  // The granules below Done have been handled. A run met in one hole
  // range walks its own holes to its end, which may lie past X's granules
  // in the next hole ranges (the runs interleave): what that walk covered
  // must not be walked again, or a granule there that did not join a run
  // gets the operation twice (a retag then pops its own new item).
  uptr Done = G;
  for (unsigned I = 0; I < N; ++I) {
    uptr B = Ranges[I].Begin > Done ? Ranges[I].Begin : Done;
    if (B >= Ranges[I].End)
      continue;
    uptr Resume;
    if (!walk(W, F, B, Ranges[I].End, X, Depth + 1, &Resume))
      return false;
    Done = Resume;
    *Next = Resume > *Next ? Resume : *Next;
  }
  // Holes are taken back approximately (with coalescing on; not by the
  // deallocation check, whose stacks a report may show) when every
  // operation on X would walk many of them: element-wise retags of a
  // buffer that is read as a whole between them. The walk met them
  // before X's first granule, or here.
  bool MayAbsorb = CoalesceGranules && (!W.Scratch || W.Query);
  auto Absorb = [&] {
    uint64_t Before = X->Count;
    absorbHoles(X);
    uint64_t Joined = X->Count - Before;
    W.Pieces -= Joined < W.Pieces ? unsigned(Joined) : W.Pieces;
    return true;
  };
  // The rest needs every hole to have been looked at, and none added by
  // another thread meanwhile (its record must not be lost), and X still
  // in use: its last granules may have left it without a new hole (moved
  // to another run), and then it is freed.
  RunLockGuard L(X);
  if (X->HoleVersion != Version || X->Count == 0 ||
      (Overflow ? !WholeSpan : !ToHi))
    return true;
  // Dense holes go at a cost proportional to this walk.
  GranuleRange Bounds = X->holeBounds();
  if (MayAbsorb && From <= Bounds.Begin && W.Pieces >= CoalesceGranules &&
      uint64_t(W.Pieces) * kCoalesceSpread >=
          (Bounds.End - Bounds.Begin) / kGranuleSize)
    return Absorb();
  // Rebuild the hole list from what the granules now are. Holes before G
  // are kept as they were, except without a list, when they were looked
  // at above.
  GranuleRange Fresh[RunState::kMaxHoles];
  unsigned NF = 0;
  bool TooMany = false;
  // More holes than the list holds: every operation on X would walk all
  // of them.
  auto Overflowed = [&] { return TooMany && MayAbsorb ? Absorb() : true; };
  auto Record = [&](uptr H) {
    if (Shadow.word(H)->load(std::memory_order_relaxed) == wordOfRun(X))
      return true;
    if (NF && Fresh[NF - 1].End == H) {
      Fresh[NF - 1].End = H + kGranuleSize;
      return true;
    }
    if (NF == RunState::kMaxHoles) {
      TooMany = true;
      return false;
    }
    Fresh[NF++] = {H, H + kGranuleSize};
    return true;
  };
  for (unsigned I = 0; I < NB; ++I) {
    if (!Overflow) {
      Fresh[NF++] = Before[I];
      continue;
    }
    for (uptr H = Before[I].Begin; H < Before[I].End; H += kGranuleSize)
      if (!Record(H))
        return Overflowed();
  }
  for (unsigned I = 0; I < N; ++I)
    for (uptr H = Ranges[I].Begin; H < Ranges[I].End; H += kGranuleSize)
      if (!Record(H))
        return Overflowed();
  for (unsigned I = 0; I < NF; ++I)
    X->Holes[I] = Fresh[I];
  X->NumHoles = NF;
  X->HolesOverflow = false;
  X->Span = {0, 0};
  return true;
}

template <typename Op>
BorrowMemory::RunVisit BorrowMemory::visitRun(Walk &W, Op &F, uptr G,
                                              uint64_t Word, unsigned Depth,
                                              uptr *Next) {
  RunState *X = lockRun(G, Word);
  if (!X)
    return RunVisit::Retry;
  *Next = G + kGranuleSize;
  bool Granted = W.FastKind == Fast::Access &&
                 wordAllows(X->TopWord.load(std::memory_order_relaxed),
                            W.FastTag, W.FastAccess);
  if (W.applied(X)) {
    // Done already; its holes were walked then.
    if (X->contiguous())
      *Next = X->Hi;
    X->unlock();
    return RunVisit::Done;
  }
  unsigned Lo = W.OpBegin > G ? unsigned(W.OpBegin - G) : 0;
  // Room to remember X as done, and to walk its holes. A contiguous run
  // needs neither: the walk goes on past its end.
  bool Fits = X->contiguous() ||
              (W.NumApplied < Walk::kMaxApplied && Depth <= Walk::kMaxDepth);
  if (Granted || W.Scratch) {
    // X stays as it is: only its holes are left to do.
    if (!Granted) {
      if (!onScratch(X->Stack, W.Query, F, Lo)) {
        X->unlock();
        W.FailAddr = G + Lo;
        return RunVisit::Failed;
      }
    }
    if (!Fits) {
      X->unlock(); // go on granule by granule
      return RunVisit::Done;
    }
    W.noteApplied(X);
    return walkHoles(W, F, X, G, Depth, Next) ? RunVisit::Done
                                              : RunVisit::Failed;
  }
  bool Whole = W.covers(G) && X->Lo >= W.FullBegin && X->Hi <= W.FullEnd;
  if (!Fits || (!W.covers(G) && !W.WholeRunOk)) {
    detachAndUnlock(X, G);
    return RunVisit::Detached;
  }
  if (!Whole && !W.WholeRunOk) {
    uptr PB = X->Lo > W.FullBegin ? X->Lo : W.FullBegin;
    uptr PE = X->Hi < W.FullEnd ? X->Hi : W.FullEnd;
    splitRun(X, PB, PE);
    X->unlock();
    return RunVisit::Retry;
  }
  ++W.Pieces;
  bool Ok = F(X->Stack, Lo);
  X->TopWord.store(Ok && W.reads() ? wordAfterRead(X->Stack, W.FastTag)
                                   : wordFor(X->Stack.top()),
                   std::memory_order_relaxed);
  if (!Ok) {
    X->unlock();
    W.FailAddr = G + Lo;
    return RunVisit::Failed;
  }
  W.noteApplied(X);
  return walkHoles(W, F, X, G, Depth, Next) ? RunVisit::Done : RunVisit::Failed;
}

// Runs the operation on the granules of [B, E) in ascending order. Home:
// the run whose holes these are (granules that come out equal to it join
// it again). *Resume: the end of what was handled, which runs met on the
// way may have carried past E.
template <typename Op>
bool BorrowMemory::walk(Walk &W, Op &F, uptr B, uptr E, RunState *Home,
                        unsigned Depth, uptr *Resume) {
  uptr Furthest = E;
  for (uptr G = roundDownTo(B, kGranuleSize); G < E;) {
    unsigned Lo = W.OpBegin > G ? unsigned(W.OpBegin - G) : 0;
    unsigned Hi =
        W.OpEnd - G < kGranuleSize ? unsigned(W.OpEnd - G) : kGranuleSize;
    std::atomic<uint64_t> *WP = Shadow.word(G);
    uint64_t Word = WP->load(std::memory_order_relaxed);
    countEvent(Event::GranuleStep);
    if (Word == kWordUntracked) {
      G += kGranuleSize;
      continue;
    }
    if (isRunWord(Word)) {
      uptr Next;
      switch (visitRun(W, F, G, Word, Depth, &Next)) {
      case RunVisit::Failed:
        return false;
      case RunVisit::Retry:
      case RunVisit::Detached:
        continue;
      case RunVisit::Done:
        Furthest = Next > Furthest ? Next : Furthest;
        G = Next > G ? Next : G + kGranuleSize;
        continue;
      }
    }
    if (W.FastKind == Fast::Access &&
        wordAllows(Word, W.FastTag, W.FastAccess)) {
      G += kGranuleSize;
      continue;
    }
    bool Ok;
    unsigned Fail = 0;
    {
      SpinLockGuard L(lockFor(G));
      if (isRunWord(WP->load(std::memory_order_relaxed)))
        continue; // joined a run meanwhile: look again
      Ok = updateGranule(G, Lo, Hi, /*PerByte=*/false, W.Scratch, F, &Fail,
                         W.FastKind, W.FastTag, W.Query);
      if (Ok && W.reads())
        noteQuietReader(G, W.FastTag);
    }
    if (!Ok) {
      W.FailAddr = G + Fail;
      return false;
    }
    if (Home && !W.Scratch && Lo == 0 && Hi == kGranuleSize)
      tryAttach(Home, G);
    ++W.Pieces;
    G += kGranuleSize;
  }
  *Resume = Furthest;
  return true;
}

template <typename Op>
bool BorrowMemory::updateRange(uptr Addr, uptr Size, Fast FastKind,
                               AccessKind FastAccess, Tag FastTag, bool Scratch,
                               Op &&F, MemViolation *Out, bool WholeRunOk,
                               bool Query) {
  return forEachAppPart(Shadow, Addr, Size, [&](uptr B, uptr E) {
    Walk W;
    W.OpBegin = B;
    W.OpEnd = E;
    W.FullBegin = roundUpTo(B, kGranuleSize);
    W.FullEnd = roundDownTo(E, kGranuleSize);
    W.FastKind = FastKind;
    W.FastAccess = FastAccess;
    W.FastTag = FastTag;
    W.Scratch = Scratch;
    W.Query = Query;
    W.WholeRunOk = WholeRunOk;
    uptr Resume;
    bool Ok = walk(W, F, B, E, nullptr, 0, &Resume);
    // A query changes no stack, but the range is fragmented all the same.
    if (Ok && CoalesceGranules && (!Scratch || Query) &&
        W.Pieces >= CoalesceGranules &&
        uint64_t(W.Pieces) * kCoalesceSpread >=
            (W.FullEnd - W.FullBegin) / kGranuleSize)
      coalesce(W.FullBegin, W.FullEnd);
    if (Ok)
      return true;
    Out->Addr = W.FailAddr;
    return false;
  });
}

bool BorrowMemory::inOneRunWithFewHoles(uptr Addr, uptr Size,
                                        uint64_t MaxHoleGranules) {
  uptr End = Addr + Size;
  if (!Size || End < Addr || !inRanges(Addr) || !inRanges(End - 1))
    return false;
  uptr G = roundDownTo(Addr, kGranuleSize);
  uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
  if (!isRunWord(Word))
    return false;
  RunState *X = lockRun(G, Word);
  if (!X)
    return false;
  uint64_t HoleGranules = 0;
  for (unsigned I = 0; I < X->NumHoles; ++I)
    HoleGranules += (X->Holes[I].End - X->Holes[I].Begin) / kGranuleSize;
  bool Few =
      X->Hi >= End && (X->contiguous() ||
                       (!X->HolesOverflow && HoleGranules <= MaxHoleGranules));
  X->unlock();
  return Few;
}

bool BorrowMemory::grantedAtTops(uptr Addr, uptr Size, Tag T, AccessKind Kind) {
  return grantedAtTops(Addr, Size, T, 0, wordBound(Kind));
}

bool BorrowMemory::untrackedRange(uptr Addr, uptr Size) const {
  uptr End = Addr + Size;
  if (!Size || End < Addr || !Shadow.oneRangeHolds(Addr, End))
    return false;
  for (uptr G = roundDownTo(Addr, kGranuleSize); G < End; G += kGranuleSize)
    if (Shadow.word(G)->load(std::memory_order_relaxed) != kWordUntracked)
      return false;
  return true;
}

bool BorrowMemory::grantedAtTops(uptr Addr, uptr Size, Tag T, uint64_t Low,
                                 uint64_t Bound) {
  constexpr unsigned kMaxSteps = 8;
  uptr End = Addr + Size;
  if (!Size || End < Addr)
    return false;
  // One tracked address range holds the whole operation.
  if (!Shadow.oneRangeHolds(Addr, End))
    return false;
  uptr G = roundDownTo(Addr, kGranuleSize);
  for (unsigned Step = 0; G < End; ++Step) {
    if (Step == kMaxSteps)
      return false;
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (!isRunWord(Word)) {
      if (Word == kWordSlow || !wordWithin(Word, T, Low, Bound))
        return false;
      G += kGranuleSize;
      continue;
    }
    // G has the run's stack. A contiguous run holds every granule from G
    // to its end; past G, a run with holes may not.
    RunState *X = lockRun(G, Word);
    if (!X)
      return false;
    bool Grants =
        wordWithin(X->TopWord.load(std::memory_order_relaxed), T, Low, Bound);
    uptr Next = X->contiguous() ? X->Hi : G + kGranuleSize;
    X->unlock();
    if (!Grants)
      return false;
    G = Next;
  }
  return true;
}

bool BorrowMemory::readsQuietly(uptr Addr, uptr Size, Tag T) {
  constexpr unsigned kMaxSteps = 8;
  uptr End = Addr + Size;
  if (!Size || End < Addr || T == kWildcardTag ||
      !Shadow.oneRangeHolds(Addr, End))
    return false;
  uptr G = roundDownTo(Addr, kGranuleSize);
  for (unsigned Step = 0; G < End; ++Step) {
    if (Step == kMaxSteps)
      return false;
    std::atomic<uint64_t> *WP = Shadow.word(G);
    uint64_t Word = WP->load(std::memory_order_relaxed);
    if (Word == kWordUntracked) {
      G += kGranuleSize;
      continue;
    }
    if (isRunWord(Word)) {
      // A run with holes would need its holes looked at too.
      RunState *X = lockRun(G, Word);
      if (!X)
        return false;
      bool Quiet = X->contiguous() && X->Stack.isQuietSharedReader(T);
      if (Quiet)
        X->TopWord.store(wordAfterRead(X->Stack, T), std::memory_order_relaxed);
      uptr RunEnd = X->Hi;
      X->unlock();
      if (!Quiet)
        return false;
      G = RunEnd;
      continue;
    }
    bool Quiet = false;
    {
      SpinLockGuard L(lockFor(G));
      uint64_t Now = WP->load(std::memory_order_relaxed);
      GranuleSlot *Slot = Table.find(G);
      GranuleMode Mode = modeOf(Slot);
      if (isRunWord(Now)) {
        Quiet = false; // joined a run meanwhile
      } else if (Mode == GranuleMode::Uniform || Mode == GranuleMode::Small) {
        BorrowStack Scratch(Item{});
        const BorrowStack &S = sharedStackOf(Slot, Now, Scratch);
        Quiet = S.isQuietSharedReader(T);
        if (Quiet)
          WP->store(wordAfterRead(S, T), std::memory_order_relaxed);
      } else if (Mode == GranuleMode::Split) {
        // Only the bytes in the range; the word of a split granule always
        // sends accesses to the runtime, so it stays.
        SplitState *Sp = Slot->split();
        unsigned Lo = Addr > G ? unsigned(Addr - G) : 0;
        unsigned Hi = End - G < kGranuleSize ? unsigned(End - G) : kGranuleSize;
        Quiet = true;
        for (unsigned I = Lo; I < Hi && Quiet; ++I)
          Quiet = !Sp->valid(I) || Sp->at(I).isQuietSharedReader(T);
      } else if (Mode == GranuleMode::WordOnly && Now != kWordSlow) {
        // The word is the whole stack: one item.
        Item Only = itemOfWord(Now);
        Quiet = Now == kWordUntracked ||
                (Only.tag() == T && Only.perm() != Permission::Unique);
      }
    }
    if (!Quiet)
      return false;
    G += kGranuleSize;
  }
  return true;
}

bool BorrowMemory::access(uptr Addr, uptr Size, Tag T, AccessKind Kind,
                          MemViolation *Out, InvalidationObserver *Obs) {
  MemViolation Local;
  if (!Out)
    Out = &Local;
  return updateRange(
      Addr, Size, Fast::Access, Kind, T, /*Scratch=*/false,
      [&](BorrowStack &S, unsigned) {
        return S.access(Kind, T, Oracle, &Out->V, Obs);
      },
      Out);
}

bool BorrowMemory::retag(uptr Addr, uptr Size, Tag Parent, Tag New,
                         Permission Perm, MemViolation *Out,
                         InvalidationObserver *Obs, Tag RawChild) {
  MemViolation Local;
  if (!Out)
    Out = &Local;
  if (New == kWildcardTag || Perm == Permission::Disabled)
    return true; // nothing to derive
  return updateRange(
      Addr, Size, Fast::None, AccessKind::Read, kWildcardTag,
      /*Scratch=*/false,
      [&](BorrowStack &S, unsigned) {
        // The child's retag writes through New, the top item: it cannot
        // fail and pops nothing.
        return S.retag(Parent, New, Perm, Oracle, &Out->V, Obs) &&
               (RawChild == kWildcardTag ||
                S.retag(New, RawChild, Permission::SharedReadWrite, Oracle,
                        &Out->V, Obs));
      },
      Out);
}

void BorrowMemory::prefetch(uptr Addr, uptr Size) const {
  constexpr uptr kGranules = 4;
  uptr B = roundDownTo(Addr, kGranuleSize);
  uptr E = Size > kGranules * kGranuleSize ? B + kGranules * kGranuleSize
                                           : Addr + Size;
  // No range check: a prefetch never faults, and the table checks its own.
  for (uptr G = B; G < E; G += kGranuleSize) {
    __builtin_prefetch(Shadow.word(G));
    if (const GranuleSlot *Slot = Table.find(G)) {
      __builtin_prefetch(Slot);
      __builtin_prefetch(reinterpret_cast<const char *>(Slot + 1) - 1);
    }
  }
}

bool BorrowMemory::retagSharedMixed(uptr Addr, uptr Size, Tag Parent, Tag New,
                                    const uint64_t *CellRanges,
                                    uint64_t NumRanges, MemViolation *Out,
                                    InvalidationObserver *Obs) {
  MemViolation Local;
  if (!Out)
    Out = &Local;
  if (New == kWildcardTag)
    return true;
  // Sorted, non-overlapping ranges (what the pass emits) are walked in
  // step with the granules; anything else is scanned in full per granule.
  bool Sorted = true;
  for (uint64_t I = 1; I < NumRanges && Sorted; ++I)
    Sorted = CellRanges[2 * I] >= CellRanges[2 * I - 2] + CellRanges[2 * I - 1];
  uint64_t First = 0;
  bool Ok = true;
  forEachGranule(Addr, Size, [&](uptr G, unsigned Lo, unsigned Hi) {
    // Bit B of CellMask: byte G+B lies inside an UnsafeCell.
    uint64_t GOff = G - Addr; // may wrap for the first granule; only
                              // differences below matter
    uint8_t CellMask = 0;
    uint64_t LoOff = GOff + Lo, HiOff = GOff + Hi;
    for (uint64_t I = Sorted ? First : 0; I < NumRanges; ++I) {
      uint64_t RB = CellRanges[2 * I], RE = RB + CellRanges[2 * I + 1];
      if (Sorted && RE <= LoOff) {
        First = I + 1;
        continue;
      }
      if (Sorted && RB >= HiOff)
        break;
      for (unsigned B = Lo; B < Hi; ++B)
        if (GOff + B >= RB && GOff + B < RE)
          CellMask |= uint8_t(1u << B);
    }
    uint8_t RangeMask = uint8_t(((1u << Hi) - 1) & ~((1u << Lo) - 1));
    bool Mixed = CellMask != 0 && CellMask != RangeMask;
    if (Shadow.word(G)->load(std::memory_order_relaxed) == kWordUntracked)
      return true;
    // Bytes of one run may get different permissions here: give each
    // granule its own stack (O(granules), like the rest of this walk).
    unsigned Fail = 0;
    bool GranuleOk;
    for (;;) {
      detachIfRun(G);
      SpinLockGuard L(lockFor(G));
      if (isRunWord(Shadow.word(G)->load(std::memory_order_relaxed)))
        continue; // joined a run again meanwhile
      GranuleOk = updateGranule(
          G, Lo, Hi, Mixed, /*Scratch=*/false,
          [&](BorrowStack &S, unsigned B) {
            Permission P = (CellMask >> B) & 1 ? Permission::SharedReadWrite
                                               : Permission::SharedReadOnly;
            return S.retag(Parent, New, P, Oracle, &Out->V, Obs);
          },
          &Fail);
      break;
    }
    if (GranuleOk)
      return true;
    Out->Addr = G + Fail;
    Ok = false;
    return false;
  });
  return Ok;
}

bool BorrowMemory::checkDealloc(uptr Addr, uptr Size, Tag T, MemViolation *Out,
                                InvalidationObserver *Obs) {
  MemViolation Local;
  if (!Out)
    Out = &Local;
  if (T == kWildcardTag)
    return true; // the wildcard may deallocate anything (borrow_stack.h)
  return updateRange(
      Addr, Size, Fast::Dealloc, AccessKind::Write, T, /*Scratch=*/true,
      [&](BorrowStack &S, unsigned) {
        return S.dealloc(T, Oracle, &Out->V, Obs);
      },
      Out);
}

bool BorrowMemory::wouldGrant(uptr Addr, uptr Size, Tag T, AccessKind Kind) {
  MemViolation Unused;
  return updateRange(
      Addr, Size, Fast::Access, Kind, T, /*Scratch=*/true,
      [&](const BorrowStack &S, unsigned) {
        return S.wouldAllow(Kind, T, Oracle);
      },
      &Unused, /*WholeRunOk=*/false, /*Query=*/true);
}

void BorrowMemory::expose(uptr Addr, uptr Size, Tag T) {
  if (T == kWildcardTag)
    return;
  MemViolation Unused;
  updateRange(
      Addr, Size, Fast::None, AccessKind::Read, T, /*Scratch=*/false,
      [&](BorrowStack &S, unsigned) {
        S.expose(T);
        return true;
      },
      &Unused, /*WholeRunOk=*/true);
}

void BorrowMemory::trackGranule(uptr G, unsigned Lo, unsigned Hi, Item Root,
                                bool OnlyIfUntracked) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  // An untracked granule has no out-of-line state (every way to it clears
  // the slot first): a new frame's variables skip the table.
  GranuleSlot *Slot = Word == kWordUntracked ? nullptr : Table.find(G);
  GranuleMode M = modeOf(Slot);
  bool Untracked = M == GranuleMode::WordOnly && Word == kWordUntracked;
  if (Lo == 0 && Hi == kGranuleSize && (Untracked || (!OnlyIfUntracked))) {
    if (Slot)
      clearSlot(Slot);
    W->store(wordFor(Root), std::memory_order_relaxed);
    return;
  }
  if (OnlyIfUntracked && M != GranuleMode::Split && !Untracked)
    return; // every byte is tracked already
  SplitState *Sp = makeSplit(G, W, Slot);
  for (unsigned B = Lo; B < Hi; ++B) {
    if (Sp->valid(B)) {
      if (OnlyIfUntracked)
        continue;
      Sp->at(B).~BorrowStack();
    }
    new (Sp->Storage[B]) BorrowStack(Root);
    Sp->Valid |= uint8_t(1u << B);
  }
  normalizeSplit(W, Slot);
}

void BorrowMemory::untrackGranule(uptr G, unsigned Lo, unsigned Hi) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = modeOf(Slot);
  if (Lo == 0 && Hi == kGranuleSize) {
    if (Slot)
      clearSlot(Slot);
    W->store(kWordUntracked, std::memory_order_relaxed);
    return;
  }
  if (M == GranuleMode::WordOnly &&
      W->load(std::memory_order_relaxed) == kWordUntracked)
    return;
  SplitState *Sp = makeSplit(G, W, Slot);
  for (unsigned B = Lo; B < Hi; ++B) {
    if (!Sp->valid(B))
      continue;
    Sp->at(B).~BorrowStack();
    Sp->Valid &= uint8_t(~(1u << B));
  }
  normalizeSplit(W, Slot);
}

// After a read through T of granule G (locked): when T's item is shared,
// the reads through T that follow change nothing, so the word may let
// them pass inline where it does not already (T's item is not on top:
// data read through its owner while the references made to write it are
// still on its stack). The next change of G's stack writes the word of its
// top item again.
void BorrowMemory::noteQuietReader(uptr G, Tag T) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  if (Word == kWordUntracked || isRunWord(Word) ||
      wordAllows(Word, T, AccessKind::Read))
    return;
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = modeOf(Slot);
  BorrowStack Scratch(Item{});
  if (M == GranuleMode::Uniform || M == GranuleMode::Small)
    W->store(wordAfterRead(sharedStackOf(Slot, Word, Scratch), T),
             std::memory_order_relaxed);
}

// Makes the untracked whole granules [FB, FE) one run with stack [Root].
void BorrowMemory::makeRun(uptr FB, uptr FE, Item Root) {
  RunState *X = allocateRun(BorrowStack(Root));
  X->TopWord.store(wordFor(Root), std::memory_order_relaxed);
  X->Lo = FB;
  X->Hi = FE;
  X->Count = (FE - FB) / kGranuleSize;
  for (uptr G = FB; G < FE; G += kGranuleSize) {
    SpinLockGuard L(lockFor(G));
    Shadow.word(G)->store(wordOfRun(X), std::memory_order_relaxed);
  }
  X->unlock();
}

// Gives [Addr, Addr + Size) the stack [Root]: its whole granules as one run
// when there are enough of them (and, OnlyIfUntracked, none is tracked),
// the rest granule by granule.
void BorrowMemory::trackRange(uptr Addr, uptr Size, Item Root,
                              bool OnlyIfUntracked) {
  forEachAppPart(Shadow, Addr, Size, [&](uptr B, uptr E) {
    uptr FB = roundUpTo(B, kGranuleSize), FE = roundDownTo(E, kGranuleSize);
    bool Run = FE > FB && (FE - FB) / kGranuleSize >= kMinRunGranules;
    for (uptr G = FB; G < FE && Run && OnlyIfUntracked; G += kGranuleSize)
      Run = Shadow.word(G)->load(std::memory_order_relaxed) == kWordUntracked;
    // Granules of runs are tracked in full, so trackGranule skips them.
    forEachGranule(B, E - B, [&](uptr G, unsigned Lo, unsigned Hi) {
      if (Run && G >= FB && G < FE)
        return true;
      SpinLockGuard L(lockFor(G));
      trackGranule(G, Lo, Hi, Root, OnlyIfUntracked);
      return true;
    });
    if (Run)
      makeRun(FB, FE, Root);
    return true;
  });
}

// True for whole granules, fewer than make a run, inside one tracked
// address range: a stack variable, a small heap block. Such ranges take the
// short ways in and out of tracking below.
bool BorrowMemory::isFewWholeGranules(uptr Addr, uptr Size) const {
  if (!Size || ((Addr | Size) & (kGranuleSize - 1)) ||
      Size >= kMinRunGranules * kGranuleSize)
    return false;
  return Shadow.oneRangeHolds(Addr, Addr + Size);
}

// Tracks a few whole granules that nothing tracks yet (a new frame's
// variable): each gets the root's word, as an untracked granule has no
// out-of-line state to clear. Returns false, changing nothing, if the
// range is of another kind or one of its granules is tracked.
bool BorrowMemory::trackFreshGranules(uptr Addr, uptr Size, Item Root) {
  if (!isFewWholeGranules(Addr, Size))
    return false;
  uptr End = Addr + Size;
  for (uptr G = Addr; G < End; G += kGranuleSize)
    if (Shadow.word(G)->load(std::memory_order_relaxed) != kWordUntracked)
      return false;
  for (uptr G = Addr; G < End; G += kGranuleSize) {
    bool Fresh;
    {
      SpinLockGuard L(lockFor(G));
      std::atomic<uint64_t> *W = Shadow.word(G);
      Fresh = W->load(std::memory_order_relaxed) == kWordUntracked;
      if (Fresh)
        W->store(wordFor(Root), std::memory_order_relaxed);
    }
    if (!Fresh) { // another thread tracked it meanwhile
      untrack(G, End - G);
      trackRange(G, End - G, Root, /*OnlyIfUntracked=*/false);
      break;
    }
  }
  return true;
}

// Untracks a few whole granules none of which belongs to a run. Returns
// false, changing nothing, if the range is of another kind.
bool BorrowMemory::untrackFewGranules(uptr Addr, uptr Size) {
  if (!isFewWholeGranules(Addr, Size))
    return false;
  uptr End = Addr + Size;
  for (uptr G = Addr; G < End; G += kGranuleSize)
    if (isRunWord(Shadow.word(G)->load(std::memory_order_relaxed)))
      return false;
  for (uptr G = Addr; G < End; G += kGranuleSize) {
    bool InRun;
    {
      SpinLockGuard L(lockFor(G));
      uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
      InRun = isRunWord(Word);
      if (!InRun && Word != kWordUntracked)
        untrackGranule(G, 0, kGranuleSize);
    }
    if (InRun) { // joined a run meanwhile
      untrack(G, End - G);
      break;
    }
  }
  return true;
}

void BorrowMemory::track(uptr Addr, uptr Size, Tag Root, Permission RootPerm) {
  if (Root == kWildcardTag || RootPerm == Permission::Disabled)
    return; // a root must be encodable in a word
  if (trackFreshGranules(Addr, Size, Item(Root, RootPerm)))
    return;
  untrack(Addr, Size); // whatever was there before, runs included
  trackRange(Addr, Size, Item(Root, RootPerm), /*OnlyIfUntracked=*/false);
}

void BorrowMemory::trackIfUntracked(uptr Addr, uptr Size, Tag Root,
                                    Permission RootPerm) {
  if (Root == kWildcardTag || RootPerm == Permission::Disabled)
    return;
  trackRange(Addr, Size, Item(Root, RootPerm), /*OnlyIfUntracked=*/true);
}

// Sets the words of granules [B, E) (one app range) to kWordUntracked.
// Zero pages are untracked words: a large block freed and never reused (a
// Vec that grew by moving to new addresses) gives its words' pages back.
void BorrowMemory::clearWords(uptr B, uptr E) {
  static_assert(kWordUntracked == 0, "zero pages are untracked words");
  internalZeroReleasing(Shadow.word(B),
                        (E - B) / kGranuleSize * sizeof(uint64_t));
}

// Untracks run X's granule G (X locked, unlocked here), or all of X when
// it lies inside [G, FE) without holes. *Next: the next granule to look at.
void BorrowMemory::untrackRun(RunState *X, uptr G, uptr FE, uptr *Next) {
  *Next = G + kGranuleSize;
  if (X->contiguous() && X->Lo >= G && X->Hi <= FE) {
    clearWords(X->Lo, X->Hi);
    *Next = X->Hi;
    X->Count = 0;
  } else {
    Shadow.word(G)->store(kWordUntracked, std::memory_order_relaxed);
    --X->Count;
    X->addHole(G);
  }
  bool Empty = X->Count == 0;
  X->unlock();
  if (Empty)
    freeRun(X);
}

void BorrowMemory::untrack(uptr Addr, uptr Size) {
  if (untrackFewGranules(Addr, Size))
    return;
  forEachAppPart(Shadow, Addr, Size, [&](uptr B, uptr E) {
    uptr FE = roundDownTo(E, kGranuleSize);
    for (uptr G = roundDownTo(B, kGranuleSize); G < E;) {
      unsigned Lo = B > G ? unsigned(B - G) : 0;
      unsigned Hi = E - G < kGranuleSize ? unsigned(E - G) : kGranuleSize;
      uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
      if (Word == kWordUntracked) {
        G += kGranuleSize; // never tracked, or already gone
        continue;
      }
      if (isRunWord(Word)) {
        RunState *X = lockRun(G, Word);
        if (!X)
          continue;
        if (Lo == 0 && Hi == kGranuleSize)
          untrackRun(X, G, FE, &G);
        else
          detachAndUnlock(X, G);
        continue;
      }
      {
        SpinLockGuard L(lockFor(G));
        if (isRunWord(Shadow.word(G)->load(std::memory_order_relaxed)))
          continue;
        untrackGranule(G, Lo, Hi);
      }
      G += kGranuleSize;
    }
    return true;
  });
}

uint64_t BorrowMemory::shadowWord(uptr Addr) const {
  if (!inRanges(Addr))
    return kWordUntracked;
  return resolveWord(Shadow.word(Addr)->load(std::memory_order_relaxed));
}

bool BorrowMemory::isTracked(uptr Addr) {
  if (!inRanges(Addr))
    return false;
  uptr G = roundDownTo(Addr, kGranuleSize);
  SpinLockGuard L(lockFor(G));
  GranuleSlot *Slot = Table.find(G);
  if (modeOf(Slot) == GranuleMode::Split)
    return Slot->split()->valid(unsigned(Addr - G));
  return Shadow.word(G)->load(std::memory_order_relaxed) != kWordUntracked;
}

uint32_t BorrowMemory::stackAt(uptr Addr, Item *Out, uint32_t Max,
                               bool *Truncated, bool *RootBlockIncomplete) {
  if (Truncated)
    *Truncated = false;
  if (RootBlockIncomplete)
    *RootBlockIncomplete = false;
  if (!inRanges(Addr))
    return 0;
  uptr G = roundDownTo(Addr, kGranuleSize);
  auto CopyOut = [&](const BorrowStack &S) {
    uint32_t N = S.size();
    uint32_t Skip = N > Max ? N - Max : 0;
    for (uint32_t I = Skip; I < N; ++I)
      Out[I - Skip] = S.item(I);
    if (Truncated)
      *Truncated = S.truncated();
    if (RootBlockIncomplete)
      *RootBlockIncomplete = S.rootBlockIncomplete();
    return N;
  };
  for (;;) {
    if (RunState *X = lockedRunOf(G)) {
      uint32_t N = CopyOut(X->Stack);
      X->unlock();
      return N;
    }
    SpinLockGuard L(lockFor(G));
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (isRunWord(Word))
      continue; // joined a run meanwhile: look again, without the stripe
    GranuleSlot *Slot = Table.find(G);
    GranuleMode M = modeOf(Slot);
    BorrowStack Scratch(Item{});
    if (M == GranuleMode::Uniform || M == GranuleMode::Small)
      return CopyOut(sharedStackOf(Slot, Word, Scratch));
    if (M == GranuleMode::Split) {
      SplitState *Sp = Slot->split();
      if (!Sp->valid(unsigned(Addr - G)))
        return 0;
      return CopyOut(Sp->at(unsigned(Addr - G)));
    }
    if (Word == kWordUntracked)
      return 0;
    if (Max)
      Out[0] = itemOfWord(Word);
    return 1;
  }
}

bool BorrowMemory::verifyGranule(uptr Addr, const char **Why) {
  *Why = nullptr;
  if (!inRanges(Addr))
    return true;
  uptr G = roundDownTo(Addr, kGranuleSize);
  auto Bad = [&](const char *Reason) {
    *Why = Reason;
    return false;
  };
  auto Sane = [](const BorrowStack &S) {
    return S.size() >= 1 && S.size() <= BorrowStack::kMaxItems;
  };
  for (;;) {
    if (RunState *X = lockedRunOf(G)) {
      struct Unlock {
        RunState *X;
        ~Unlock() { X->unlock(); }
      } U{X};
      if (modeOf(Table.find(G)) != GranuleMode::WordOnly)
        return Bad("run granule with out-of-line state of its own");
      if (G < X->Lo || G >= X->Hi)
        return Bad("run granule outside its run's bounds");
      if (X->Count == 0 || X->Count > (X->Hi - X->Lo) / kGranuleSize)
        return Bad("run with a bad granule count");
      if (!Sane(X->Stack))
        return Bad("run stack with a bad size");
      uint64_t Top = X->TopWord.load(std::memory_order_relaxed);
      if (!wordDescribes(Top, X->Stack))
        return Bad("run top word names neither the top item nor a quiet "
                   "reader");
      if (X->WholeTopWord.load(std::memory_order_relaxed) != X->wholeTopWord())
        return Bad("run whole-range top word is stale");
      return true;
    }
    SpinLockGuard L(lockFor(G));
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (isRunWord(Word))
      continue; // joined a run meanwhile: look again, without the stripe
    GranuleSlot *Slot = Table.find(G);
    GranuleMode M = modeOf(Slot);
    switch (M) {
    case GranuleMode::WordOnly:
      if (Word == kWordSlow)
        return Bad("slow word without out-of-line state");
      if (Word != kWordUntracked && (Word >> SBSAN_WORD_PERM_BITS) == 0)
        return Bad("word-only granule with the wildcard tag");
      return true;
    case GranuleMode::Small:
    case GranuleMode::Uniform: {
      BorrowStack Scratch(Item{});
      const BorrowStack &S = sharedStackOf(Slot, Word, Scratch);
      if (!Sane(S))
        return Bad("uniform stack with a bad size");
      if (!wordDescribes(Word, S))
        return Bad("shadow word names neither the top item nor a quiet "
                   "reader");
      if (fitsInWord(S))
        return Bad("uniform stack that fits in the word was not demoted");
      return true;
    }
    case GranuleMode::Split: {
      SplitState *Sp = Slot->split();
      if (Word != kWordSlow)
        return Bad("split granule without the slow word");
      if (Sp->Valid == 0)
        return Bad("split granule with no tracked byte");
      for (unsigned I = 0; I < kGranuleSize; ++I)
        if (Sp->valid(I) && !Sane(Sp->at(I)))
          return Bad("per-byte stack with a bad size");
      if (Sp->Valid == 0xff) {
        bool AllSame = true;
        for (unsigned I = 1; I < kGranuleSize; ++I)
          AllSame &= Sp->at(I) == Sp->at(0);
        if (AllSame)
          return Bad("equal per-byte stacks were not merged");
      }
      return true;
    }
    }
    return Bad("unknown granule mode");
  }
}

void BorrowMemory::lockAll() {
  lockAllRuns(); // before stripes: the lock order
  for (SpinLock &L : Stripes)
    L.lock();
}

void BorrowMemory::unlockAll() {
  for (unsigned I = kStripes; I-- > 0;)
    Stripes[I].unlock();
  unlockAllRuns();
}

} // namespace sbsan
