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

#include "internal_alloc.h"

#include <new>

namespace sbsan {

struct SplitState {
  uint8_t Valid = 0; // bit I: byte I is tracked and Storage[I] is a stack
  alignas(BorrowStack) unsigned char Storage[kGranuleSize][sizeof(BorrowStack)];

  BorrowStack &at(unsigned I) {
    return *reinterpret_cast<BorrowStack *>(Storage[I]);
  }
  bool valid(unsigned I) const { return (Valid >> I) & 1; }
};

static SplitState *&splitOf(GranuleSlot *Slot) {
  return *reinterpret_cast<SplitState **>(Slot->Storage);
}

// A stack that the shadow word describes completely.
static bool fitsInWord(const BorrowStack &S) {
  if (S.size() != 1 || S.truncated())
    return false;
  Item Top = S.top();
  return !Top.exposed() && Top.perm() != Permission::Disabled &&
         Top.tag() != kWildcardTag;
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
  Table.forEachSlot([&](uptr, GranuleSlot &Slot) {
    if (Slot.Mode != GranuleMode::WordOnly)
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

// Calls F(Granule, Lo, Hi) for the tracked-range part [Lo, Hi) of every
// granule the range touches, in ascending order, until F returns false.
template <typename Fn>
void BorrowMemory::forEachGranule(uptr Addr, uptr Size, Fn &&F) {
  uptr End = Addr + Size;
  if (End < Addr)
    End = ~uptr(0);
  for (unsigned R = 0; R < Shadow.NumRanges; ++R) {
    uptr B = Addr > Shadow.Ranges[R].Begin ? Addr : Shadow.Ranges[R].Begin;
    uptr E = End < Shadow.Ranges[R].End ? End : Shadow.Ranges[R].End;
    if (B >= E)
      continue; // the range misses this one
    for (uptr G = roundDownTo(B, kGranuleSize); G < E; G += kGranuleSize) {
      unsigned Lo = B > G ? unsigned(B - G) : 0;
      unsigned Hi = E - G < kGranuleSize ? unsigned(E - G) : kGranuleSize;
      if (!F(G, Lo, Hi))
        return;
    }
  }
}

void BorrowMemory::clearSlot(GranuleSlot *Slot) {
  switch (Slot->Mode) {
  case GranuleMode::WordOnly:
    return;
  case GranuleMode::Uniform:
    Slot->uniform().~BorrowStack();
    break;
  case GranuleMode::Split:
    destroySplit(splitOf(Slot));
    SplitCount.fetch_sub(1, std::memory_order_relaxed);
    break;
  }
  Slot->Mode = GranuleMode::WordOnly;
  OutOfLine.fetch_sub(1, std::memory_order_relaxed);
}

void BorrowMemory::normalizeUniform(std::atomic<uint64_t> *W,
                                    GranuleSlot *Slot) {
  BorrowStack &S = Slot->uniform();
  W->store(wordFor(S.top()), std::memory_order_relaxed);
  if (fitsInWord(S))
    clearSlot(Slot);
}

void BorrowMemory::storeUniform(uptr G, std::atomic<uint64_t> *W,
                                GranuleSlot *Slot, const BorrowStack &S) {
  if (!fitsInWord(S)) {
    if (!Slot && !(Slot = Table.getOrCreate(G)))
      internalFatal("out of memory for borrow stacks");
    new (Slot->Storage) BorrowStack(S);
    Slot->Mode = GranuleMode::Uniform;
    OutOfLine.fetch_add(1, std::memory_order_relaxed);
  }
  W->store(wordFor(S.top()), std::memory_order_relaxed);
}

SplitState *BorrowMemory::makeSplit(uptr G, std::atomic<uint64_t> *W,
                                    GranuleSlot *&Slot) {
  if (Slot && Slot->Mode == GranuleMode::Split)
    return splitOf(Slot);
  void *Mem = internalAlloc(sizeof(SplitState));
  if (!Mem)
    internalFatal("out of memory for borrow stacks");
  SplitState *Sp = new (Mem) SplitState();
  if (Slot && Slot->Mode == GranuleMode::Uniform) {
    for (unsigned I = 0; I < kGranuleSize; ++I)
      new (Sp->Storage[I]) BorrowStack(Slot->uniform());
    Sp->Valid = 0xff;
    Slot->uniform().~BorrowStack();
  } else {
    uint64_t Word = W->load(std::memory_order_relaxed);
    if (Word != kWordUntracked) {
      for (unsigned I = 0; I < kGranuleSize; ++I)
        new (Sp->Storage[I]) BorrowStack(itemOfWord(Word));
      Sp->Valid = 0xff;
    }
    if (!Slot && !(Slot = Table.getOrCreate(G)))
      internalFatal("out of memory for borrow stacks");
    OutOfLine.fetch_add(1, std::memory_order_relaxed);
  }
  Slot->Mode = GranuleMode::Split;
  splitOf(Slot) = Sp;
  SplitCount.fetch_add(1, std::memory_order_relaxed);
  W->store(kWordSlow, std::memory_order_relaxed);
  return Sp;
}

void BorrowMemory::normalizeSplit(std::atomic<uint64_t> *W,
                                  GranuleSlot *Slot) {
  SplitState *Sp = splitOf(Slot);
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
    new (Slot->Storage) BorrowStack(Sp->at(0));
    Slot->Mode = GranuleMode::Uniform;
    destroySplit(Sp);
    SplitCount.fetch_sub(1, std::memory_order_relaxed);
    normalizeUniform(W, Slot);
    return;
  }
  W->store(kWordSlow, std::memory_order_relaxed);
}

// Runs F(stack, byte) on the stacks of the tracked bytes [Lo, Hi) of
// granule G, with G's lock held. PerByte forces per-byte stacks (the bytes
// are about to differ). Scratch runs F on copies and changes nothing (the
// deallocation check). Returns false at the first refusal, with its byte.
template <typename Op>
bool BorrowMemory::updateGranule(uptr G, unsigned Lo, unsigned Hi,
                                 bool PerByte, bool Scratch, Op &&F,
                                 unsigned *FailByte, Fast FastKind,
                                 Tag FastTag) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = Slot ? Slot->Mode : GranuleMode::WordOnly;
  bool Whole = Lo == 0 && Hi == kGranuleSize && !PerByte;

  if (M == GranuleMode::WordOnly) {
    if (Word == kWordUntracked)
      return true;
    // A word-only stack is one unprotected root item: deallocating through
    // it (or the wildcard) is allowed and changes nothing that matters.
    Item Only = itemOfWord(Word);
    if (FastKind == Fast::Dealloc && Only.tag() == FastTag &&
        !mayBeProtected(Only.tag()))
      return true;
    if (Whole || Scratch) {
      BorrowStack Tmp(itemOfWord(Word));
      bool Ok = F(Tmp, Lo);
      if (!Ok)
        *FailByte = Lo;
      if (!Scratch)
        storeUniform(G, W, Slot, Tmp);
      return Ok;
    }
  } else if (M == GranuleMode::Uniform && (Whole || Scratch)) {
    bool Ok;
    if (Scratch) {
      BorrowStack Copy(Slot->uniform());
      Ok = F(Copy, Lo);
    } else {
      Ok = F(Slot->uniform(), 0);
      normalizeUniform(W, Slot);
    }
    if (!Ok)
      *FailByte = Lo;
    return Ok;
  } else if (M == GranuleMode::Split && Scratch) {
    SplitState *Sp = splitOf(Slot);
    for (unsigned B = Lo; B < Hi; ++B) {
      if (!Sp->valid(B))
        continue;
      BorrowStack Copy(Sp->at(B));
      if (!F(Copy, B)) {
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

template <typename Op>
bool BorrowMemory::updateRange(uptr Addr, uptr Size, Fast FastKind,
                               AccessKind FastAccess, Tag FastTag,
                               bool Scratch, Op &&F, MemViolation *Out) {
  bool Ok = true;
  forEachGranule(Addr, Size, [&](uptr G, unsigned Lo, unsigned Hi) {
    uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
    if (Word == kWordUntracked)
      return true;
    if (FastKind == Fast::Access && wordAllows(Word, FastTag, FastAccess))
      return true;
    SpinLockGuard L(lockFor(G));
    unsigned Fail = 0;
    if (updateGranule(G, Lo, Hi, /*PerByte=*/false, Scratch, F, &Fail,
                      FastKind, FastTag))
      return true;
    Out->Addr = G + Fail;
    Ok = false;
    return false;
  });
  return Ok;
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
                         InvalidationObserver *Obs) {
  MemViolation Local;
  if (!Out)
    Out = &Local;
  if (New == kWildcardTag || Perm == Permission::Disabled)
    return true; // nothing to derive
  return updateRange(
      Addr, Size, Fast::None, AccessKind::Read, kWildcardTag,
      /*Scratch=*/false,
      [&](BorrowStack &S, unsigned) {
        return S.retag(Parent, New, Perm, Oracle, &Out->V, Obs);
      },
      Out);
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
    SpinLockGuard L(lockFor(G));
    unsigned Fail = 0;
    bool GranuleOk = updateGranule(
        G, Lo, Hi, Mixed, /*Scratch=*/false,
        [&](BorrowStack &S, unsigned B) {
          Permission P = (CellMask >> B) & 1 ? Permission::SharedReadWrite
                                             : Permission::SharedReadOnly;
          return S.retag(Parent, New, P, Oracle, &Out->V, Obs);
        },
        &Fail);
    if (GranuleOk)
      return true;
    Out->Addr = G + Fail;
    Ok = false;
    return false;
  });
  return Ok;
}

bool BorrowMemory::checkDealloc(uptr Addr, uptr Size, Tag T,
                                MemViolation *Out, InvalidationObserver *Obs) {
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
      &Unused);
}

void BorrowMemory::trackGranule(uptr G, unsigned Lo, unsigned Hi, Item Root,
                                bool OnlyIfUntracked) {
  std::atomic<uint64_t> *W = Shadow.word(G);
  uint64_t Word = W->load(std::memory_order_relaxed);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = Slot ? Slot->Mode : GranuleMode::WordOnly;
  bool Untracked = M == GranuleMode::WordOnly && Word == kWordUntracked;
  if (Lo == 0 && Hi == kGranuleSize &&
      (Untracked || (!OnlyIfUntracked))) {
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
  GranuleMode M = Slot ? Slot->Mode : GranuleMode::WordOnly;
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

void BorrowMemory::track(uptr Addr, uptr Size, Tag Root, Permission RootPerm) {
  if (Root == kWildcardTag || RootPerm == Permission::Disabled)
    return; // a root must be encodable in a word
  Item R(Root, RootPerm);
  forEachGranule(Addr, Size, [&](uptr G, unsigned Lo, unsigned Hi) {
    SpinLockGuard L(lockFor(G));
    trackGranule(G, Lo, Hi, R, /*OnlyIfUntracked=*/false);
    return true;
  });
}

void BorrowMemory::trackIfUntracked(uptr Addr, uptr Size, Tag Root,
                                    Permission RootPerm) {
  if (Root == kWildcardTag || RootPerm == Permission::Disabled)
    return;
  Item R(Root, RootPerm);
  forEachGranule(Addr, Size, [&](uptr G, unsigned Lo, unsigned Hi) {
    SpinLockGuard L(lockFor(G));
    trackGranule(G, Lo, Hi, R, /*OnlyIfUntracked=*/true);
    return true;
  });
}

void BorrowMemory::untrack(uptr Addr, uptr Size) {
  forEachGranule(Addr, Size, [&](uptr G, unsigned Lo, unsigned Hi) {
    if (Shadow.word(G)->load(std::memory_order_relaxed) == kWordUntracked)
      return true; // never tracked, or already gone
    SpinLockGuard L(lockFor(G));
    untrackGranule(G, Lo, Hi);
    return true;
  });
}

uint64_t BorrowMemory::shadowWord(uptr Addr) const {
  if (!inRanges(Addr))
    return kWordUntracked;
  return Shadow.word(Addr)->load(std::memory_order_relaxed);
}

bool BorrowMemory::isTracked(uptr Addr) {
  if (!inRanges(Addr))
    return false;
  uptr G = roundDownTo(Addr, kGranuleSize);
  SpinLockGuard L(lockFor(G));
  GranuleSlot *Slot = Table.find(G);
  if (Slot && Slot->Mode == GranuleMode::Split)
    return splitOf(Slot)->valid(unsigned(Addr - G));
  return Shadow.word(G)->load(std::memory_order_relaxed) != kWordUntracked;
}

uint32_t BorrowMemory::stackAt(uptr Addr, Item *Out, uint32_t Max,
                               bool *Truncated) {
  if (Truncated)
    *Truncated = false;
  if (!inRanges(Addr))
    return 0;
  uptr G = roundDownTo(Addr, kGranuleSize);
  SpinLockGuard L(lockFor(G));
  uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = Slot ? Slot->Mode : GranuleMode::WordOnly;
  const BorrowStack *S = nullptr;
  if (M == GranuleMode::Uniform) {
    S = &Slot->uniform();
  } else if (M == GranuleMode::Split) {
    SplitState *Sp = splitOf(Slot);
    if (!Sp->valid(unsigned(Addr - G)))
      return 0;
    S = &Sp->at(unsigned(Addr - G));
  } else {
    if (Word == kWordUntracked)
      return 0;
    if (Max)
      Out[0] = itemOfWord(Word);
    return 1;
  }
  uint32_t N = S->size();
  uint32_t Skip = N > Max ? N - Max : 0;
  for (uint32_t I = Skip; I < N; ++I)
    Out[I - Skip] = S->item(I);
  if (Truncated)
    *Truncated = S->truncated();
  return N;
}

bool BorrowMemory::verifyGranule(uptr Addr, const char **Why) {
  *Why = nullptr;
  if (!inRanges(Addr))
    return true;
  uptr G = roundDownTo(Addr, kGranuleSize);
  SpinLockGuard L(lockFor(G));
  uint64_t Word = Shadow.word(G)->load(std::memory_order_relaxed);
  GranuleSlot *Slot = Table.find(G);
  GranuleMode M = Slot ? Slot->Mode : GranuleMode::WordOnly;
  auto Bad = [&](const char *Reason) {
    *Why = Reason;
    return false;
  };
  auto Sane = [](const BorrowStack &S) {
    return S.size() >= 1 && S.size() <= BorrowStack::kMaxItems;
  };
  switch (M) {
  case GranuleMode::WordOnly:
    if (Word == kWordSlow)
      return Bad("slow word without out-of-line state");
    if (Word != kWordUntracked && (Word >> SBSAN_WORD_PERM_BITS) == 0)
      return Bad("word-only granule with the wildcard tag");
    return true;
  case GranuleMode::Uniform: {
    const BorrowStack &S = Slot->uniform();
    if (!Sane(S))
      return Bad("uniform stack with a bad size");
    if (Word != wordFor(S.top()))
      return Bad("shadow word differs from the top item");
    if (fitsInWord(S))
      return Bad("uniform stack that fits in the word was not demoted");
    return true;
  }
  case GranuleMode::Split: {
    SplitState *Sp = splitOf(Slot);
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

void BorrowMemory::lockAll() {
  for (SpinLock &L : Stripes)
    L.lock();
}

void BorrowMemory::unlockAll() {
  for (unsigned I = kStripes; I-- > 0;)
    Stripes[I].unlock();
}

} // namespace sbsan
