//===- borrow_stack_test.cpp - Unit tests of the per-location rules -------===//
//
// One test per rule and per error kind of BorrowStack, then the classic
// Stacked Borrows examples written as stack operations, then the bounded
// stack. Every expectation is on the exact resulting stack (items and
// permissions) or the exact violation, so a wrong rule makes a test fail.
//
// Tag convention: odd tags may be protected (mayBeProtected), even tags
// never are; tags that are 3 mod 4 are restrict tags (isRestrictTag), so
// ordinary protected tags are 1 mod 4. Roots: kHeap (SharedReadWrite
// bottom, like heap and globals) and kLocal (Unique bottom, like a stack
// local); tags below a root predate its allocation (stale tags).
//
//===----------------------------------------------------------------------===//

#include "borrow_stack.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>
#include <vector>

using namespace sbsan;

namespace {

constexpr Tag kHeap = 4;
constexpr Tag kLocal = 6;

constexpr Permission U = Permission::Unique;
constexpr Permission SRW = Permission::SharedReadWrite;
constexpr Permission SRO = Permission::SharedReadOnly;
constexpr Permission Dis = Permission::Disabled;
constexpr AccessKind Rd = AccessKind::Read;
constexpr AccessKind Wr = AccessKind::Write;

// Live protectors as a stack of call frames: tests enter and leave calls
// to model protectors that end when the protecting function returns.
class CallStack : public ProtectorOracle {
public:
  struct Frame {
    uint64_t Id;
    std::vector<std::pair<Tag, ProtectorKind>> Tags;
    std::vector<std::pair<Tag, Tag>> Parents; // restrict tag -> parent
  };

  void enter(uint64_t Id) { Frames.push_back({Id, {}, {}}); }
  void protect(Tag T, ProtectorKind K) {
    ASSERT_FALSE(Frames.empty());
    ASSERT_TRUE(mayBeProtected(T)) << "protected tags must be odd";
    Frames.back().Tags.push_back({T, K});
  }
  void leave() { Frames.pop_back(); }
  // A restrict tag of the innermost call, deriving from Parent.
  void protectRestrict(Tag R, Tag Parent) {
    ASSERT_TRUE(isRestrictTag(R)) << "restrict tags are 3 mod 4";
    protect(R, ProtectorKind::Strong);
    Frames.back().Parents.push_back({R, Parent});
  }

  bool restrictParentOf(Tag R, Tag *Parent) const override {
    for (const Frame &F : Frames)
      for (const auto &P : F.Parents)
        if (P.first == R) {
          if (Parent)
            *Parent = P.second;
          return true;
        }
    return false;
  }

  ProtectorKind protectorOf(Tag T, uint64_t *CallId) const override {
    Asked.push_back(T);
    for (const Frame &F : Frames)
      for (const auto &P : F.Tags)
        if (P.first == T) {
          if (CallId)
            *CallId = F.Id;
          return P.second;
        }
    return ProtectorKind::None;
  }

  mutable std::vector<Tag> Asked;

private:
  std::vector<Frame> Frames;
};

struct Event {
  Item Victim;
  bool Popped;
  AccessKind By;
  Tag ByTag;
};

class Recorder : public InvalidationObserver {
public:
  void invalidated(Item Victim, bool Popped, AccessKind By,
                   Tag ByTag) override {
    Events.push_back({Victim, Popped, By, ByTag});
  }
  std::vector<Event> Events;
};

using Items = std::vector<Item>;

Items itemsOf(const BorrowStack &S) {
  Items R;
  for (uint32_t I = 0; I < S.size(); ++I)
    R.push_back(S.item(I));
  return R;
}

class BorrowStackTest : public ::testing::Test {
protected:
  // Retags that the scenario needs to succeed.
  void grant(BorrowStack &S, Tag Parent, Tag New, Permission P) {
    Violation V;
    ASSERT_TRUE(S.retag(Parent, New, P, Calls, &V, &Log))
        << "retag " << Parent << " -> " << New << " refused";
  }
  bool read(BorrowStack &S, Tag T) {
    return S.access(Rd, T, Calls, &V, &Log);
  }
  bool write(BorrowStack &S, Tag T) {
    return S.access(Wr, T, Calls, &V, &Log);
  }

  CallStack Calls;
  Recorder Log;
  Violation V;
};

// --- Access rules --------------------------------------------------------

TEST_F(BorrowStackTest, ReadIsGrantedByEveryNonDisabledItem) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRW);
  grant(S, 12, 14, SRO);
  Items Before = itemsOf(S);
  EXPECT_TRUE(read(S, 14));
  EXPECT_TRUE(read(S, 12));
  EXPECT_EQ(itemsOf(S), Before) << "reading through the top changes nothing";
}

TEST_F(BorrowStackTest, ReadDisablesEveryUniqueAboveTheGrantingItem) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRW);
  grant(S, 12, 14, U);
  grant(S, 14, 16, SRO);
  ASSERT_TRUE(read(S, 12));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, U), Item(12, SRW),
                               Item(14, Dis), Item(16, SRO)}));
  ASSERT_TRUE(read(S, kHeap));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, Dis),
                               Item(12, SRW), Item(14, Dis), Item(16, SRO)}))
      << "SharedReadWrite and SharedReadOnly items survive reads";
}

TEST_F(BorrowStackTest, ReadDisablesUniqueAboveSharedItems) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  grant(S, 10, 12, SRO);
  grant(S, kHeap, 14, SRW); // lands below 12
  grant(S, 12, 16, SRO);
  grant(S, 14, 18, U);      // pops 12 and 16, pushes 18
  grant(S, 18, 20, U);
  ASSERT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, SRW), Item(14, SRW),
                               Item(18, U), Item(20, U)}));
  ASSERT_TRUE(read(S, kHeap));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, SRW), Item(14, SRW),
                               Item(18, Dis), Item(20, Dis)}));
  grant(S, 14, 22, U);
  grant(S, 22, 24, SRW);
  grant(S, 24, 26, U);
  ASSERT_TRUE(read(S, 24));
  EXPECT_EQ(S.top(), Item(26, Dis));
  EXPECT_EQ(S.item(S.size() - 3), Item(22, U)) << "below the reader: kept";
}

TEST_F(BorrowStackTest, WriteThroughUniquePopsEverythingAbove) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRW);
  grant(S, 12, 14, SRW);
  ASSERT_TRUE(write(S, 10));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, U)}));
}

TEST_F(BorrowStackTest, WriteThroughSharedReadWriteKeepsAdjacentBlock) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  grant(S, kHeap, 12, SRW);
  grant(S, 12, 14, U);
  grant(S, 14, 16, SRW);
  ASSERT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, SRW), Item(12, SRW),
                               Item(14, U), Item(16, SRW)}));
  // A write through any member of the bottom block keeps the whole block,
  // also the members above the writer, and pops from the first non-SRW.
  ASSERT_TRUE(write(S, 10));
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(10, SRW), Item(12, SRW)}));
}

TEST_F(BorrowStackTest, WriteNeverGrantedBySharedReadOnlyOrDisabled) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRO);
  EXPECT_FALSE(write(S, 10));
  EXPECT_EQ(V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_EQ(V.UsedTag, Tag(10));
}

TEST_F(BorrowStackTest, DisabledItemGrantsNothing) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRO);
  ASSERT_TRUE(read(S, kHeap));
  ASSERT_EQ(S.item(1), Item(10, Dis));
  Items Before = itemsOf(S);
  EXPECT_FALSE(read(S, 10));
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
  EXPECT_FALSE(write(S, 10));
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
  EXPECT_EQ(itemsOf(S), Before) << "refused accesses change nothing";
  // The SharedReadOnly above the disabled item is still readable.
  EXPECT_TRUE(read(S, 12));
}

TEST_F(BorrowStackTest, TopmostGrantingItemWinsWhenATagRepeats) {
  // Tags are fresh per retag, but the rules must stay exact if one repeats.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  grant(S, kHeap, 12, U);
  grant(S, 12, 10, SRO); // 10 again, read-only, on top
  EXPECT_EQ(S.findTag(10), 3);
  ASSERT_TRUE(S.retag(10, 10, SRO, Calls, &V)); // and once more on top
  EXPECT_EQ(S.findTag(10), 4);
  EXPECT_EQ(S.findGranting(Wr, 10), 1);
  ASSERT_TRUE(write(S, 10)) << "the lower SharedReadWrite 10 grants writes";
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, SRW)}));
}

// --- Deny reasons --------------------------------------------------------

TEST_F(BorrowStackTest, DenyReasonTagNotInStack) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, U);
  ASSERT_TRUE(write(S, 10)); // pops 12
  EXPECT_FALSE(read(S, 12));
  EXPECT_EQ(V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_EQ(V.UsedTag, Tag(12));
  EXPECT_EQ(S.denyReason(Wr, 99), DenyReason::TagNotInStack);
  EXPECT_EQ(S.denyReason(Wr, 10), DenyReason::None);
}

TEST_F(BorrowStackTest, DenyReasonOnlyGrantsSharedReadOnly) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRO);
  EXPECT_EQ(S.denyReason(Wr, 10), DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_EQ(S.denyReason(Rd, 10), DenyReason::None);
}

TEST_F(BorrowStackTest, DenyReasonTagDisabled) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  ASSERT_TRUE(read(S, kHeap));
  EXPECT_EQ(S.denyReason(Rd, 10), DenyReason::TagDisabled);
  EXPECT_EQ(S.denyReason(Wr, 10), DenyReason::TagDisabled);
}

// --- Retags --------------------------------------------------------------

TEST_F(BorrowStackTest, UniqueRetagWritesThroughParentThenPushes) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRO);
  grant(S, kHeap, 14, U); // write through the root pops 10 and 12
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(14, U)}));
}

TEST_F(BorrowStackTest, SharedReadOnlyRetagReadsThroughParentThenPushes) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, U);
  grant(S, 10, 14, SRO); // read through 10 disables 12, then push
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, U), Item(12, Dis),
                               Item(14, SRO)}));
}

TEST_F(BorrowStackTest, SharedReadWriteRetagInsertsAboveParentBlock) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  grant(S, kHeap, 12, U);
  grant(S, 12, 14, SRO);
  // From the root: the root's block is {10}, so the new item goes right
  // after it, below the Unique 12 (and 12 stays Unique: no access).
  grant(S, kHeap, 16, SRW);
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, SRW), Item(16, SRW),
                               Item(12, U), Item(14, SRO)}));
  // From a Unique parent: directly above it, below its SharedReadOnly child.
  grant(S, 12, 18, SRW);
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(10, SRW), Item(16, SRW), Item(12, U),
                   Item(18, SRW), Item(14, SRO)}));
  // The new items are usable and the old ones untouched.
  EXPECT_TRUE(read(S, 14));
  EXPECT_TRUE(write(S, 18)); // pops 14 only
  EXPECT_EQ(S.top(), Item(18, SRW));
  EXPECT_TRUE(Log.Events.size() == 1 && Log.Events[0].Victim == Item(14, SRO));
}

TEST_F(BorrowStackTest, SharedReadWriteRetagNeedsParentThatMayWrite) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 12, U);
  grant(S, 12, 10, SRO);
  Items Before = itemsOf(S);
  EXPECT_FALSE(S.retag(10, 20, SRW, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::RetagNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_EQ(V.UsedTag, Tag(10));
  EXPECT_FALSE(S.retag(30, 20, SRW, Calls, &V));
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_EQ(itemsOf(S), Before);
}

TEST_F(BorrowStackTest, RetagNotGrantedWhenParentCannotDoTheImpliedAccess) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 12, U);
  grant(S, 12, 10, SRO);
  ASSERT_TRUE(read(S, kHeap)); // disables 12
  Items Before = itemsOf(S);
  EXPECT_FALSE(S.retag(10, 20, U, Calls, &V)); // &mut from &
  EXPECT_EQ(V.Kind, ViolationKind::RetagNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_FALSE(S.retag(12, 22, SRO, Calls, &V)); // & from a disabled &mut
  EXPECT_EQ(V.Kind, ViolationKind::RetagNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
  EXPECT_EQ(V.Access, Rd);
  EXPECT_EQ(V.UsedTag, Tag(12));
  EXPECT_EQ(itemsOf(S), Before);
}

TEST_F(BorrowStackTest, RetagToDisabledIsIgnored) {
  BorrowStack S(Item(kHeap, SRW));
  EXPECT_TRUE(S.retag(kHeap, 10, Dis, Calls, &V));
  EXPECT_EQ(S.size(), 1u);
}

// --- Protectors ----------------------------------------------------------

TEST_F(BorrowStackTest, ReadDisablingProtectedUniqueIsProtectedInvalidation) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.enter(7);
  Calls.protect(21, ProtectorKind::Strong);
  BorrowStack Before = S;
  EXPECT_FALSE(read(S, kHeap));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Access, Rd);
  EXPECT_EQ(V.UsedTag, kHeap);
  EXPECT_EQ(V.Protected, Item(21, U));
  EXPECT_EQ(V.ProtectorCall, 7u);
  EXPECT_EQ(V.Protector, ProtectorKind::Strong);
  EXPECT_EQ(S, Before) << "the stack is left as it was";
  EXPECT_TRUE(Log.Events.empty()) << "nothing happened, nothing to observe";
}

TEST_F(BorrowStackTest, WritePoppingProtectedItemIsProtectedInvalidation) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 13, SRO); // a protected & argument
  grant(S, 13, 14, SRO);
  Calls.enter(3);
  Calls.protect(13, ProtectorKind::Strong);
  BorrowStack Before = S;
  EXPECT_FALSE(write(S, 10));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_EQ(V.Protected, Item(13, SRO));
  EXPECT_EQ(V.ProtectorCall, 3u);
  EXPECT_EQ(S, Before);
  EXPECT_TRUE(Log.Events.empty());
}

TEST_F(BorrowStackTest, SharedReadWriteItemsAreNeverProtected) {
  // A protected `&T` retag whose bytes lie inside an UnsafeCell: its
  // SharedReadWrite items may be popped, and the memory freed, during the
  // call; its SharedReadOnly items (the frozen bytes) stay protected.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, SRW);
  Calls.enter(5);
  Calls.protect(21, ProtectorKind::Strong);
  BorrowStack Cell = S;
  grant(Cell, kHeap, 30, U);
  EXPECT_TRUE(S.dealloc(kHeap, Calls, &V));
  EXPECT_TRUE(write(Cell, kHeap)) << "popping the SharedReadWrite item is fine";
  BorrowStack Frozen(Item(kHeap, SRW));
  grant(Frozen, kHeap, 21, SRO);
  EXPECT_FALSE(write(Frozen, kHeap));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(21, SRO));
}

TEST_F(BorrowStackTest, WeakProtectorAlsoForbidsInvalidationByAccess) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U); // Box argument
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Weak);
  EXPECT_FALSE(write(S, kHeap));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protector, ProtectorKind::Weak);
  EXPECT_FALSE(read(S, kHeap));
  EXPECT_EQ(V.Protector, ProtectorKind::Weak);
}

TEST_F(BorrowStackTest, RetagWhoseImpliedAccessHitsProtectorIsProtected) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Strong);
  BorrowStack Before = S;
  EXPECT_FALSE(S.retag(kHeap, 20, U, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_EQ(V.Protected, Item(21, U));
  EXPECT_FALSE(S.retag(kHeap, 22, SRO, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Access, Rd);
  // A SharedReadWrite retag is no access: allowed, protector or not.
  EXPECT_TRUE(S.retag(kHeap, 24, SRW, Calls, &V));
  EXPECT_EQ(S.item(1), Item(24, SRW));
  EXPECT_EQ(S.item(2), Item(21, U));
  EXPECT_NE(S, Before);
}

TEST_F(BorrowStackTest, ProtectorsFollowNestedCalls) {
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 21, U); // outer(x: &mut i32)
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Strong);
  grant(S, 21, 13, U); // inner(y: &mut *x)
  Calls.enter(2);
  Calls.protect(13, ProtectorKind::Strong);
  // Inside inner, using x pops y: protected by the running inner call.
  EXPECT_FALSE(write(S, 21));
  EXPECT_EQ(V.Protected, Item(13, U));
  EXPECT_EQ(V.ProtectorCall, 2u);
  Calls.leave(); // inner returns
  EXPECT_TRUE(write(S, 21)) << "y's protector ended with its call";
  EXPECT_EQ(S.top(), Item(21, U));
  // Back in outer: x is still protected against its caller's local.
  EXPECT_FALSE(write(S, kLocal));
  EXPECT_EQ(V.Protected, Item(21, U));
  EXPECT_EQ(V.ProtectorCall, 1u);
  Calls.leave();
  EXPECT_TRUE(write(S, kLocal));
  EXPECT_EQ(S.size(), 1u);
}

TEST_F(BorrowStackTest, OracleIsOnlyAskedAboutTagsThatMayBeProtected) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 21, U);
  grant(S, 21, 12, U);
  grant(S, 12, 14, U);
  Calls.Asked.clear();
  ASSERT_TRUE(write(S, kHeap));
  EXPECT_EQ(Calls.Asked, (std::vector<Tag>{21}));
}

// --- Deallocation --------------------------------------------------------

TEST_F(BorrowStackTest, DeallocNeedsATagThatMayWrite) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRO);
  EXPECT_FALSE(S.dealloc(10, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_FALSE(S.dealloc(12, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_TRUE(S.dealloc(kHeap, Calls, &V, &Log));
  ASSERT_EQ(Log.Events.size(), 1u);
  EXPECT_EQ(Log.Events[0].Victim, Item(10, SRO));
  EXPECT_TRUE(Log.Events[0].Popped);
}

TEST_F(BorrowStackTest, DeallocWhileStronglyProtectedIsDeallocProtected) {
  // fn inner(x: &mut i32, f) { f(x) } where f frees x's memory through a
  // raw pointer derived from x.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U); // the Box
  grant(S, 10, 21, U);    // x, protected by inner
  Calls.enter(5);
  Calls.protect(21, ProtectorKind::Strong);
  grant(S, 21, 12, SRW); // raw from x
  EXPECT_FALSE(S.dealloc(12, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocProtected);
  EXPECT_EQ(V.Protected, Item(21, U));
  EXPECT_EQ(V.Protector, ProtectorKind::Strong);
  EXPECT_EQ(V.ProtectorCall, 5u);
  Calls.leave();
  EXPECT_TRUE(S.dealloc(12, Calls, &V));
}

TEST_F(BorrowStackTest, WeakProtectorAllowsDeallocThroughItsOwnTag) {
  // fn consume(b: Box<i32>) { drop(b) }: the Box is freed by the callee.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Weak);
  EXPECT_TRUE(S.dealloc(21, Calls, &V));
}

TEST_F(BorrowStackTest, DeallocPoppingWeaklyProtectedItemIsReported) {
  // The Box argument's memory is freed through an older alias: the write
  // of the deallocation would pop the weakly protected item.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.enter(9);
  Calls.protect(21, ProtectorKind::Weak);
  BorrowStack Before = S;
  EXPECT_FALSE(S.dealloc(kHeap, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocProtected);
  EXPECT_EQ(V.Protector, ProtectorKind::Weak);
  EXPECT_EQ(V.Protected, Item(21, U));
  EXPECT_EQ(V.ProtectorCall, 9u);
  EXPECT_EQ(S, Before);
}

TEST_F(BorrowStackTest, DeallocProtectedReportedForSharedReadOnlyToo) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 13, SRO); // a protected & argument
  Calls.enter(1);
  Calls.protect(13, ProtectorKind::Strong);
  EXPECT_FALSE(S.dealloc(kHeap, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocProtected);
  EXPECT_EQ(V.Protected, Item(13, SRO));
}

// --- Wildcards -----------------------------------------------------------

TEST_F(BorrowStackTest, WildcardAccessIsGrantedAndChangesNothing) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  grant(S, 21, 12, SRO);
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Strong);
  BorrowStack Before = S;
  EXPECT_TRUE(S.access(Wr, kWildcardTag, Calls, &V, &Log));
  EXPECT_TRUE(S.access(Rd, kWildcardTag, Calls, &V, &Log));
  EXPECT_EQ(S, Before);
  EXPECT_TRUE(Log.Events.empty());
}

TEST_F(BorrowStackTest, WildcardRetagPushesUniqueAndSharedReadOnlyOnTop) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, SRO);
  grant(S, kWildcardTag, 14, U);  // no write: 10 and 12 stay
  grant(S, kWildcardTag, 16, SRO); // no read: 14 stays Unique
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, U), Item(12, SRO),
                               Item(14, U), Item(16, SRO)}));
  EXPECT_FALSE(S.truncated());
  EXPECT_TRUE(Log.Events.empty());
}

TEST_F(BorrowStackTest, WildcardSharedReadWriteRetagMakesStackIncomplete) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, kWildcardTag, 12, SRW);
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(10, U)}))
      << "the child's position is unknown: it gets no item";
  EXPECT_TRUE(S.truncated());
  EXPECT_TRUE(S.rootBlockIncomplete());
  // Its tag is then granted like a wildcard, and changes nothing.
  EXPECT_TRUE(write(S, 12));
  EXPECT_TRUE(read(S, 12));
  EXPECT_EQ(S.size(), 2u);
  // Tags that are present keep their exact rules.
  grant(S, 10, 14, SRO);
  EXPECT_FALSE(write(S, 14));
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
}

TEST_F(BorrowStackTest, WildcardNewTagGetsNoItemButParentStillAccesses) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, kHeap, kWildcardTag, U); // the root's write pops 10
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW)}));
  grant(S, kHeap, kWildcardTag, SRW);
  EXPECT_EQ(S.size(), 1u);
  EXPECT_FALSE(S.truncated());
}

TEST_F(BorrowStackTest, WildcardDeallocIsNeverReported) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.enter(1);
  Calls.protect(21, ProtectorKind::Strong);
  EXPECT_TRUE(S.dealloc(kWildcardTag, Calls, &V));
}

// --- Expose, observer, copies -------------------------------------------

TEST_F(BorrowStackTest, ExposeMarksEveryItemOfTheTag) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  EXPECT_TRUE(S.expose(10));
  EXPECT_TRUE(S.item(1).exposed());
  EXPECT_EQ(S.item(1).tag(), Tag(10));
  EXPECT_EQ(S.item(1).perm(), SRW);
  EXPECT_FALSE(S.item(0).exposed());
  EXPECT_FALSE(S.expose(12));
  EXPECT_TRUE(write(S, 10)) << "exposed items keep their permission";
}

TEST_F(BorrowStackTest, ObserverHearsEveryPoppedAndDisabledItem) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 12, U);
  grant(S, 12, 14, SRW);
  grant(S, 14, 16, SRO);
  ASSERT_TRUE(Log.Events.empty());
  ASSERT_TRUE(read(S, 10));
  ASSERT_EQ(Log.Events.size(), 1u);
  EXPECT_EQ(Log.Events[0].Victim, Item(12, U));
  EXPECT_FALSE(Log.Events[0].Popped);
  EXPECT_EQ(Log.Events[0].By, Rd);
  EXPECT_EQ(Log.Events[0].ByTag, Tag(10));
  Log.Events.clear();
  ASSERT_TRUE(write(S, kHeap));
  ASSERT_EQ(Log.Events.size(), 4u);
  // Top first, as a stack pops.
  EXPECT_EQ(Log.Events[0].Victim, Item(16, SRO));
  EXPECT_EQ(Log.Events[1].Victim, Item(14, SRW));
  EXPECT_EQ(Log.Events[2].Victim, Item(12, Dis));
  EXPECT_EQ(Log.Events[3].Victim, Item(10, U));
  for (const Event &E : Log.Events) {
    EXPECT_TRUE(E.Popped);
    EXPECT_EQ(E.By, Wr);
    EXPECT_EQ(E.ByTag, kHeap);
  }
}

TEST_F(BorrowStackTest, CopiesAreDeepAndEqualityComparesItemsAndTruncation) {
  BorrowStack A(Item(kHeap, SRW));
  for (Tag T = 10; T < 60; T += 2)
    grant(A, T - 2 < 10 ? kHeap : T - 2, T, SRO); // beyond inline storage
  BorrowStack B = A;
  EXPECT_EQ(A, B);
  EXPECT_EQ(itemsOf(A), itemsOf(B));
  ASSERT_TRUE(write(B, kHeap));
  EXPECT_EQ(B.size(), 1u);
  EXPECT_EQ(A.size(), 26u) << "the copy owns its items";
  EXPECT_NE(A, B);
  B = A;
  EXPECT_EQ(A, B);
  B = B; // self-assignment keeps the items
  EXPECT_EQ(A, B);
  BorrowStack Small(Item(kHeap, SRW));
  Small = A; // inline to heap
  EXPECT_EQ(Small, A);
  A = BorrowStack(Item(kLocal, U)); // heap back to a one-item value
  EXPECT_EQ(A.size(), 1u);
  EXPECT_EQ(A.top(), Item(kLocal, U));
  // Same items, different completeness: different values.
  BorrowStack C(Item(kHeap, SRW)), D(Item(kHeap, SRW));
  grant(D, kWildcardTag, 10, SRW);
  EXPECT_EQ(itemsOf(C), itemsOf(D));
  EXPECT_NE(C, D);
  // Exposure is part of an item.
  grant(C, kHeap, 10, SRW);
  BorrowStack E = C;
  E.expose(10);
  EXPECT_NE(C, E);
}

// --- Classic examples as stack operations --------------------------------

TEST_F(BorrowStackTest, RawPointerUsedAfterReborrowOfItsParent) {
  // let x = &mut local; let raw = x as *mut i32; let y = &mut *x;
  // *raw = 1;  // UB: the reborrow y wrote through x, popping raw
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, U);  // x
  grant(S, 10, 12, SRW);    // raw
  grant(S, 10, 14, U);      // y
  EXPECT_FALSE(write(S, 12));
  EXPECT_EQ(V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_EQ(V.UsedTag, Tag(12));
}

TEST_F(BorrowStackTest, RawFromMutThenMutThenRawIsViolation) {
  // let raw = x as *mut i32; *x = 1; *raw = 2;  // UB at *raw
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, U); // x
  grant(S, 10, 12, SRW);   // raw
  EXPECT_TRUE(write(S, 12)) << "raw may be used before x is used again";
  EXPECT_TRUE(write(S, 10));
  EXPECT_FALSE(write(S, 12));
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_FALSE(read(S, 12));
}

TEST_F(BorrowStackTest, RawThenSharedReadOfParentKeepsRawUsable) {
  // let raw = &mut *x as *mut i32; let _v = *x; *raw = 3;  // fine: the read
  // only disables the temporary &mut, not the raw pointer above it.
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, U); // x
  grant(S, 10, 12, U);     // &mut *x
  grant(S, 12, 14, SRW);   // as *mut
  EXPECT_TRUE(read(S, 10));
  EXPECT_EQ(S.item(2), Item(12, Dis));
  EXPECT_TRUE(write(S, 14));
  EXPECT_TRUE(read(S, 14));
}

TEST_F(BorrowStackTest, TwoSharedReferencesReadFine) {
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, SRO); // let a = &local;
  grant(S, kLocal, 12, SRO); // let b = &local;
  for (int I = 0; I < 3; ++I) {
    EXPECT_TRUE(read(S, 10));
    EXPECT_TRUE(read(S, 12));
  }
  EXPECT_TRUE(read(S, kLocal));
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kLocal, U), Item(10, SRO), Item(12, SRO)}));
}

TEST_F(BorrowStackTest, WritingThroughSharedReferenceIsDenied) {
  // let r = &local; let p = r as *const i32 as *mut i32; *p = 1;
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, SRO); // r
  EXPECT_FALSE(S.retag(10, 12, SRW, Calls, &V)) << "*mut from & is refused";
  EXPECT_EQ(V.Kind, ViolationKind::RetagNotGranted);
  grant(S, 10, 12, SRO); // *const from & is read-only
  EXPECT_FALSE(write(S, 12));
  EXPECT_EQ(V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
}

// --- Bounded stacks ------------------------------------------------------

TEST_F(BorrowStackTest, TenMillionSharedReborrowsStayBounded) {
  BorrowStack S(Item(kHeap, SRW));
  uint32_t MaxSize = 0;
  const Tag First = 100;
  for (uint64_t I = 0; I < 10000000; ++I) {
    ASSERT_TRUE(S.retag(kHeap, First + 2 * I, SRO, Calls, &V));
    if (S.size() > MaxSize)
      MaxSize = S.size();
  }
  EXPECT_LE(MaxSize, BorrowStack::kMaxItems);
  EXPECT_TRUE(S.truncated());
  EXPECT_EQ(S.item(0), Item(kHeap, SRW)) << "the bottom item is never dropped";
  EXPECT_EQ(S.top(), Item(First + 2 * (10000000 - 1), SRO));
  // A chain of shared reborrows, each from the previous one, too.
  BorrowStack C(Item(kLocal, U));
  Tag Parent = kLocal;
  for (uint64_t I = 0; I < 10000000; ++I) {
    Tag New = First + 2 * I;
    ASSERT_TRUE(C.retag(Parent, New, SRO, Calls, &V));
    Parent = New;
    ASSERT_LE(C.size(), BorrowStack::kMaxItems);
  }
  EXPECT_TRUE(C.truncated());
}

TEST_F(BorrowStackTest, ChainOfMutableAndRawReborrowsStaysBounded) {
  BorrowStack C(Item(kLocal, U));
  Tag Parent = kLocal;
  for (uint64_t I = 0; I < 1000000; ++I) {
    Tag New = 100 + 2 * I;
    ASSERT_TRUE(C.retag(Parent, New, I % 2 ? U : SRW, Calls, &V));
    Parent = New;
    ASSERT_LE(C.size(), BorrowStack::kMaxItems);
  }
  EXPECT_TRUE(C.truncated());
  // The newest items keep the exact rules: a write through the last raw
  // pointer pops the Unique derived from it.
  const Tag Raw = 100 + 2 * (1000000 - 2), Mut = 100 + 2 * (1000000 - 1);
  uint32_t Size = C.size();
  ASSERT_EQ(C.top(), Item(Mut, U));
  ASSERT_TRUE(write(C, Raw));
  EXPECT_EQ(C.size(), Size - 1);
  EXPECT_EQ(C.top(), Item(Raw, SRW));
  // The popped tag is now absent from an incomplete stack, where an absent
  // tag may be a dropped one: it is granted, never reported.
  EXPECT_TRUE(write(C, Mut));
  EXPECT_EQ(C.top(), Item(Raw, SRW));
}

TEST_F(BorrowStackTest, ManyRawPointersFromOneParentStayBounded) {
  BorrowStack S(Item(kHeap, SRW));
  for (uint64_t I = 0; I < 1000000; ++I) {
    ASSERT_TRUE(S.retag(kHeap, 100 + 2 * I, SRW, Calls, &V));
    ASSERT_LE(S.size(), BorrowStack::kMaxItems);
  }
  EXPECT_TRUE(S.truncated());
  EXPECT_TRUE(S.rootBlockIncomplete());
}

TEST_F(BorrowStackTest, DroppedTagIsNotReportedAfterTruncation) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U); // oldest: dropped first
  grant(S, 10, 12, SRO);
  for (Tag T = 100; S.size() < BorrowStack::kMaxItems; T += 2)
    grant(S, 10, T, SRO);
  ASSERT_FALSE(S.truncated());
  ASSERT_GE(S.findTag(10), 0);
  grant(S, 10, 14, SRO); // one more push drops a batch
  EXPECT_TRUE(S.truncated());
  EXPECT_LT(S.size(), BorrowStack::kMaxItems);
  EXPECT_LT(S.findTag(10), 0);
  EXPECT_LT(S.findTag(12), 0);
  BorrowStack Before = S;
  // Uses of dropped tags might be fine in the full stack: no report, and no
  // change (what they would pop is unknown).
  EXPECT_TRUE(write(S, 10));
  EXPECT_TRUE(read(S, 12));
  EXPECT_TRUE(S.retag(10, 16, SRW, Calls, &V));
  EXPECT_TRUE(S.dealloc(12, Calls, &V));
  EXPECT_EQ(S.item(0), Before.item(0));
  EXPECT_EQ(S.size(), Before.size());
  // Items still present keep exact rules.
  EXPECT_FALSE(write(S, 14));
  EXPECT_EQ(V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
}

TEST_F(BorrowStackTest, WriteThroughUniqueBottomMakesStackCompleteAgain) {
  BorrowStack S(Item(kLocal, U));
  for (Tag T = 100; !S.truncated(); T += 2)
    grant(S, kLocal, T, SRW);
  ASSERT_TRUE(S.rootBlockIncomplete());
  ASSERT_TRUE(write(S, kLocal)); // pops everything, missing items included
  EXPECT_FALSE(S.truncated());
  EXPECT_EQ(S.size(), 1u);
  EXPECT_FALSE(read(S, 100)) << "complete again: popped tags are reported";
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
}

TEST_F(BorrowStackTest, SharedReadWriteBottomRecoversOnlyWhenItsBlockIsKnown) {
  // Dropped batch starts with a SharedReadOnly: it cannot hold members of
  // the bottom's block, so a write through the bottom recovers.
  BorrowStack S(Item(kHeap, SRW));
  for (Tag T = 100; !S.truncated(); T += 2)
    grant(S, kHeap, T, SRO);
  ASSERT_FALSE(S.rootBlockIncomplete());
  ASSERT_TRUE(write(S, kHeap));
  EXPECT_FALSE(S.truncated());
  EXPECT_FALSE(read(S, 100));
  // Dropped batch starts with a SharedReadWrite (a raw pointer in the
  // bottom's block, which survives writes through the bottom): no recovery.
  BorrowStack R(Item(kHeap, SRW));
  grant(R, kHeap, 10, SRW);
  for (Tag T = 100; !R.truncated(); T += 2)
    grant(R, 10, T, SRO);
  ASSERT_TRUE(R.rootBlockIncomplete());
  ASSERT_LT(R.findTag(10), 0);
  ASSERT_TRUE(write(R, kHeap));
  EXPECT_TRUE(R.truncated());
  EXPECT_TRUE(write(R, 10)) << "the dropped raw pointer is still usable";
}

TEST_F(BorrowStackTest, SharedReadWriteRetagIntoDroppedRegionKeepsOrder) {
  // Parent's block is at the bottom when the stack is full: the new item
  // lands right above the bottom item, below every item that stays.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  for (Tag T = 100; S.size() < BorrowStack::kMaxItems; T += 2)
    grant(S, 10, T, SRO);
  grant(S, 10, 12, SRW); // would go at index 2, inside the dropped batch
  EXPECT_TRUE(S.truncated());
  EXPECT_EQ(S.item(1), Item(12, SRW));
  EXPECT_EQ(S.item(2).perm(), SRO);
  EXPECT_TRUE(write(S, 12)) << "its write pops the read-only items above";
  EXPECT_EQ(S.size(), 2u);
}

// --- Stale tags ----------------------------------------------------------

// A tag older than the allocation's root (a pointer value the provenance
// shadow cannot tell from one to a freed allocation at the same address).
constexpr Tag kNewRoot = 400;
constexpr Tag kStale = 10;

TEST_F(BorrowStackTest, StaleTagIsGrantedLikeTheWildcard) {
  BorrowStack S(Item(kNewRoot, SRW));
  grant(S, kNewRoot, 405, U);
  Calls.enter(1);
  Calls.protect(405, ProtectorKind::Strong);
  BorrowStack Before = S;
  EXPECT_TRUE(write(S, kStale));
  EXPECT_TRUE(read(S, kStale));
  EXPECT_EQ(S, Before) << "no change: the protected item stays";
  EXPECT_TRUE(Log.Events.empty());
  EXPECT_TRUE(S.dealloc(kStale, Calls, &V));
  // A retag from it pushes its child like one from the wildcard.
  BorrowStack T(Item(kNewRoot, SRW));
  ASSERT_TRUE(T.retag(kStale, 402, U, Calls, &V));
  EXPECT_EQ(itemsOf(T), (Items{Item(kNewRoot, SRW), Item(402, U)}));
  ASSERT_TRUE(T.retag(kStale, 404, SRW, Calls, &V));
  EXPECT_TRUE(T.truncated()) << "its SharedReadWrite child is unplaced";
}

TEST_F(BorrowStackTest, NewerTagWithoutItemIsStillReported) {
  BorrowStack S(Item(kNewRoot, SRW));
  EXPECT_FALSE(write(S, kNewRoot + 2));
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_FALSE(S.retag(kNewRoot + 2, 410, SRO, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::RetagNotGranted);
  EXPECT_FALSE(S.dealloc(kNewRoot + 2, Calls, &V));
  EXPECT_EQ(V.Kind, ViolationKind::DeallocNotGranted);
  // The global root is the oldest tag: nothing is stale for a global.
  BorrowStack G(Item(kGlobalRootTag, SRW));
  EXPECT_FALSE(read(G, 4));
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
}

TEST_F(BorrowStackTest, StaleRuleOnlyAppliesToTagsWithoutItems) {
  // An item that is there keeps the exact rules, whatever its tag: a
  // Disabled one still refuses.
  BorrowStack S(Item(kLocal, U));
  grant(S, kLocal, 10, U);
  ASSERT_TRUE(read(S, kLocal));
  EXPECT_FALSE(read(S, 10));
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
}

// --- Restrict tags -------------------------------------------------------

// Restrict tags (3 mod 4) of one call of f(int *restrict a, int *restrict b)
// and of a nested call g(int *restrict c) made with a.
constexpr Tag kRa = 103;
constexpr Tag kRb = 107;
constexpr Tag kRc = 111;

class RestrictTest : public BorrowStackTest {
protected:
  void SetUp() override {
    Calls.enter(9);
    Calls.protectRestrict(kRa, kHeap);
    Calls.protectRestrict(kRb, kHeap);
  }
};

TEST_F(RestrictTest, ReadDerivesSharedReadOnlyFromTheParent) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U); // a Unique above the parent: the read disables it
  ASSERT_TRUE(read(S, kRa));
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(10, Dis), Item(kRa, SRO)}));
  BorrowStack Before = S;
  EXPECT_TRUE(read(S, kRa));
  EXPECT_EQ(S, Before);
}

TEST_F(RestrictTest, WriteDerivesUniqueFromTheParent) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  ASSERT_TRUE(write(S, kRa));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(kRa, U)}));
}

TEST_F(RestrictTest, WriteAfterReadReplacesItsOwnReadOnlyItem) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRa));
  ASSERT_TRUE(write(S, kRa)) << "its own protected item is no obstacle";
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(kRa, U)}));
  EXPECT_TRUE(read(S, kRa));
  EXPECT_TRUE(write(S, kRa));
}

TEST_F(RestrictTest, TwoRestrictPointersMayReadTheSameBytes) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRa));
  ASSERT_TRUE(read(S, kRb));
  ASSERT_TRUE(read(S, kRa));
  ASSERT_TRUE(read(S, kHeap)) << "other pointers may read too";
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(kRa, SRO), Item(kRb, SRO)}));
}

TEST_F(RestrictTest, WriteWhereAnotherRestrictPointerReadIsReported) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRa));
  ASSERT_TRUE(read(S, kRb));
  BorrowStack Before = S;
  EXPECT_FALSE(write(S, kRb));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Access, Wr);
  EXPECT_EQ(V.UsedTag, kRb) << "named after the pointer the program used";
  EXPECT_EQ(V.Protected, Item(kRa, SRO));
  EXPECT_EQ(V.ProtectorCall, 9u);
  EXPECT_EQ(S, Before);
}

TEST_F(RestrictTest, RestrictWritesOfTheSameBytesAreReported) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(write(S, kRa));
  EXPECT_FALSE(write(S, kRb));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(kRa, U));
  EXPECT_FALSE(read(S, kRb)) << "a read disables a's Unique";
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(kRa, U));
}

TEST_F(RestrictTest, OtherPointersAfterARestrictWriteAreReported) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(write(S, kRa));
  EXPECT_FALSE(write(S, kHeap));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(kRa, U));
  EXPECT_FALSE(read(S, kHeap));
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(kRa, U));
}

TEST_F(RestrictTest, OtherPointersAfterARestrictRead) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRa));
  EXPECT_TRUE(read(S, kHeap)) << "reads alone never conflict";
  EXPECT_FALSE(write(S, kHeap)) << "a modification of what a reads";
  EXPECT_EQ(V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Protected, Item(kRa, SRO));
}

TEST_F(RestrictTest, BytesNotAccessedThroughTheRestrictPointerAreFree) {
  BorrowStack S(Item(kHeap, SRW));
  EXPECT_TRUE(write(S, kHeap));
  EXPECT_TRUE(read(S, kHeap));
  EXPECT_EQ(S.size(), 1u);
  EXPECT_TRUE(write(S, kRa)) << "derived from the parent's current item";
}

TEST_F(RestrictTest, AfterTheCallRestrictTagsAreUnconstrained) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRa));
  Calls.leave();
  EXPECT_TRUE(write(S, kHeap)) << "the protector has ended";
  EXPECT_EQ(S.size(), 1u);
  BorrowStack Before = S;
  EXPECT_TRUE(write(S, kRa)) << "a returned a-based pointer";
  EXPECT_TRUE(read(S, kRb));
  EXPECT_EQ(S, Before) << "granted like the wildcard";
}

TEST_F(RestrictTest, NestedRestrictParametersDeriveTheWholeChain) {
  Calls.enter(10);
  Calls.protectRestrict(kRc, kRa); // g(c) called with f's a
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(read(S, kRc));
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(kRa, SRO), Item(kRc, SRO)}));
  ASSERT_TRUE(write(S, kRc)) << "a's and c's read-only items are replaced";
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(kRa, U), Item(kRc, U)}));
  EXPECT_FALSE(write(S, kRa)) << "a (not based on c) while g runs";
  EXPECT_EQ(V.Protected, Item(kRc, U));
  EXPECT_EQ(V.ProtectorCall, 10u);
  Calls.leave();
  EXPECT_TRUE(write(S, kRa)) << "g returned";
  EXPECT_FALSE(read(S, kRb)) << "b reads what a modified";
  EXPECT_EQ(V.Protected, Item(kRa, U));
}

TEST_F(RestrictTest, ParentThatMayNotAccessRefusesTheRestrictAccess) {
  Calls.enter(10);
  Calls.protectRestrict(kRc, 10);
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  ASSERT_TRUE(write(S, kHeap)); // pops 10
  EXPECT_FALSE(read(S, kRc));
  EXPECT_EQ(V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.Reason, DenyReason::TagNotInStack);
  EXPECT_EQ(V.UsedTag, Tag(10)) << "the reason is the parent's";
  EXPECT_EQ(S.size(), 1u);
}

TEST_F(RestrictTest, WildcardParentPushesWithoutAccess) {
  Calls.enter(10);
  Calls.protectRestrict(kRc, kWildcardTag);
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.protect(21, ProtectorKind::Strong);
  ASSERT_TRUE(write(S, kRc));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(21, U), Item(kRc, U)}));
}

TEST_F(RestrictTest, DisabledRestrictItemIsRefusedAsUsual) {
  // a's Unique was disabled by a read that was reported (and the program
  // went on): a is not derived again, and is refused like any tag.
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(write(S, kRa));
  EXPECT_FALSE(read(S, kHeap));
  BorrowStack T(Item(kHeap, SRW));
  grant(T, kHeap, kRa, U);
  Calls.leave();
  ASSERT_TRUE(read(T, kHeap)); // no protector now: disables a's item
  Calls.enter(12);
  Calls.protectRestrict(kRa, kHeap);
  EXPECT_FALSE(read(T, kRa));
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
  EXPECT_FALSE(write(T, kRa));
  EXPECT_EQ(V.Reason, DenyReason::TagDisabled);
}

TEST_F(RestrictTest, DeallocationIsNeverBlockedByRestrictItems) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(write(S, kRa));
  BorrowStack Copy = S;
  EXPECT_TRUE(Copy.dealloc(kRa, Calls, &V)) << "free(a) inside f";
  EXPECT_TRUE(S.dealloc(kHeap, Calls, &V)) << "free through another pointer";
  BorrowStack T(Item(kHeap, SRW));
  EXPECT_TRUE(T.dealloc(kRb, Calls, &V)) << "without an item yet";
}

TEST_F(RestrictTest, RetagsFromARestrictTag) {
  BorrowStack S(Item(kHeap, SRW));
  ASSERT_TRUE(S.retag(kRa, 200, SRO, Calls, &V));
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(kRa, SRO), Item(200, SRO)}));
  ASSERT_TRUE(S.retag(kRa, 202, U, Calls, &V));
  EXPECT_EQ(itemsOf(S), (Items{Item(kHeap, SRW), Item(kRa, U), Item(202, U)}));
  // A raw child of a restrict tag without a writing item has no known place
  // yet: left out, like one of the wildcard.
  BorrowStack T(Item(kHeap, SRW));
  ASSERT_TRUE(T.retag(kRb, 204, SRW, Calls, &V));
  EXPECT_TRUE(T.truncated());
  EXPECT_TRUE(write(T, 204));
}

TEST_F(RestrictTest, IncompleteStackGrantsARestrictTagWithoutItem) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, SRW);
  for (Tag T = 1000; !S.truncated(); T += 4)
    grant(S, 10, T, SRO);
  BorrowStack Before = S;
  EXPECT_TRUE(write(S, kRa)) << "its item may be among the dropped ones";
  EXPECT_EQ(S, Before);
}

TEST_F(RestrictTest, LongChainsAreCutPermissively) {
  // Recursion f(p) -> f(p) -> ... with a restrict parameter: a chain longer
  // than the engine follows treats the oldest ancestor as the wildcard.
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 21, U);
  Calls.protect(21, ProtectorKind::Strong);
  Tag Parent = 21;
  Tag Last = 0;
  for (unsigned I = 0; I < 40; ++I) {
    Calls.enter(100 + I);
    Last = 1003 + 4 * I;
    Calls.protectRestrict(Last, Parent);
    Parent = Last;
  }
  EXPECT_TRUE(write(S, Last));
  EXPECT_EQ(S.top(), Item(Last, U));
  EXPECT_EQ(S.item(1), Item(21, U)) << "the cut chain made no access";
}

// approximateMiddle keeps the lowest and highest items; the dropped tags
// join the approximated range and are granted like tags of a truncated
// stack, tags outside it keep the exact rules.
TEST_F(BorrowStackTest, ApproximateMiddleKeepsBothEnds) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  grant(S, 10, 20, SRO);
  grant(S, 10, 28, SRO);
  grant(S, 10, 36, SRO);
  grant(S, 10, 44, SRO);
  S.approximateMiddle(2, 2);
  EXPECT_EQ(itemsOf(S),
            (Items{Item(kHeap, SRW), Item(10, U), Item(36, SRO),
                   Item(44, SRO)}));
  ASSERT_TRUE(S.approximated());
  EXPECT_EQ(S.approxLo(), 20u);
  EXPECT_EQ(S.approxHi(), 28u);
  EXPECT_TRUE(read(S, 20)) << "a dropped tag is granted";
  EXPECT_TRUE(read(S, 44));
  EXPECT_FALSE(read(S, 52)) << "a tag outside the range keeps the rules";
  EXPECT_FALSE(write(S, 36)) << "kept items keep their permissions";
  // Nothing to drop: unchanged.
  BorrowStack T(Item(kHeap, SRW));
  grant(T, kHeap, 10, U);
  T.approximateMiddle(1, 4);
  EXPECT_EQ(itemsOf(T), (Items{Item(kHeap, SRW), Item(10, U)}));
  EXPECT_FALSE(T.approximated());
}

// The approximated copy (a granule leaving a run with a deep stack) is
// exactly what approximateMiddle leaves on a full copy, including a range
// the original already had and disabled items, which add nothing to it.
TEST_F(BorrowStackTest, ApproximatedCopyEqualsApproximateMiddleOfACopy) {
  BorrowStack S(Item(kHeap, SRW));
  grant(S, kHeap, 10, U);
  for (Tag T = 12; T < 100; T += 2)
    grant(S, 10, T, SRO);
  BorrowStack Deep(Item(kHeap, SRW));
  grant(Deep, kHeap, 10, U);
  grant(Deep, 10, 12, U);
  ASSERT_TRUE(read(Deep, 10)); // disables 12
  for (Tag T = 14; T < 80; T += 2)
    grant(Deep, 10, T, SRO);
  for (const BorrowStack *Src : {&S, &Deep}) {
    for (uint32_t Bottom : {1u, 4u}) {
      BorrowStack Expected(*Src);
      Expected.approximateMiddle(Bottom, 12);
      EXPECT_EQ(BorrowStack(*Src, Bottom, 12), Expected);
    }
  }
  BorrowStack Dropped(Deep);
  Dropped.approximateMiddle(2, 12);
  EXPECT_EQ(Dropped.approxLo(), 14u) << "the disabled 12 adds nothing";
  EXPECT_EQ(BorrowStack(Deep, 2, 12), Dropped);
  // From a stack that is approximated already: both ranges join.
  BorrowStack Twice(Dropped);
  Twice.approximateMiddle(1, 4);
  EXPECT_EQ(BorrowStack(Dropped, 1, 4), Twice);
  EXPECT_EQ(Twice.approxLo(), 10u);
  // Nothing to drop: a plain copy.
  EXPECT_EQ(BorrowStack(Deep, 40, 40), Deep);
}

// Moving takes the items (the heap array, if any) and leaves the source
// empty; a stack with its items in place is copied.
TEST_F(BorrowStackTest, MovedStacksKeepTheirItems) {
  BorrowStack Long(Item(kHeap, SRW));
  for (Tag T = 10; T < 40; T += 2)
    grant(Long, kHeap, T, SRO);
  BorrowStack Copy(Long);
  BorrowStack Moved(static_cast<BorrowStack &&>(Long));
  EXPECT_EQ(Moved, Copy);
  EXPECT_EQ(Long.size(), 0u);
  BorrowStack Short(Item(kHeap, SRW));
  grant(Short, kHeap, 10, U);
  BorrowStack ShortCopy(Short);
  BorrowStack ShortMoved(static_cast<BorrowStack &&>(Short));
  EXPECT_EQ(ShortMoved, ShortCopy);
  ASSERT_TRUE(write(ShortMoved, 10));
  BorrowStack Approx(Copy, 2, 2);
  BorrowStack ApproxCopy(Approx);
  BorrowStack ApproxMoved(static_cast<BorrowStack &&>(Approx));
  EXPECT_EQ(ApproxMoved, ApproxCopy);
  EXPECT_TRUE(ApproxMoved.approximated());
}

// A stack short enough to keep its items in place moves them to the heap
// when it becomes approximated (the range lives there); copies keep the
// range, equality compares it, and a write through a Unique bottom item
// ends it. Pushes past the inline items and back keep the same items.
TEST_F(BorrowStackTest, ApproximatedShortStacksKeepTheirRangeThroughCopies) {
  BorrowStack A(Item(kHeap, U));
  grant(A, kHeap, 10, SRO);
  BorrowStack B(Item(kHeap, U));
  grant(B, kHeap, 18, SRO);
  ASSERT_TRUE(A.mergeApproximation(B));
  ASSERT_TRUE(A.approximated());
  EXPECT_EQ(A.approxLo(), 10u);
  EXPECT_EQ(A.approxHi(), 18u);
  EXPECT_EQ(itemsOf(A), (Items{Item(kHeap, U)}));
  BorrowStack C(A);
  EXPECT_TRUE(C == A);
  EXPECT_TRUE(C.approximated());
  EXPECT_EQ(C.approxHi(), 18u);
  EXPECT_TRUE(read(C, 10)) << "a dropped tag is granted";
  EXPECT_FALSE(read(C, 26)) << "a tag outside the range keeps the rules";
  BorrowStack D(Item(kHeap, U));
  EXPECT_FALSE(D == A) << "the range is part of the value";
  D = A;
  EXPECT_TRUE(D == A);
  EXPECT_TRUE(write(C, kHeap));
  EXPECT_FALSE(C.approximated()) << "a Unique bottom write pops every item";
  EXPECT_FALSE(read(C, 10));
  EXPECT_TRUE(A.approximated()) << "copies are independent";
  // Past the items kept in place and back.
  BorrowStack E(Item(kHeap, SRW));
  Items Want{Item(kHeap, SRW)};
  for (Tag T = 10; T < 10 + 8 * 12; T += 8) {
    grant(E, T == 10 ? kHeap : T - 8, T, U);
    Want.push_back(Item(T, U));
  }
  EXPECT_EQ(itemsOf(E), Want);
  BorrowStack F(E);
  EXPECT_EQ(itemsOf(F), Want);
  EXPECT_TRUE(write(F, 18));
  EXPECT_EQ(itemsOf(F), (Items{Item(kHeap, SRW), Item(10, U), Item(18, U)}));
  EXPECT_EQ(itemsOf(E), Want);
}

} // namespace
