//===- borrow_stack.h - The Stacked Borrows rules for one location --------===//
//
// A BorrowStack is the stack of items of one memory location (one byte, or
// a run of bytes that share a stack). It implements the rules of Stacked
// Borrows exactly and knows nothing else: no shadow memory, no globals, no
// locking. Callers (borrow_memory.h) own the stacks and serialize access.
//
// Rules (docs/design.md section 1):
//  - Read via t: the topmost item with tag t that is not Disabled grants it;
//    every Unique item above it becomes Disabled.
//  - Write via t: the topmost item with tag t that is Unique or
//    SharedReadWrite grants it; everything above it is popped, except that
//    a SharedReadWrite grantor keeps the block of SharedReadWrite items
//    directly above it.
//  - Retag to Unique / SharedReadOnly: a write / read access by the parent,
//    then the new item is pushed on top. Retag to SharedReadWrite: no access;
//    the parent must grant writes and the new item is inserted just above
//    the parent's SharedReadWrite block.
//  - Invalidating (popping or disabling) a protected item is an error;
//    deallocating while a strongly protected item is present is an error.
//    Only Unique and SharedReadOnly items (and Unique ones since disabled)
//    are protected: the SharedReadWrite items of a protected retag (the
//    UnsafeCell bytes behind a `&T` parameter) are not.
//  - The wildcard tag (unknown provenance) is always granted and changes
//    nothing: permissive, never a false report.
//
// Decisions where the rules leave room (each errs towards no report):
//  - Wildcard parent of a retag: no access is performed. A Unique or
//    SharedReadOnly child is pushed on top: whatever the real parent was,
//    the real retag also ends with the child on top, and the items we keep
//    that the real access would have removed are dead in the real stack, so
//    using them is already undefined. A SharedReadWrite child is not placed
//    at all: its real position (just above the unknown parent's
//    SharedReadWrite block) is unknown, and both a too-high position (it
//    gets popped early) and a too-low one (its writes pop live items) can
//    invent reports. Instead the stack becomes incomplete (see below), so
//    the child's tag, absent from the stack, is granted like a wildcard.
//    A wildcard new tag gets no item; the parent's access still happens.
//  - Wildcard deallocation is granted without any check, strong protectors
//    included (stricter models would still report those).
//  - Deallocation pops like a write; popping a live protected item there,
//    weak or strong, is reported as DeallocProtected (as a deallocation
//    error, with the protector kind), and afterwards strongly protected
//    items left in the stack are DeallocProtected too. Weakly protected
//    items left in the stack (a Box freed by its own callee) are fine, and
//    so are restrict items (see below).
//  - A retag to Disabled is not a real retag: it is ignored (returns true).
//
// Bounded and incomplete stacks. Past kMaxItems the oldest half of the items
// above the bottom one (the lowest ones) is dropped, and the stack is
// marked truncated ("incomplete"): real items may be missing from it. In an
// incomplete stack an access, retag parent or deallocation whose tag has no
// item at all is treated like a wildcard (granted, no change), as its item
// may have been dropped. A tag that is present keeps the exact rules even
// then: retags make fresh tags, so a present tag has no second item among
// the missing ones. Why this stays sound: removing items from a stack only
// merges SharedReadWrite blocks, so the remaining stack pops and disables a
// subset of what the complete one would; and the items that wildcard-like
// operations fail to remove are dead in the real stack, so a program that
// uses them is already wrong. Precision is lost, never invented.
// A write through the bottom item makes the stack complete again when it
// is known to remove every missing item: always for a Unique bottom item
// (it pops everything above), and for a SharedReadWrite bottom item only
// if no missing item can belong to its SharedReadWrite block (tracked by
// RootBlockIncomplete: set when a dropped batch starts with a
// SharedReadWrite item, or when a SharedReadWrite child was left unplaced).
//
// Approximated stacks. A stack may stand for the stacks of several
// locations at once (borrow_memory.h: fragmented memory is coalesced into
// one run): mergeApproximation keeps the items both stacks have, in their
// common order, and drops the others. A dropped item that could grant
// anything adds its tag to the approximated range [ApproxLo, ApproxHi];
// a tag in that range that has no item is treated like a tag of a
// truncated stack (granted, no change). A dropped Disabled item adds
// nothing: its tag grants nothing, and without an item it is refused
// either way. Sound for the same reason as truncation: the result is a
// subsequence of each merged stack, so SharedReadWrite blocks only merge
// (pops and disables are a subset of the real ones), and each tag it
// refuses has no usable item in the real stack. A write through a Unique
// bottom item pops everything above it, so it ends the approximation.
//
// Items with one tag: callers give every retag a fresh tag, so a tag has
// one item per location. The rules still apply exactly when a tag occurs
// more than once (the topmost granting item wins).
//
// Stale tags. Tags grow over time (tags.h: every tag made before an
// allocation's root is numerically smaller than it), so a tag below the
// bottom item's tag was made before this allocation existed and can never
// have been derived for it. Such a tag reaches the stacks when the value
// check of the provenance shadow cannot tell two pointers apart: memory
// freed and handed out again at the same address (realloc in place,
// malloc after free) while uninstrumented code rewrites a stored pointer
// with the same value. Its real provenance is unknown, so an operation
// through a stale tag that has no item is treated like one through the
// wildcard (granted, no change; a retag pushes its child as from a
// wildcard parent). Tags made by other threads after the root can also be
// smaller (per-thread batches); for them this only gives up precision.
//
// Restrict tags (isRestrictTag: a C `restrict` parameter, or LLVM noalias
// argument) are made without items. Only memory that is modified during
// the call must not be accessed through both the restrict pointer and
// others, so the item of a restrict tag R is made lazily per byte, on the
// first access through R while its call runs (its parent is known through
// ProtectorOracle::restrictParentOf only then):
//  - read through R without an item of R: a read access by the parent,
//    then SharedReadOnly R is pushed;
//  - write through R without an item, or with only SharedReadOnly items:
//    a write access by the parent, which pops R's own read-only item
//    without a protector error, then Unique R is pushed.
// The parent may itself be a restrict tag without an item (restrict
// parameters passed on to restrict parameters); the whole chain is made
// at once, the outermost first, and none of its members' read-only items
// counts as a protector error. R is protected, so the ordinary rules then
// report a foreign access that disables or pops R's item (R wrote the
// byte, or another pointer writes what R read). A parent that may not
// make the access refuses it as usual; an unknown parent (wildcard, stale,
// missing from an incomplete stack, a chain longer than kMaxRestrictChain)
// makes no access and the items are pushed, as for a wildcard parent. A
// restrict tag without items in an incomplete stack is granted like other
// missing tags, and a SharedReadWrite child of a restrict tag without a
// writing item is left unplaced like one of the wildcard (R's item, and so
// the child's place, are not known yet). After the call, an operation
// through R that finds no usable item of R is treated like one through
// the wildcard: C puts no constraint on R-based pointers any more.
// Deallocation is not an access in C's sense, so restrict items never
// block one.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_BORROW_STACK_H
#define SBSAN_BORROW_STACK_H

#include "sbsan_interface.h"

#include <cstddef>
#include <cstdint>

namespace sbsan {

using Tag = uint64_t;
constexpr Tag kWildcardTag = 0;
constexpr Tag kGlobalRootTag = 2;

// The low kTagClassBits bits of a tag say what it may need (tags.h).
constexpr unsigned kTagClassBits = 3;
// Bit 0 of a tag is set only on tags created by protected retags.
constexpr bool mayBeProtected(Tag T) {
  return (T & SBSAN_TAG_PROTECTED_BIT) != 0;
}
// Restrict tags have both low bits set (tags.h); they are always protected.
constexpr bool isRestrictTag(Tag T) {
  return (T & SBSAN_TAG_RESTRICT_CLASS) == SBSAN_TAG_RESTRICT_CLASS;
}
// Bit 2 is set only on tags made by a SharedReadOnly retag of frozen
// bytes: every item such a tag ever has is SharedReadOnly.
constexpr Tag kFrozenSharedBit = SBSAN_TAG_FROZEN_SHARED_BIT;
constexpr bool isFrozenSharedTag(Tag T) {
  return (T & kFrozenSharedBit) != 0 && !isRestrictTag(T);
}

enum class Permission : uint8_t {
  Unique = 0,
  SharedReadWrite = 1,
  SharedReadOnly = 2,
  Disabled = 3,
};

enum class AccessKind : uint8_t { Read, Write };

enum class ProtectorKind : uint8_t { None, Weak, Strong };

// One item, packed in 64 bits: tag << 3 | exposed << 2 | permission.
class Item {
public:
  Item() = default;
  Item(Tag T, Permission P, bool Exposed = false)
      : Bits((T << 3) | (uint64_t(Exposed) << 2) | uint64_t(P)) {}
  Tag tag() const { return Bits >> 3; }
  Permission perm() const { return Permission(Bits & 3); }
  bool exposed() const { return (Bits >> 2) & 1; }
  void setPerm(Permission P) { Bits = (Bits & ~uint64_t(3)) | uint64_t(P); }
  void setExposed() { Bits |= 4; }
  // The packed form, and back (GranuleSlot keeps items so).
  uint64_t bits() const { return Bits; }
  static Item fromBits(uint64_t B) {
    Item I;
    I.Bits = B;
    return I;
  }
  bool operator==(const Item &O) const { return Bits == O.Bits; }
  bool operator!=(const Item &O) const { return Bits != O.Bits; }

private:
  uint64_t Bits = 0;
};

// Tells whether a tag is protected by a function call that is still running.
// Only consulted for tags with mayBeProtected().
class ProtectorOracle {
public:
  virtual ~ProtectorOracle() = default;
  // Returns the kind of the live protector of Tag (None if there is none)
  // and, if CallId is not null, an id of the protecting call.
  virtual ProtectorKind protectorOf(Tag T, uint64_t *CallId) const = 0;
  // For a restrict tag whose call is still running: true, with the tag it
  // derives its items from in *Parent. Only asked for isRestrictTag tags.
  virtual bool restrictParentOf(Tag R, Tag *Parent) const {
    (void)R;
    (void)Parent;
    return false;
  }
};

// Told about every item an operation invalidates, for report history.
class InvalidationObserver {
public:
  virtual ~InvalidationObserver() = default;
  // Victim was popped (Popped) or disabled (!Popped) by an access of kind
  // By through tag ByTag.
  virtual void invalidated(Item Victim, bool Popped, AccessKind By,
                           Tag ByTag) = 0;
};

enum class ViolationKind : uint8_t {
  None = 0,
  AccessNotGranted,      // a read or write through a tag the stack refuses
  RetagNotGranted,       // the parent does not grant what the retag needs
  ProtectedInvalidation, // an access would pop/disable a protected item
  DeallocNotGranted,     // deallocation through a tag that may not write
  DeallocProtected,      // deallocation while a strong protector is live
};

enum class DenyReason : uint8_t {
  None = 0,
  TagNotInStack,            // no item with the tag (never there, or popped)
  OnlyGrantsSharedReadOnly, // the tag's item is SharedReadOnly; a write
  TagDisabled,              // the tag's only item was disabled
};

struct Violation {
  ViolationKind Kind = ViolationKind::None;
  DenyReason Reason = DenyReason::None;
  AccessKind Access = AccessKind::Read; // the access tried (or implied)
  Tag UsedTag = kWildcardTag;
  Item Protected; // for the protector kinds: the protected item
  uint64_t ProtectorCall = 0;
  ProtectorKind Protector = ProtectorKind::None;
};

class BorrowStack {
public:
  static constexpr uint32_t kMaxItems = 256;
  // How many of the oldest items above the bottom one a full stack drops
  // at once, so that the cost of dropping is amortized O(1) per push.
  static constexpr uint32_t kDropBatch = kMaxItems / 2;

  // A stack with one item: the allocation's root.
  explicit BorrowStack(Item Root);
  // A stack of the N (1 to kInline) items of Bottom, bottom first, and
  // nothing else.
  BorrowStack(const Item *Bottom, uint32_t N);
  BorrowStack(const BorrowStack &Other);
  // Takes Other's items (its heap array, if any); Other is left empty.
  BorrowStack(BorrowStack &&Other);
  // The stack that Other.approximateMiddle(KeepBottom, KeepTop) would
  // leave, made without copying the items it drops.
  BorrowStack(const BorrowStack &Other, uint32_t KeepBottom, uint32_t KeepTop);
  BorrowStack &operator=(const BorrowStack &Other);
  ~BorrowStack();

  // Each operation returns true if allowed. On false, *Out (may be null)
  // describes the violation and the stack is unchanged. Observer may be
  // null; it hears of every item a successful operation pops or disables.
  bool access(AccessKind Kind, Tag T, const ProtectorOracle &Protectors,
              Violation *Out, InvalidationObserver *Observer = nullptr);

  // Retag: derive NewTag from Parent with permission NewPerm (not
  // Disabled). The caller handles zero-sized retags (they touch no stack).
  bool retag(Tag Parent, Tag NewTag, Permission NewPerm,
             const ProtectorOracle &Protectors, Violation *Out,
             InvalidationObserver *Observer = nullptr);

  // Deallocation through T: a write access, then no item may be strongly
  // protected. The stack is dead afterwards either way.
  bool dealloc(Tag T, const ProtectorOracle &Protectors, Violation *Out,
               InvalidationObserver *Observer = nullptr);

  // True if access(Kind, T) would be allowed, without changing anything.
  // May say false where access would derive lazy restrict items (callers
  // use it only to skip work, and then do the real operation).
  bool wouldAllow(AccessKind Kind, Tag T,
                  const ProtectorOracle &Protectors) const;

  // True if T's item that grants reads is SharedReadWrite or
  // SharedReadOnly and no Unique item lies above it (after any granted
  // read through T, none does): a read through T changes nothing, and no
  // read through any tag disables that item.
  bool isQuietSharedReader(Tag T) const;

  // Marks every item with tag T exposed. Returns true if one was found.
  bool expose(Tag T);

  // Index of the topmost item with tag T, or -1. A query: no effect.
  int32_t findTag(Tag T) const;
  // Index of the item that would grant Kind to T, or -1 (wildcard: -1).
  int32_t findGranting(AccessKind Kind, Tag T) const;
  // Why Kind through T is refused (None if some item grants it).
  DenyReason denyReason(AccessKind Kind, Tag T) const;

  uint32_t size() const { return Size; }
  // True while the items are in place (no heap array is held).
  bool itemsInPlace() const { return Items == Inline; }
  Item item(uint32_t Index) const { return Items[Index]; } // 0 = bottom
  Item top() const { return Items[Size - 1]; }
  // True if items may be missing (dropped, or a child left unplaced): tags
  // without a granting item are then granted like wildcards.
  bool truncated() const { return Truncated; }
  // True if a missing item may belong to the bottom item's
  // SharedReadWrite block (only meaningful while truncated()).
  bool rootBlockIncomplete() const { return RootBlockIncomplete; }
  // True if the tags in [approxLo(), approxHi()] may have dropped items.
  bool approximated() const { return Approximated; }
  Tag approxLo() const { return Approximated ? heapHeader()->ApproxLo : 0; }
  Tag approxHi() const { return Approximated ? heapHeader()->ApproxHi : 0; }
  // Turns this stack into one that stands for itself and Other (see the
  // header). Returns false, changing nothing, if their bottom items differ.
  bool mergeApproximation(const BorrowStack &Other);
  // Keeps the KeepBottom lowest and KeepTop highest items and drops the
  // ones between, as mergeApproximation drops items (their tags join the
  // approximated range).
  void approximateMiddle(uint32_t KeepBottom, uint32_t KeepTop);
  bool operator==(const BorrowStack &O) const;
  bool operator!=(const BorrowStack &O) const { return !(*this == O); }

private:
  static constexpr uint16_t kNoIndex = 0xffff;
  static_assert(kMaxItems < kNoIndex, "indices must fit in 16 bits");
  // Longest chain of restrict tags made lazily at once; an older ancestor
  // is treated like the wildcard.
  static constexpr unsigned kMaxRestrictChain = 16;

  // How an operation through a tag goes ahead (grantFor).
  struct Grant {
    enum Kind : uint8_t {
      Refused,     // *Out is filled
      AsWildcard,  // granted without any change
      ThroughItem, // Index is the granting item; the access is still to do
      Derived,     // lazily made items; the access is done, Index = top
    } K;
    uint32_t Index;
  };

  int32_t lookup(AccessKind Kind, Tag T, bool *Present);
  // A tag without any item here that may have one we do not know about
  // (dropped from a truncated stack) or that predates the allocation.
  bool unknownHere(Tag T) const {
    return Truncated || T < Items[0].tag() ||
           (Approximated && T >= heapHeader()->ApproxLo &&
            T <= heapHeader()->ApproxHi);
  }
  // Adds T to the approximated range (which lives with a heap array: the
  // items move out of line first). Without memory for that, the stack is
  // marked incomplete instead, which grants every missing tag.
  void approximate(Tag T);
  // Item I was dropped: its tag joins the range, unless it was Disabled
  // (its tag grants nothing, and without an item it is refused either way).
  void approximateDropped(Item I) {
    if (I.perm() != Permission::Disabled)
      approximate(I.tag());
  }
  // The range of O, which this stack stands for too, joins this one's.
  void approximateRangeOf(const BorrowStack &O) {
    if (O.Approximated) {
      approximate(O.approxLo());
      approximate(O.approxHi());
    }
  }
  // Recomputes UniqueLow and forgets TopIndex after items were removed.
  void resetIndexes();
  bool canDeriveRestrict(AccessKind Kind, Tag R, bool Present) const;
  Grant grantFor(AccessKind Kind, Tag T, const ProtectorOracle &Protectors,
                 ViolationKind DenyKind, Violation *Out,
                 InvalidationObserver *Observer);
  Grant deriveRestrict(AccessKind Kind, Tag R, Tag Parent,
                       const ProtectorOracle &Protectors,
                       ViolationKind DenyKind, Violation *Out,
                       InvalidationObserver *Observer);
  uint32_t firstWriteIncompatible(uint32_t Granting) const;
  // The lowest index that an access of Kind through the item at Granting
  // may pop (write) or disable (read).
  uint32_t firstInvalidated(AccessKind Kind, uint32_t Granting) const;
  // True if such an access, invalidating from index From, would pop or
  // disable an item whose protector is live; *Out then names the topmost
  // such item. Exempt: as for performAccess.
  bool invalidatesProtected(AccessKind Kind, uint32_t From,
                            const ProtectorOracle &Protectors, Violation *Out,
                            const Tag *Exempt, unsigned NumExempt) const;
  // Exempt: tags whose items this access may invalidate without a
  // protector error (a restrict chain replacing its own items).
  bool performAccess(AccessKind Kind, Tag T, uint32_t Granting,
                     const ProtectorOracle &Protectors, Violation *Out,
                     InvalidationObserver *Observer,
                     const Tag *Exempt = nullptr, unsigned NumExempt = 0);
  void insert(uint32_t Index, Item New);
  void popTo(uint32_t NewSize);
  void dropOldest(uint32_t Count);
  bool reserve(uint32_t Wanted);
  void copyFrom(const BorrowStack &Other);
  void markIncomplete(bool MayHitRootBlock);

  // Storage: up to kInline items in place, else a heap array that follows
  // a HeapHeader. An approximated stack always has its items on the heap,
  // so that its rare range costs the common stacks no room: the stack is
  // 56 bytes, and a granule's slot (state_table.h) one cache line.
  static constexpr uint32_t kInline = 5;
  static constexpr unsigned kFirstHeapLog = 3; // 8 items
  struct HeapHeader {
    Tag ApproxLo; // the approximated range, while Approximated
    Tag ApproxHi;
  };
  HeapHeader *heapHeader() const {
    return reinterpret_cast<HeapHeader *>(Items) - 1;
  }
  uint32_t capacity() const {
    return CapacityLog ? uint32_t(1) << CapacityLog : kInline;
  }
  Item *Items;
  uint16_t Size = 0;
  // Caches (not part of the value). UniqueLow: no Unique item sits at an
  // index in [1, UniqueLow); kNoIndex if no Unique above the bottom.
  // TopIndex: if below Size, Items[TopIndex] is the topmost item with its
  // tag (remembers the last look-up; a parent is often used repeatedly).
  uint16_t UniqueLow = kNoIndex;
  mutable uint16_t TopIndex = kNoIndex;
  uint8_t CapacityLog = 0; // 0: the kInline items in place
  bool Truncated : 1;
  bool RootBlockIncomplete : 1;
  bool Approximated : 1; // the range is in heapHeader()
  Item Inline[kInline];
};
static_assert(sizeof(BorrowStack) == 56, "a granule's slot is one line");

// Inline: it is on the path of every access and retag (through lookup).
inline int32_t BorrowStack::findTag(Tag T) const {
  if (TopIndex < Size && Items[TopIndex].tag() == T)
    return TopIndex;
  for (int32_t I = int32_t(Size) - 1; I >= 0; --I)
    if (Items[I].tag() == T)
      return I;
  return -1;
}

} // namespace sbsan

#endif // SBSAN_BORROW_STACK_H
