//===- borrow_stack.cpp - The Stacked Borrows rules for one location ------===//
//
// Every operation runs in two phases: first decide (find the granting item,
// check every item it would invalidate for a live protector), then change
// the stack. A refused operation therefore leaves the stack as it was, and
// the observer only hears about changes that really happened.
//
// The stacks are small in the common case (a root and a few borrows), so the
// items live inline up to kInline and the rules are plain scans. Two caches
// keep the long stacks of stress cases cheap: the index of the last looked-up
// tag (a parent reborrowed over and over is found without a scan), and a
// lower bound for Unique items (a read disables nothing without a scan when
// no Unique sits above the granting item).
//
//===----------------------------------------------------------------------===//

#include "borrow_stack.h"

#include "internal_alloc.h"
#include "internal_libc.h"

// The private helpers on the path of every access and retag are inlined
// into their few callers: their call overhead (many arguments, saved
// registers) cost more than their bodies.
#define SBSAN_STACK_INLINE inline __attribute__((always_inline))

namespace sbsan {

namespace {

bool grants(Permission P, AccessKind K) {
  if (P == Permission::Disabled)
    return false;
  return K == AccessKind::Read || P != Permission::SharedReadOnly;
}

// The map look-up of blockedByProtector, for items that may be protected
// (out of line, so the common unprotected item costs only a bit test).
__attribute__((noinline)) bool
lookupProtector(Item V, const ProtectorOracle &Protectors, bool StrongOnly,
                Violation *Out, const Tag *Exempt, unsigned NumExempt) {
  for (unsigned I = 0; I < NumExempt; ++I)
    if (Exempt[I] == V.tag())
      return false;
  uint64_t Call = 0;
  ProtectorKind Kind = Protectors.protectorOf(V.tag(), &Call);
  if (Kind == ProtectorKind::None ||
      (StrongOnly && Kind != ProtectorKind::Strong))
    return false;
  if (Out) {
    Out->Protected = V;
    Out->ProtectorCall = Call;
    Out->Protector = Kind;
  }
  return true;
}

// Looks up the live protector of V. StrongOnly: weak protectors do not
// count (they allow deallocation). Returns true if V may not go away, and
// then records the protector in Out. SharedReadWrite items are never
// protected: a shared reference protects only its frozen bytes (not those
// inside an UnsafeCell), and `&mut !Unpin` has no protector.
inline __attribute__((always_inline)) bool
blockedByProtector(Item V, const ProtectorOracle &Protectors, bool StrongOnly,
                   Violation *Out, const Tag *Exempt = nullptr,
                   unsigned NumExempt = 0) {
  if (!mayBeProtected(V.tag()) || V.perm() == Permission::SharedReadWrite)
    return false;
  return lookupProtector(V, Protectors, StrongOnly, Out, Exempt, NumExempt);
}

void fill(Violation *Out, ViolationKind Kind, DenyReason Reason, AccessKind A,
          Tag Used) {
  if (!Out)
    return;
  Out->Kind = Kind;
  Out->Reason = Reason;
  Out->Access = A;
  Out->UsedTag = Used;
  if (Kind != ViolationKind::ProtectedInvalidation &&
      Kind != ViolationKind::DeallocProtected) {
    Out->Protected = Item();
    Out->ProtectorCall = 0;
    Out->Protector = ProtectorKind::None;
  }
}

} // namespace

BorrowStack::BorrowStack(Item Root)
    : Items(Inline), Size(1), Truncated(false), RootBlockIncomplete(false),
      Approximated(false) {
  Items[0] = Root;
}

BorrowStack::BorrowStack(const Item *Bottom, uint32_t N)
    : Items(Inline), Size(uint16_t(N)), Truncated(false),
      RootBlockIncomplete(false), Approximated(false) {
  for (uint32_t I = 0; I < N; ++I)
    Items[I] = Bottom[I];
  resetIndexes();
}

BorrowStack::BorrowStack(const BorrowStack &Other)
    : Items(Inline), Truncated(false), RootBlockIncomplete(false),
      Approximated(false) {
  copyFrom(Other);
}

BorrowStack::BorrowStack(BorrowStack &&Other)
    : Items(Inline), Size(Other.Size), UniqueLow(Other.UniqueLow),
      TopIndex(Other.TopIndex), CapacityLog(Other.CapacityLog),
      Truncated(Other.Truncated),
      RootBlockIncomplete(Other.RootBlockIncomplete),
      Approximated(Other.Approximated) {
  if (Other.Items == Other.Inline) {
    internalMemmove(Inline, Other.Inline, Size * sizeof(Item));
  } else {
    Items = Other.Items;
    Other.Items = Other.Inline;
    Other.CapacityLog = 0;
    Other.Approximated = false;
  }
  Other.Size = 0;
}

BorrowStack::BorrowStack(const BorrowStack &Other, uint32_t KeepBottom,
                         uint32_t KeepTop)
    : Items(Inline), Truncated(false), RootBlockIncomplete(false),
      Approximated(false) {
  if (KeepBottom < 1)
    KeepBottom = 1;
  uint32_t End = Other.Size - KeepTop;
  // The approximated range needs a heap array either way.
  if (Other.Size <= KeepBottom + KeepTop ||
      !reserve(KeepBottom + KeepTop > kInline ? KeepBottom + KeepTop
                                              : kInline + 1)) {
    copyFrom(Other);
    approximateMiddle(KeepBottom, KeepTop);
    return;
  }
  Truncated = Other.Truncated;
  RootBlockIncomplete = Other.RootBlockIncomplete;
  internalMemmove(Items, Other.Items, KeepBottom * sizeof(Item));
  internalMemmove(Items + KeepBottom, Other.Items + End,
                  KeepTop * sizeof(Item));
  Size = uint16_t(KeepBottom + KeepTop);
  approximateRangeOf(Other);
  for (uint32_t I = KeepBottom; I < End; ++I)
    approximateDropped(Other.Items[I]);
  resetIndexes();
}

BorrowStack &BorrowStack::operator=(const BorrowStack &Other) {
  if (this != &Other)
    copyFrom(Other);
  return *this;
}

BorrowStack::~BorrowStack() {
  if (Items != Inline)
    internalFree(heapHeader());
}

void BorrowStack::copyFrom(const BorrowStack &Other) {
  Truncated = Other.Truncated;
  RootBlockIncomplete = Other.RootBlockIncomplete;
  Approximated = false;
  UniqueLow = Other.UniqueLow;
  TopIndex = Other.TopIndex;
  if (reserve(Other.Size)) {
    internalMemmove(Items, Other.Items, Other.Size * sizeof(Item));
    Size = uint16_t(Other.Size);
  } else {
    // Out of memory: keep the bottom item and as many of the newest items
    // as fit. That is a truncation like any other, so it stays sound.
    uint32_t Keep = capacity() - 1;
    Items[0] = Other.Items[0];
    internalMemmove(Items + 1, Other.Items + Other.Size - Keep,
                    Keep * sizeof(Item));
    Size = uint16_t(capacity());
    UniqueLow = 1;
    TopIndex = kNoIndex;
    markIncomplete(Other.Items[1].perm() == Permission::SharedReadWrite);
  }
  approximateRangeOf(Other);
}

bool BorrowStack::reserve(uint32_t Wanted) {
  if (Wanted <= capacity())
    return true;
  if (Wanted > kMaxItems)
    return false;
  unsigned Log = CapacityLog ? CapacityLog + 1 : kFirstHeapLog;
  while ((uint32_t(1) << Log) < Wanted)
    ++Log;
  static_assert((kMaxItems & (kMaxItems - 1)) == 0,
                "heap capacities are powers of two up to kMaxItems");
  size_t Bytes = sizeof(HeapHeader) + (size_t(1) << Log) * sizeof(Item);
  HeapHeader *New;
  if (Items == Inline) {
    New = static_cast<HeapHeader *>(internalAlloc(Bytes));
    if (New)
      internalMemmove(New + 1, Items, Size * sizeof(Item));
  } else {
    New = static_cast<HeapHeader *>(internalRealloc(heapHeader(), Bytes));
  }
  if (!New)
    return false;
  Items = reinterpret_cast<Item *>(New + 1);
  CapacityLog = uint8_t(Log);
  return true;
}

void BorrowStack::markIncomplete(bool MayHitRootBlock) {
  Truncated = true;
  if (MayHitRootBlock)
    RootBlockIncomplete = true;
}

void BorrowStack::dropOldest(uint32_t Count) {
  // A dropped batch that starts with a SharedReadWrite item may hold members
  // of the bottom item's SharedReadWrite block; one that starts otherwise
  // cannot (that block would end right at the bottom).
  markIncomplete(Items[1].perm() == Permission::SharedReadWrite);
  internalMemmove(Items + 1, Items + 1 + Count,
                  (Size - 1 - Count) * sizeof(Item));
  Size = uint16_t(Size - Count);
  if (UniqueLow != kNoIndex)
    UniqueLow = UniqueLow >= 1 + Count ? UniqueLow - Count : 1;
  if (TopIndex != 0 && TopIndex != kNoIndex)
    TopIndex = TopIndex >= 1 + Count ? TopIndex - Count : kNoIndex;
}

SBSAN_STACK_INLINE void BorrowStack::insert(uint32_t Index, Item New) {
  uint32_t Wanted = uint32_t(Size) + 1;
  if (Wanted > capacity() && (Wanted > kMaxItems || !reserve(Wanted))) {
    uint32_t Count = Wanted - 2 < kDropBatch ? Wanted - 2 : kDropBatch;
    dropOldest(Count);
    // Items below Index that were dropped keep their order relative to the
    // new one; if all of them went, the new item sits right on the bottom.
    Index = Index >= 1 + Count ? Index - Count : 1;
  }
  // Most inserts push on top: nothing to move then.
  if (Index < Size)
    internalMemmove(Items + Index + 1, Items + Index,
                    (Size - Index) * sizeof(Item));
  Items[Index] = New;
  ++Size;
  if (New.perm() == Permission::Unique) {
    if (Index < UniqueLow)
      UniqueLow = uint16_t(Index);
  } else if (UniqueLow != kNoIndex && Index <= UniqueLow) {
    ++UniqueLow;
  }
  if (TopIndex != kNoIndex) {
    if (Index <= TopIndex)
      ++TopIndex;
    else if (New.tag() == Items[TopIndex].tag())
      TopIndex = uint16_t(Index);
  }
}

SBSAN_STACK_INLINE void BorrowStack::popTo(uint32_t NewSize) {
  Size = uint16_t(NewSize);
  if (UniqueLow != kNoIndex && UniqueLow >= NewSize)
    UniqueLow = kNoIndex;
  if (TopIndex != kNoIndex && TopIndex >= NewSize)
    TopIndex = kNoIndex;
}

int32_t BorrowStack::findGranting(AccessKind Kind, Tag T) const {
  if (T == kWildcardTag)
    return -1;
  int32_t Top = findTag(T);
  if (Top >= 0)
    TopIndex = uint16_t(Top); // a cache: queries repeat too
  for (int32_t I = Top; I >= 0; --I)
    if (Items[I].tag() == T && grants(Items[I].perm(), Kind))
      return I;
  return -1;
}

SBSAN_STACK_INLINE int32_t BorrowStack::lookup(AccessKind Kind, Tag T,
                                               bool *Present) {
  int32_t Top = findTag(T);
  *Present = Top >= 0;
  if (Top < 0)
    return -1;
  TopIndex = uint16_t(Top);
  for (int32_t I = Top; I >= 0; --I)
    if (Items[I].tag() == T && grants(Items[I].perm(), Kind))
      return I;
  return -1;
}

DenyReason BorrowStack::denyReason(AccessKind Kind, Tag T) const {
  if (T == kWildcardTag || findGranting(Kind, T) >= 0)
    return DenyReason::None;
  bool Found = false, ReadOnly = false;
  for (uint32_t I = 0; I < Size; ++I) {
    if (Items[I].tag() != T)
      continue;
    Found = true;
    ReadOnly |= Items[I].perm() == Permission::SharedReadOnly;
  }
  if (!Found)
    return DenyReason::TagNotInStack;
  // Not granted although present: for a write, a SharedReadOnly item is the
  // reason; otherwise every item of the tag is Disabled.
  if (Kind == AccessKind::Write && ReadOnly)
    return DenyReason::OnlyGrantsSharedReadOnly;
  return DenyReason::TagDisabled;
}

SBSAN_STACK_INLINE uint32_t
BorrowStack::firstWriteIncompatible(uint32_t Granting) const {
  uint32_t I = Granting + 1;
  if (Items[Granting].perm() != Permission::SharedReadWrite)
    return I;
  while (I < Size && Items[I].perm() == Permission::SharedReadWrite)
    ++I;
  return I;
}

SBSAN_STACK_INLINE uint32_t
BorrowStack::firstInvalidated(AccessKind Kind, uint32_t Granting) const {
  if (Kind == AccessKind::Write)
    return firstWriteIncompatible(Granting);
  // A read only disables Unique items, and none sits below UniqueLow.
  return Granting + 1 > UniqueLow ? Granting + 1 : uint32_t(UniqueLow);
}

SBSAN_STACK_INLINE bool BorrowStack::invalidatesProtected(
    AccessKind Kind, uint32_t From, const ProtectorOracle &Protectors,
    Violation *Out, const Tag *Exempt, unsigned NumExempt) const {
  for (uint32_t I = Size; I-- > From;)
    if ((Kind == AccessKind::Write || Items[I].perm() == Permission::Unique) &&
        blockedByProtector(Items[I], Protectors, false, Out, Exempt, NumExempt))
      return true;
  return false;
}

SBSAN_STACK_INLINE bool
BorrowStack::performAccess(AccessKind Kind, Tag T, uint32_t Granting,
                           const ProtectorOracle &Protectors, Violation *Out,
                           InvalidationObserver *Observer, const Tag *Exempt,
                           unsigned NumExempt) {
  uint32_t From = firstInvalidated(Kind, Granting);
  if (invalidatesProtected(Kind, From, Protectors, Out, Exempt, NumExempt)) {
    fill(Out, ViolationKind::ProtectedInvalidation, DenyReason::None, Kind, T);
    return false;
  }
  if (Kind == AccessKind::Write) {
    uint32_t Keep = From;
    if (Observer)
      for (uint32_t I = Size; I-- > Keep;)
        Observer->invalidated(Items[I], true, Kind, T);
    popTo(Keep);
    // A write through the bottom item removes every missing item when none
    // of them can be in its SharedReadWrite block (always true for Unique).
    if (Granting == 0 && Truncated &&
        (Items[0].perm() == Permission::Unique || !RootBlockIncomplete)) {
      Truncated = false;
      RootBlockIncomplete = false;
    }
    if (Granting == 0 && Items[0].perm() == Permission::Unique)
      Approximated = false;
    return true;
  }

  // A read disables the Unique items above the granting one (from
  // firstInvalidated on: nothing below UniqueLow can be Unique).
  uint32_t Start = From;
  bool All = Granting + 1 <= UniqueLow;
  if (Start >= Size) {
    if (All)
      UniqueLow = kNoIndex;
    return true;
  }
  for (uint32_t I = Size; I-- > Start;) {
    if (Items[I].perm() != Permission::Unique)
      continue;
    if (Observer)
      Observer->invalidated(Items[I], false, Kind, T);
    Items[I].setPerm(Permission::Disabled);
  }
  if (All)
    UniqueLow = kNoIndex;
  return true;
}

bool BorrowStack::isQuietSharedReader(Tag T) const {
  if (T == kWildcardTag)
    return false;
  int32_t G = findGranting(AccessKind::Read, T);
  if (G < 0 || Items[G].perm() == Permission::Unique)
    return false;
  if (UniqueLow == kNoIndex)
    return true;
  for (uint32_t I = uint32_t(G) + 1; I < Size; ++I)
    if (Items[I].perm() == Permission::Unique)
      return false;
  return true;
}

bool BorrowStack::wouldAllow(AccessKind Kind, Tag T,
                             const ProtectorOracle &Protectors) const {
  if (T == kWildcardTag)
    return true;
  int32_t G = findGranting(Kind, T);
  if (G < 0)
    return findTag(T) < 0 && unknownHere(T);
  return !invalidatesProtected(Kind, firstInvalidated(Kind, uint32_t(G)),
                               Protectors, nullptr, nullptr, 0);
}

bool BorrowStack::canDeriveRestrict(AccessKind Kind, Tag R,
                                    bool Present) const {
  if (!Present)
    return true;
  if (Kind == AccessKind::Read)
    return false; // every item of R is Disabled: refused as usual
  // A write through R's read-only item replaces it by a Unique one; a
  // Disabled-only R (a reported violation disabled it) stays refused.
  for (uint32_t I = 0; I < Size; ++I)
    if (Items[I].tag() == R && Items[I].perm() == Permission::SharedReadOnly)
      return true;
  return false;
}

SBSAN_STACK_INLINE BorrowStack::Grant
BorrowStack::grantFor(AccessKind Kind, Tag T, const ProtectorOracle &Protectors,
                      ViolationKind DenyKind, Violation *Out,
                      InvalidationObserver *Observer) {
  if (T == kWildcardTag)
    return {Grant::AsWildcard, 0};
  bool Present;
  int32_t Granting = lookup(Kind, T, &Present);
  if (Granting >= 0)
    return {Grant::ThroughItem, uint32_t(Granting)};
  if (!Present && unknownHere(T))
    return {Grant::AsWildcard, 0};
  if (isRestrictTag(T)) {
    Tag Parent;
    if (!Protectors.restrictParentOf(T, &Parent))
      return {Grant::AsWildcard, 0}; // its call is over (see the header)
    if (canDeriveRestrict(Kind, T, Present))
      return deriveRestrict(Kind, T, Parent, Protectors, DenyKind, Out,
                            Observer);
  }
  fill(Out, DenyKind, denyReason(Kind, T), Kind, T);
  return {Grant::Refused, 0};
}

__attribute__((noinline)) BorrowStack::Grant BorrowStack::deriveRestrict(
    AccessKind Kind, Tag R, Tag Parent, const ProtectorOracle &Protectors,
    ViolationKind DenyKind, Violation *Out, InvalidationObserver *Observer) {
  // Walk up to the first ancestor that can perform the access itself (the
  // base), collecting the restrict tags that need items on the way.
  Tag Chain[kMaxRestrictChain];
  unsigned N = 0;
  Chain[N++] = R;
  Tag Base = Parent;
  int32_t BaseItem = -1; // -1: the base is like the wildcard, no access
  while (Base != kWildcardTag) {
    bool Present;
    int32_t Granting = lookup(Kind, Base, &Present);
    if (Granting >= 0) {
      BaseItem = Granting;
      break;
    }
    if (!Present && unknownHere(Base))
      break;
    if (isRestrictTag(Base)) {
      Tag Next;
      if (!Protectors.restrictParentOf(Base, &Next))
        break; // its call is over: like the wildcard
      if (canDeriveRestrict(Kind, Base, Present)) {
        if (N == kMaxRestrictChain)
          break; // too deep to follow: like the wildcard
        Chain[N++] = Base;
        Base = Next;
        continue;
      }
    }
    fill(Out, DenyKind, denyReason(Kind, Base), Kind, Base);
    return {Grant::Refused, 0};
  }
  if (BaseItem >= 0 && !performAccess(Kind, Base, uint32_t(BaseItem),
                                      Protectors, Out, Observer, Chain, N)) {
    // The program accessed through R; the base only stands in for it.
    if (Out)
      Out->UsedTag = R;
    return {Grant::Refused, 0};
  }
  Permission P = Kind == AccessKind::Write ? Permission::Unique
                                           : Permission::SharedReadOnly;
  for (unsigned I = N; I-- > 0;)
    insert(Size, Item(Chain[I], P));
  return {Grant::Derived, uint32_t(Size) - 1};
}

bool BorrowStack::access(AccessKind Kind, Tag T,
                         const ProtectorOracle &Protectors, Violation *Out,
                         InvalidationObserver *Observer) {
  if (T == kWildcardTag)
    return true;
  Grant G = grantFor(Kind, T, Protectors, ViolationKind::AccessNotGranted, Out,
                     Observer);
  switch (G.K) {
  case Grant::Refused:
    return false;
  case Grant::AsWildcard:
  case Grant::Derived:
    return true;
  case Grant::ThroughItem:
    break;
  }
  return performAccess(Kind, T, G.Index, Protectors, Out, Observer);
}

bool BorrowStack::retag(Tag Parent, Tag NewTag, Permission NewPerm,
                        const ProtectorOracle &Protectors, Violation *Out,
                        InvalidationObserver *Observer) {
  if (NewPerm == Permission::Disabled)
    return true;

  if (NewPerm == Permission::SharedReadWrite) {
    // No access; the parent must be able to write, and the child joins the
    // parent's SharedReadWrite block at its top.
    bool Present = false;
    int32_t Granting = Parent == kWildcardTag
                           ? -1
                           : lookup(AccessKind::Write, Parent, &Present);
    if (Granting < 0) {
      // A restrict parent without a writing item (its item is made only on
      // its first access, whose position is not known yet) places its
      // child as unknown as a wildcard parent does; so does a dead one.
      bool Unknown = Parent == kWildcardTag ||
                     (!Present && unknownHere(Parent)) ||
                     (isRestrictTag(Parent) &&
                      (!Protectors.restrictParentOf(Parent, nullptr) ||
                       canDeriveRestrict(AccessKind::Write, Parent, Present)));
      if (!Unknown) {
        fill(Out, ViolationKind::RetagNotGranted,
             denyReason(AccessKind::Write, Parent), AccessKind::Write, Parent);
        return false;
      }
      // Unknown parent: the child's place is unknown, so leave it out and
      // let its tag be granted like a wildcard (see the header).
      if (NewTag != kWildcardTag)
        markIncomplete(true);
      return true;
    }
    if (NewTag != kWildcardTag)
      insert(firstWriteIncompatible(uint32_t(Granting)),
             Item(NewTag, Permission::SharedReadWrite));
    return true;
  }

  // Unique / SharedReadOnly: an access through the parent, then push.
  AccessKind Implied =
      NewPerm == Permission::Unique ? AccessKind::Write : AccessKind::Read;
  Grant G = grantFor(Implied, Parent, Protectors,
                     ViolationKind::RetagNotGranted, Out, Observer);
  if (G.K == Grant::Refused)
    return false;
  if (G.K == Grant::ThroughItem &&
      !performAccess(Implied, Parent, G.Index, Protectors, Out, Observer))
    return false;
  if (NewTag != kWildcardTag)
    insert(Size, Item(NewTag, NewPerm));
  return true;
}

bool BorrowStack::dealloc(Tag T, const ProtectorOracle &Protectors,
                          Violation *Out, InvalidationObserver *Observer) {
  if (T == kWildcardTag)
    return true;
  Grant G = grantFor(AccessKind::Write, T, Protectors,
                     ViolationKind::DeallocNotGranted, Out, Observer);
  if (G.K == Grant::Refused)
    return false;
  if (G.K == Grant::AsWildcard)
    return true;
  // The write pops like any write, and no popped item may be protected at
  // all; then the items that stay may not be strongly protected. Restrict
  // items never count (see the header).
  uint32_t Keep = firstWriteIncompatible(G.Index);
  for (uint32_t I = Size; I-- > 0;) {
    if (isRestrictTag(Items[I].tag()))
      continue;
    if (blockedByProtector(Items[I], Protectors, I < Keep, Out)) {
      fill(Out, ViolationKind::DeallocProtected, DenyReason::None,
           AccessKind::Write, T);
      return false;
    }
  }
  if (Observer)
    for (uint32_t I = Size; I-- > Keep;)
      Observer->invalidated(Items[I], true, AccessKind::Write, T);
  popTo(Keep);
  return true;
}

bool BorrowStack::expose(Tag T) {
  bool Found = false;
  for (uint32_t I = 0; I < Size; ++I) {
    if (Items[I].tag() == T) {
      Items[I].setExposed();
      Found = true;
    }
  }
  return Found;
}

void BorrowStack::approximate(Tag T) {
  if (Items == Inline && !reserve(kInline + 1)) {
    markIncomplete(true);
    return;
  }
  HeapHeader *H = heapHeader();
  if (!Approximated) {
    Approximated = true;
    H->ApproxLo = H->ApproxHi = T;
    return;
  }
  H->ApproxLo = T < H->ApproxLo ? T : H->ApproxLo;
  H->ApproxHi = T > H->ApproxHi ? T : H->ApproxHi;
}

// Same tag and permission (exposure is bookkeeping: merged items keep it
// if either had it).
static bool sameItem(Item A, Item B) {
  return A.tag() == B.tag() && A.perm() == B.perm();
}

bool BorrowStack::mergeApproximation(const BorrowStack &O) {
  if (!sameItem(Items[0], O.Items[0]))
    return false;
  // Merged stacks usually share a long bottom part (older items) and a long
  // top part (what range operations pushed on all of them since); the
  // middle is matched greedily, in order, unless that would cost too much,
  // when both middles are dropped.
  uint32_t Pre = 1;
  while (Pre < Size && Pre < O.Size && sameItem(Items[Pre], O.Items[Pre]))
    ++Pre;
  uint32_t Suf = 0;
  while (Suf < Size - Pre && Suf < O.Size - Pre &&
         sameItem(Items[Size - 1 - Suf], O.Items[O.Size - 1 - Suf]))
    ++Suf;
  uint32_t MidEnd = Size - Suf, OMidEnd = O.Size - Suf;
  constexpr uint32_t kMaxMatchWork = 4096;
  bool Match = uint64_t(MidEnd - Pre) * (OMidEnd - Pre) <= kMaxMatchWork;
  uint32_t Out = Pre, J = Pre;
  for (uint32_t I = Pre; I < MidEnd; ++I) {
    uint32_t K = J;
    if (Match)
      while (K < OMidEnd && !sameItem(O.Items[K], Items[I]))
        ++K;
    if (!Match || K == OMidEnd) {
      approximateDropped(Items[I]);
      continue;
    }
    for (; J < K; ++J)
      approximateDropped(O.Items[J]);
    Item Kept = Items[I];
    if (O.Items[J++].exposed())
      Kept.setExposed();
    Items[Out++] = Kept;
  }
  for (; J < OMidEnd; ++J)
    approximateDropped(O.Items[J]);
  internalMemmove(Items + Out, Items + MidEnd, Suf * sizeof(Item));
  for (uint32_t I = 0; I < Pre; ++I)
    if (O.Items[I].exposed())
      Items[I].setExposed();
  for (uint32_t I = 0; I < Suf; ++I)
    if (O.Items[OMidEnd + I].exposed())
      Items[Out + I].setExposed();
  Size = uint16_t(Out + Suf);
  approximateRangeOf(O);
  Truncated |= O.Truncated;
  RootBlockIncomplete |= O.RootBlockIncomplete;
  resetIndexes();
  return true;
}

void BorrowStack::resetIndexes() {
  UniqueLow = kNoIndex;
  for (uint32_t I = 1; I < Size; ++I)
    if (Items[I].perm() == Permission::Unique) {
      UniqueLow = uint16_t(I);
      break;
    }
  TopIndex = kNoIndex;
}

void BorrowStack::approximateMiddle(uint32_t KeepBottom, uint32_t KeepTop) {
  if (KeepBottom < 1)
    KeepBottom = 1;
  if (Size <= KeepBottom + KeepTop)
    return;
  uint32_t End = Size - KeepTop;
  for (uint32_t I = KeepBottom; I < End; ++I)
    approximateDropped(Items[I]);
  internalMemmove(Items + KeepBottom, Items + End, KeepTop * sizeof(Item));
  Size = uint16_t(KeepBottom + KeepTop);
  resetIndexes();
}

bool BorrowStack::operator==(const BorrowStack &O) const {
  if (Size != O.Size || Truncated != O.Truncated ||
      RootBlockIncomplete != O.RootBlockIncomplete ||
      approxLo() != O.approxLo() || approxHi() != O.approxHi())
    return false;
  return internalMemcmp(Items, O.Items, Size * sizeof(Item)) == 0;
}

} // namespace sbsan
