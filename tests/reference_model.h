//===- reference_model.h - A deliberately simple BorrowMemory -------------===//
//
// The oracle of the differential test (differential_driver.h): the rules of
// borrow_stack.h's header comment applied to a plain vector of items per
// byte, written from that comment and not from borrow_stack.cpp, with none
// of the engine's representation (no shadow words, no granule sharing, no
// index caches). Everything is linear and copied freely: it only has to be
// obviously right, not fast.
//
// What is mirrored exactly: read, write, the three retags and the mixed
// shared retag, weak and strong protectors (through the same
// ProtectorOracle), the deallocation check, expose, the wildcard tag, stale
// tags, incomplete stacks (unplaced SharedReadWrite children, recovery by
// a write through the bottom item, RootBlockIncomplete) and the bounded
// stack (dropping kDropBatch items above the bottom one at kMaxItems).
//
// What is not modelled: restrict tags (isRestrictTag; their lazily made
// items need the restrict chain of the oracle). The driver never makes
// them, and a restrict tag handed to this model would be treated like any
// other tag, which is wrong; so do not.
//
// Layer behaviour that BorrowMemory adds on top of the per-location rules
// and that is part of its contract, mirrored here too:
//  - operations walk bytes in ascending order, skip untracked bytes and
//    stop at the first refusing byte (earlier bytes keep their changes);
//  - access() skips a granule whose shadow word grants the access (the
//    check the pass inlines, wordAllows): the runtime is not even called
//    then. That only matters for the recovery of an incomplete stack
//    through its bottom item, which such a skipped write does not do.
//    The expected shadow word is computed from the per-byte stacks
//    (expectedWord), following borrow_memory.h's encoding;
//  - retag() and retagSharedMixed() with the wildcard as the new tag, and
//    retag() to Disabled, do nothing at all; checkDealloc() through the
//    wildcard is granted without looking; expose() of the wildcard does
//    nothing; track() with the wildcard root or a Disabled root does
//    nothing; checkDealloc() never changes a stack.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REFERENCE_MODEL_H
#define SBSAN_REFERENCE_MODEL_H

#include "borrow_memory.h"
#include "borrow_stack.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace sbsan_test {

using namespace sbsan;

// Faults the reference can be told to make, so that a test can show that
// the differential driver notices a wrong rule (DifferentialSelfTest).
enum class RefMutation : uint8_t {
  None,
  SrwChildOnTop,     // SharedReadWrite retag pushes on top
  ReadKeepsUnique,   // reads disable nothing
  NoStaleTags,       // stale tags get the exact rules
  DropOneTooFew,     // the bound drops one item less
  WeakBlocksDealloc, // weakly protected survivors block deallocation
  NoRecovery,        // a write through the bottom never completes
};

// One location: items bottom first, and the two completeness flags.
struct RefStack {
  std::vector<Item> Items;
  bool Truncated = false;
  bool RootBlockIncomplete = false;

  bool operator==(const RefStack &O) const {
    return Items == O.Items && Truncated == O.Truncated &&
           RootBlockIncomplete == O.RootBlockIncomplete;
  }
  bool operator!=(const RefStack &O) const { return !(*this == O); }
};

// Exposure changes no verdict, and the engine may record it on more bytes
// than asked (a run's items are exposed together): stacks are compared
// without it, and the engine's must be exposed at least where these are.
inline Item withoutExposure(Item I) { return Item(I.tag(), I.perm()); }
inline bool sameIgnoringExposure(const RefStack &A, const RefStack &B) {
  if (A.Items.size() != B.Items.size() || A.Truncated != B.Truncated ||
      A.RootBlockIncomplete != B.RootBlockIncomplete)
    return false;
  for (size_t I = 0; I < A.Items.size(); ++I)
    if (withoutExposure(A.Items[I]) != withoutExposure(B.Items[I]))
      return false;
  return true;
}

// One InvalidationObserver call. Compared as a set: how often an event is
// heard depends on how many bytes share a stack, which is representation.
struct RefEvent {
  Item Victim;
  bool Popped;
  AccessKind By;
  Tag ByTag;

  auto key() const {
    // Without the exposed bit: see sameIgnoringExposure.
    return std::make_tuple(Victim.tag(), uint8_t(Victim.perm()), Popped,
                           uint8_t(By), ByTag);
  }
  bool operator<(const RefEvent &O) const { return key() < O.key(); }
  bool operator==(const RefEvent &O) const { return key() == O.key(); }
};
using RefEvents = std::set<RefEvent>;

class ReferenceMemory {
public:
  ReferenceMemory(const ProtectorOracle &Oracle, uptr Begin, uptr End)
      : Oracle(Oracle), Begin(Begin), End(End) {}

  RefMutation Mutation = RefMutation::None;

  // --- Tracking ----------------------------------------------------------

  void track(uptr Addr, uptr Size, Tag Root, Permission RootPerm) {
    if (Root == kWildcardTag || RootPerm == Permission::Disabled)
      return;
    for (uptr A = Addr; A < Addr + Size; ++A)
      if (inArena(A))
        Bytes[A] = RefStack{{Item(Root, RootPerm)}, false, false};
  }

  void trackIfUntracked(uptr Addr, uptr Size, Tag Root, Permission RootPerm) {
    if (Root == kWildcardTag || RootPerm == Permission::Disabled)
      return;
    for (uptr A = Addr; A < Addr + Size; ++A)
      if (inArena(A) && !Bytes.count(A))
        Bytes[A] = RefStack{{Item(Root, RootPerm)}, false, false};
  }

  void untrack(uptr Addr, uptr Size) {
    for (uptr A = Addr; A < Addr + Size; ++A)
      Bytes.erase(A);
  }

  // --- Range operations (BorrowMemory's signatures, plus event sets) ----

  bool access(uptr Addr, uptr Size, Tag T, AccessKind Kind, MemViolation *Out,
              RefEvents *Ev) {
    return forEachByte(
        Addr, Size, /*WordFastPath=*/true, T, Kind,
        [&](RefStack &S, uptr) { return accessStack(S, Kind, T, Out, Ev); },
        Out);
  }

  bool retag(uptr Addr, uptr Size, Tag Parent, Tag New, Permission Perm,
             MemViolation *Out, RefEvents *Ev) {
    if (New == kWildcardTag || Perm == Permission::Disabled)
      return true;
    return forEachByte(
        Addr, Size, /*WordFastPath=*/false, kWildcardTag, AccessKind::Read,
        [&](RefStack &S, uptr) {
          return retagStack(S, Parent, New, Perm, Out, Ev);
        },
        Out);
  }

  // A byte is SharedReadWrite if its offset from Addr lies in one of the
  // (offset, length) pairs, in whatever order or overlap they come.
  bool retagSharedMixed(uptr Addr, uptr Size, Tag Parent, Tag New,
                        const uint64_t *CellRanges, uint64_t NumRanges,
                        MemViolation *Out, RefEvents *Ev) {
    if (New == kWildcardTag)
      return true;
    return forEachByte(
        Addr, Size, /*WordFastPath=*/false, kWildcardTag, AccessKind::Read,
        [&](RefStack &S, uptr A) {
          uint64_t Off = A - Addr;
          bool Cell = false;
          for (uint64_t I = 0; I < NumRanges; ++I)
            Cell |= Off >= CellRanges[2 * I] &&
                    Off - CellRanges[2 * I] < CellRanges[2 * I + 1];
          Permission P =
              Cell ? Permission::SharedReadWrite : Permission::SharedReadOnly;
          return retagStack(S, Parent, New, P, Out, Ev);
        },
        Out);
  }

  // Runs on copies: the check leaves the stacks for the report.
  bool checkDealloc(uptr Addr, uptr Size, Tag T, MemViolation *Out,
                    RefEvents *Ev) {
    if (T == kWildcardTag)
      return true;
    return forEachByte(
        Addr, Size, /*WordFastPath=*/false, kWildcardTag, AccessKind::Read,
        [&](RefStack &S, uptr) {
          RefStack Copy = S;
          return deallocStack(Copy, T, Out, Ev);
        },
        Out);
  }

  void expose(uptr Addr, uptr Size, Tag T) {
    if (T == kWildcardTag)
      return;
    for (uptr A = Addr; A < Addr + Size; ++A) {
      auto It = Bytes.find(A);
      if (It == Bytes.end())
        continue;
      for (Item &I : It->second.Items)
        if (I.tag() == T)
          I.setExposed();
    }
  }

  // --- Inspection --------------------------------------------------------

  const RefStack *stackAt(uptr A) const {
    auto It = Bytes.find(A);
    return It == Bytes.end() ? nullptr : &It->second;
  }
  // Takes byte A's stack from another reference (see the driver's
  // adoptAfterRefusal).
  void copyByte(const ReferenceMemory &From, uptr A) {
    if (const RefStack *S = From.stackAt(A))
      Bytes[A] = *S;
    else
      Bytes.erase(A);
  }

  // borrow_memory.h's encoding: 0 if no byte of the granule is tracked;
  // the top item if all 8 bytes are tracked with equal stacks (and the top
  // is not Disabled, which a word cannot say); "slow" otherwise.
  // IgnoreExposure: bytes that differ only in exposed bits count as equal
  // (the engine may expose a whole run, whose top word then answers).
  uint64_t expectedWord(uptr Granule, bool IgnoreExposure = false) const {
    const RefStack *First = stackAt(Granule);
    unsigned Tracked = 0;
    bool Equal = true;
    for (uptr B = 0; B < kGranuleSize; ++B) {
      const RefStack *S = stackAt(Granule + B);
      if (!S)
        continue;
      ++Tracked;
      Equal &= First && (IgnoreExposure ? sameIgnoringExposure(*S, *First)
                                        : *S == *First);
    }
    if (Tracked == 0)
      return kWordUntracked;
    if (Tracked < kGranuleSize || !Equal)
      return kWordSlow;
    return wordFor(First->Items.back());
  }

  // True if W names a quiet shared reader of the granule (the engine may
  // store that instead of the top item's word after a read): all 8 bytes
  // tracked with equal stacks, W's tag has an item that grants reads,
  // the topmost such is SharedReadWrite or SharedReadOnly, and no Unique
  // item lies above it.
  bool isQuietReaderWord(uptr Granule, uint64_t W) const {
    if (W == kWordUntracked || W == kWordSlow || isRunWord(W) ||
        (W & SBSAN_WORD_PERM_MASK) !=
            uint64_t(Permission::SharedReadOnly))
      return false;
    const RefStack *First = stackAt(Granule);
    for (uptr B = 0; B < kGranuleSize; ++B) {
      const RefStack *S = stackAt(Granule + B);
      if (!S || !First || !sameIgnoringExposure(*S, *First))
        return false;
    }
    return isQuietSharedReader(*First, W >> SBSAN_WORD_PERM_BITS);
  }
  // T's topmost item that grants reads is SharedReadWrite or
  // SharedReadOnly, and no Unique item lies above it.
  static bool isQuietSharedReader(const RefStack &S, Tag T) {
    const std::vector<Item> &Items = S.Items;
    for (size_t I = Items.size(); I-- > 0;) {
      if (Items[I].tag() != T || Items[I].perm() == Permission::Disabled)
        continue;
      if (Items[I].perm() == Permission::Unique)
        return false;
      for (size_t J = I + 1; J < Items.size(); ++J)
        if (Items[J].perm() == Permission::Unique)
          return false;
      return true;
    }
    return false;
  }

private:
  // --- One location ------------------------------------------------------

  // SharedReadWrite items are never protected (borrow_stack.h).
  ProtectorKind protector(Item I, uint64_t *Call) const {
    *Call = 0;
    if (!mayBeProtected(I.tag()) || I.perm() == Permission::SharedReadWrite)
      return ProtectorKind::None;
    return Oracle.protectorOf(I.tag(), Call);
  }

  static bool grants(Permission P, AccessKind K) {
    if (K == AccessKind::Read)
      return P != Permission::Disabled;
    return P == Permission::Unique || P == Permission::SharedReadWrite;
  }

  static int topmostWithTag(const RefStack &S, Tag T) {
    for (int I = int(S.Items.size()) - 1; I >= 0; --I)
      if (S.Items[I].tag() == T)
        return I;
    return -1;
  }

  // The topmost item with tag T that grants K, or -1.
  static int granting(const RefStack &S, AccessKind K, Tag T) {
    for (int I = int(S.Items.size()) - 1; I >= 0; --I)
      if (S.Items[I].tag() == T && grants(S.Items[I].perm(), K))
        return I;
    return -1;
  }

  // An operation through T is one through the wildcard: T is the wildcard,
  // or T has no item and either the stack is incomplete (its item may have
  // been dropped) or T predates the allocation (stale).
  bool unknownHere(const RefStack &S, Tag T) const {
    if (T == kWildcardTag)
      return true;
    if (topmostWithTag(S, T) >= 0)
      return false;
    if (S.Truncated)
      return true;
    return Mutation != RefMutation::NoStaleTags && T < S.Items[0].tag();
  }

  static DenyReason denyReason(const RefStack &S, AccessKind K, Tag T) {
    int I = topmostWithTag(S, T);
    if (I < 0)
      return DenyReason::TagNotInStack;
    if (S.Items[I].perm() == Permission::Disabled)
      return DenyReason::TagDisabled;
    (void)K; // only a write can be refused by a present, enabled item
    return DenyReason::OnlyGrantsSharedReadOnly;
  }

  static void refuse(MemViolation *Out, ViolationKind Kind, DenyReason Why,
                     AccessKind K, Tag T) {
    Out->V = Violation();
    Out->V.Kind = Kind;
    Out->V.Reason = Why;
    Out->V.Access = K;
    Out->V.UsedTag = T;
  }

  // Index of the lowest item a write granted by item G removes: everything
  // above a Unique grantor, everything above the SharedReadWrite block
  // directly above a SharedReadWrite grantor.
  static size_t firstWriteIncompatible(const RefStack &S, size_t G) {
    size_t I = G + 1;
    if (S.Items[G].perm() == Permission::SharedReadWrite)
      while (I < S.Items.size() &&
             S.Items[I].perm() == Permission::SharedReadWrite)
        ++I;
    return I;
  }

  // The access of kind K through T granted by item G: reads disable the
  // Unique items above G, writes pop the write-incompatible ones. A
  // protected victim refuses the whole access (reported as ProtKind, with
  // the topmost such victim, the first one a stack pops), leaving S as it
  // was.
  bool performAccess(RefStack &S, AccessKind K, Tag T, size_t G,
                     ViolationKind ProtKind, MemViolation *Out, RefEvents *Ev) {
    std::vector<size_t> Victims; // topmost first
    if (K == AccessKind::Read) {
      if (Mutation != RefMutation::ReadKeepsUnique)
        for (size_t I = S.Items.size(); I-- > G + 1;)
          if (S.Items[I].perm() == Permission::Unique)
            Victims.push_back(I);
    } else {
      size_t F = firstWriteIncompatible(S, G);
      for (size_t I = S.Items.size(); I-- > F;)
        Victims.push_back(I);
    }
    for (size_t I : Victims) {
      uint64_t Call;
      ProtectorKind P = protector(S.Items[I], &Call);
      if (P == ProtectorKind::None)
        continue;
      refuse(Out, ProtKind, DenyReason::None, K, T);
      Out->V.Protected = S.Items[I];
      Out->V.ProtectorCall = Call;
      Out->V.Protector = P;
      return false;
    }
    for (size_t I : Victims) {
      if (Ev)
        Ev->insert({S.Items[I], K == AccessKind::Write, K, T});
      if (K == AccessKind::Read)
        S.Items[I].setPerm(Permission::Disabled);
    }
    if (K == AccessKind::Write) {
      if (!Victims.empty())
        S.Items.resize(Victims.back());
      // Through the bottom item: every missing item is gone too, unless
      // one may sit in the bottom's SharedReadWrite block, which stays.
      if (G == 0 && S.Truncated && Mutation != RefMutation::NoRecovery &&
          (S.Items[0].perm() == Permission::Unique || !S.RootBlockIncomplete)) {
        S.Truncated = false;
        S.RootBlockIncomplete = false;
      }
    }
    return true;
  }

  // Puts New at index Pos; a full stack first drops its oldest kDropBatch
  // items above the bottom one, and a position among them becomes the
  // lowest one that stays (just above the bottom).
  void insertAt(RefStack &S, size_t Pos, Item New) {
    uint32_t Drop = BorrowStack::kDropBatch;
    if (Mutation == RefMutation::DropOneTooFew)
      Drop -= 1;
    if (S.Items.size() >= BorrowStack::kMaxItems) {
      if (S.Items[1].perm() == Permission::SharedReadWrite)
        S.RootBlockIncomplete = true;
      S.Items.erase(S.Items.begin() + 1, S.Items.begin() + 1 + Drop);
      Pos = Pos > Drop ? Pos - Drop : 1;
      S.Truncated = true;
    }
    S.Items.insert(S.Items.begin() + Pos, New);
  }

  bool accessStack(RefStack &S, AccessKind K, Tag T, MemViolation *Out,
                   RefEvents *Ev) {
    if (unknownHere(S, T))
      return true;
    int G = granting(S, K, T);
    if (G < 0) {
      refuse(Out, ViolationKind::AccessNotGranted, denyReason(S, K, T), K, T);
      return false;
    }
    return performAccess(S, K, T, size_t(G),
                         ViolationKind::ProtectedInvalidation, Out, Ev);
  }

  bool retagStack(RefStack &S, Tag Parent, Tag New, Permission Perm,
                  MemViolation *Out, RefEvents *Ev) {
    bool Srw = Perm == Permission::SharedReadWrite;
    if (unknownHere(S, Parent)) {
      // Unique and SharedReadOnly children go on top; a SharedReadWrite
      // child's place is unknown, so it gets none and the stack becomes
      // incomplete (its missing item may belong to the bottom's block).
      if (Srw) {
        S.Truncated = true;
        S.RootBlockIncomplete = true;
      } else {
        insertAt(S, S.Items.size(), Item(New, Perm));
      }
      return true;
    }
    // SharedReadWrite needs a parent that may write, but accesses nothing.
    AccessKind K = Perm == Permission::SharedReadOnly ? AccessKind::Read
                                                      : AccessKind::Write;
    int G = granting(S, K, Parent);
    if (G < 0) {
      refuse(Out, ViolationKind::RetagNotGranted, denyReason(S, K, Parent), K,
             Parent);
      return false;
    }
    if (Srw) {
      size_t Pos = Mutation == RefMutation::SrwChildOnTop
                       ? S.Items.size()
                       : firstWriteIncompatible(S, size_t(G));
      insertAt(S, Pos, Item(New, Perm));
      return true;
    }
    if (!performAccess(S, K, Parent, size_t(G),
                       ViolationKind::ProtectedInvalidation, Out, Ev))
      return false;
    insertAt(S, S.Items.size(), Item(New, Perm));
    return true;
  }

  // A write through T whose protected victims (weak or strong) are
  // DeallocProtected, then no strongly protected item may remain.
  bool deallocStack(RefStack &S, Tag T, MemViolation *Out, RefEvents *Ev) {
    if (unknownHere(S, T))
      return true;
    int G = granting(S, AccessKind::Write, T);
    if (G < 0) {
      refuse(Out, ViolationKind::DeallocNotGranted,
             denyReason(S, AccessKind::Write, T), AccessKind::Write, T);
      return false;
    }
    RefEvents Popped;
    if (!performAccess(S, AccessKind::Write, T, size_t(G),
                       ViolationKind::DeallocProtected, Out, &Popped))
      return false;
    for (size_t I = S.Items.size(); I-- > 0;) {
      uint64_t Call;
      ProtectorKind P = protector(S.Items[I], &Call);
      if (P == ProtectorKind::Strong ||
          (P == ProtectorKind::Weak &&
           Mutation == RefMutation::WeakBlocksDealloc)) {
        refuse(Out, ViolationKind::DeallocProtected, DenyReason::None,
               AccessKind::Write, T);
        Out->V.Protected = S.Items[I];
        Out->V.ProtectorCall = Call;
        Out->V.Protector = P;
        return false;
      }
    }
    if (Ev)
      Ev->insert(Popped.begin(), Popped.end());
    return true;
  }

  // --- Ranges ------------------------------------------------------------

  bool inArena(uptr A) const { return A >= Begin && A < End; }

  // Runs F on every tracked byte of [Addr, Addr+Size) in ascending order
  // until one refuses. With WordFastPath, a granule whose expected shadow
  // word grants the access (T, K) is skipped, as the inlined check does.
  template <typename Fn>
  bool forEachByte(uptr Addr, uptr Size, bool WordFastPath, Tag T, AccessKind K,
                   Fn &&F, MemViolation *Out) {
    uptr Lo = std::max(Addr, Begin), Hi = std::min(Addr + Size, End);
    for (uptr G = roundDownTo(Lo, kGranuleSize); G < Hi; G += kGranuleSize) {
      if (WordFastPath && wordAllows(expectedWord(G), T, K))
        continue;
      for (uptr A = std::max(G, Lo); A < std::min(G + kGranuleSize, Hi); ++A) {
        auto It = Bytes.find(A);
        if (It == Bytes.end())
          continue;
        if (!F(It->second, A)) {
          Out->Addr = A;
          return false;
        }
      }
    }
    return true;
  }

  const ProtectorOracle &Oracle;
  uptr Begin, End;
  std::map<uptr, RefStack> Bytes; // tracked bytes only
};

} // namespace sbsan_test

#endif // SBSAN_REFERENCE_MODEL_H
