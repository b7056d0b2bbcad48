//===- borrow_memory_test.cpp - Unit tests of the range layer -------------===//
//
// BorrowMemory over a private arena: the shadow-word encoding, per-byte
// splits and merges, ranges across granules, large ranges, deallocation,
// shared retags with interior mutability, and the wildcard. Expectations
// are exact (words, stacks, fault addresses), so a wrong representation
// change makes a test fail even where the rules would still agree.
//
//===----------------------------------------------------------------------===//

#include "counters.h"
#include "sbsan_test_arena.h"

#include <chrono>

using namespace sbsan;
using namespace sbsan_test;

namespace {

constexpr Permission U = Permission::Unique;
constexpr Permission SRW = Permission::SharedReadWrite;
constexpr Permission SRO = Permission::SharedReadOnly;
constexpr Permission Dis = Permission::Disabled;
constexpr AccessKind Rd = AccessKind::Read;
constexpr AccessKind Wr = AccessKind::Write;
constexpr Tag kRoot = 4;

TEST(BorrowMemory, TrackKeepsSingleItemStacksInTheWord) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 64, kRoot, SRW);
  for (uptr Off = 0; Off < 64; Off += 8)
    EXPECT_EQ(A.word(Off), wordOf(kRoot, SRW));
  EXPECT_EQ(A.word(64), 0u);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  ASSERT_EQ(A.stack(13).size(), 1u);
  EXPECT_EQ(A.stack(13)[0], Item(kRoot, SRW));
  EXPECT_TRUE(A.stack(64).empty());
  A.verify(0, 72);
}

// Stack variables take a short way in and out of tracking (a few whole
// granules): it must leave what the general way leaves.
TEST(BorrowMemory, FewGranulesTrackedAndUntrackedLeaveNoState) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 24, kRoot, U);
  for (uptr Off = 0; Off < 24; Off += 8)
    EXPECT_EQ(A.word(Off), wordOf(kRoot, U));
  EXPECT_EQ(A.word(24), 0u);
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 24, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, kRoot, Rd, &V)); // disables 10
  EXPECT_EQ(A.Memory.outOfLineGranules(), 3u);
  // Tracking again without untracking first (a frame that never ended)
  // replaces the stacks, out-of-line ones included.
  A.Memory.track(A.addr(0), 24, 20, U);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  for (uptr Off = 0; Off < 24; Off += 8)
    EXPECT_EQ(A.word(Off), wordOf(20, U));
  EXPECT_EQ(A.stack(8), (std::vector<Item>{Item(20, U)}));
  A.verify(0, 32);
  ASSERT_TRUE(A.Memory.retag(A.addr(8), 16, 20, 22, SRO, &V));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 2u);
  A.Memory.untrack(A.addr(0), 24);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  for (uptr Off = 0; Off < 24; Off += 8)
    EXPECT_EQ(A.word(Off), 0u);
  A.verify(0, 32);
  // Untracking what is not tracked is a no-op.
  A.Memory.untrack(A.addr(0), 24);
  EXPECT_EQ(A.word(0), 0u);
}

// Stacks of two or three items live in the granule's slot; longer ones,
// and ones whose tags do not fit the slot's packing, in a pooled stack.
// Every form must give back exactly the items put in, and a stack must
// move between the forms as it grows and shrinks.
TEST(BorrowMemory, SlotKeepsShortStacksAndPoolsLongOnes) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, kRoot, 10, U, &V));
  EXPECT_EQ(A.stack(0), (std::vector<Item>{Item(kRoot, SRW), Item(10, U)}));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, 10, 12, SRW, &V));
  EXPECT_EQ(A.stack(0),
            (std::vector<Item>{Item(kRoot, SRW), Item(10, U), Item(12, SRW)}));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 1u);
  EXPECT_EQ(A.Memory.pooledStacks(), 0u);
  A.verify(0, 16);
  // A fourth item needs the pool; a write through the root pops back to
  // one item, which the word holds alone.
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, 12, 14, SRO, &V));
  EXPECT_EQ(A.stack(0).size(), 4u);
  EXPECT_EQ(A.Memory.pooledStacks(), 1u);
  A.verify(0, 16);
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, kRoot, Wr, &V));
  EXPECT_EQ(A.stack(0), (std::vector<Item>{Item(kRoot, SRW)}));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  EXPECT_EQ(A.Memory.pooledStacks(), 0u);
  // A disabled item, in the slot: a read through the root disables 20.
  ASSERT_TRUE(A.Memory.retag(A.addr(8), 8, kRoot, 20, U, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(8), 8, kRoot, Rd, &V));
  EXPECT_EQ(A.stack(8), (std::vector<Item>{Item(kRoot, SRW), Item(20, Dis)}));
  EXPECT_EQ(A.Memory.pooledStacks(), 0u);
  EXPECT_FALSE(A.Memory.access(A.addr(8), 8, 20, Rd, &V));
  A.verify(0, 16);
  // A tag too large for the slot's packing (2^38 and up) is pooled.
  const Tag Big = Tag(1) << 40;
  ASSERT_TRUE(A.Memory.retag(A.addr(8), 8, kRoot, Big, U, &V));
  EXPECT_EQ(A.stack(8), (std::vector<Item>{Item(kRoot, SRW), Item(Big, U)}));
  EXPECT_EQ(A.Memory.pooledStacks(), 1u);
  EXPECT_TRUE(A.Memory.access(A.addr(8), 8, Big, Wr, &V));
  A.verify(0, 16);
  A.Memory.untrack(A.addr(0), 16);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  EXPECT_EQ(A.Memory.pooledStacks(), 0u);
}

TEST(BorrowMemory, FewGranulesInsideARunLeaveTheRest) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 256, kRoot, SRW);
  ASSERT_EQ(A.Memory.runs(), 1u);
  A.Memory.untrack(A.addr(64), 16);
  EXPECT_TRUE(A.Memory.isTracked(A.addr(63)));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(64)));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(79)));
  EXPECT_TRUE(A.Memory.isTracked(A.addr(80)));
  A.Memory.track(A.addr(128), 16, 30, U); // over the run's granules
  EXPECT_EQ(A.stack(128), (std::vector<Item>{Item(30, U)}));
  EXPECT_EQ(A.stack(144), (std::vector<Item>{Item(kRoot, SRW)}));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 256, kRoot, 12, SRO, &V));
  EXPECT_EQ(A.stack(200), (std::vector<Item>{Item(kRoot, SRW), Item(12, SRO)}));
  // kRoot is older than the new root there: stale, a wildcard parent.
  EXPECT_EQ(A.stack(136), (std::vector<Item>{Item(30, U), Item(12, SRO)}));
  A.verify(0, 256);
}

TEST(BorrowMemory, UntrackedMemoryIsNeverChecked) {
  Arena A(1 << 16);
  MemViolation V;
  EXPECT_TRUE(A.Memory.access(A.addr(0), 100, 12345, Wr, &V));
  EXPECT_TRUE(A.Memory.retag(A.addr(0), 100, 12345, 20, U, &V));
  EXPECT_TRUE(A.Memory.checkDealloc(A.addr(0), 100, 12345, &V));
  EXPECT_EQ(A.word(0), 0u);
  // Addresses outside the arena are outside every range.
  EXPECT_TRUE(A.Memory.access(0x10, 8, 12345, Wr, &V));
  EXPECT_FALSE(A.Memory.isTracked(0x10));
}

TEST(BorrowMemory, ShadowWordFollowsTheTopItem) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, kRoot, 10, U, &V));
  EXPECT_EQ(A.word(0), wordOf(10, U));
  EXPECT_EQ(A.word(8), wordOf(10, U));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 2u);
  A.verify(0, 16);
  // A read through the root disables the Unique child: the top is
  // Disabled, which a word cannot express. The root, SharedReadWrite with
  // no Unique item above it, is a quiet reader: the word lets its reads
  // pass, and nothing else.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 16, kRoot, Rd, &V));
  EXPECT_EQ(A.word(0), quietReadWord(kRoot));
  EXPECT_TRUE(wordAllows(A.word(0), kRoot, Rd));
  EXPECT_FALSE(wordAllows(A.word(0), kRoot, Wr));
  EXPECT_FALSE(wordAllows(A.word(0), 10, Rd));
  ASSERT_EQ(A.stack(0).size(), 2u);
  EXPECT_EQ(A.stack(0)[1], Item(10, Dis));
  A.verify(0, 16);
  // A write through the root pops it: back to a word-only granule.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 16, kRoot, Wr, &V));
  EXPECT_EQ(A.word(0), wordOf(kRoot, SRW));
  EXPECT_EQ(A.word(8), wordOf(kRoot, SRW));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  A.verify(0, 16);
}

// The word names a quiet reader only if its item is shared: a Unique
// item below others may still be disabled by a read through a tag below
// it, which the answer to a retag with a shared parent rules out.
TEST(BorrowMemory, QuietReaderWordOnlyForSharedItems) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 8, kRoot, U);
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, kRoot, 10, SRW, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, kRoot, Rd, &V));
  EXPECT_EQ(A.word(0), wordOf(10, SRW)) << "the Unique root is no quiet reader";
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, 10, 12, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, 12, 14, SRW, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, 10, Rd, &V)); // disables 12
  EXPECT_EQ(A.word(0), quietReadWord(10));
  A.verify(0, 8);
  // A write through the top pops nothing here but is not allowed
  // inline; once made, the word follows the top item again.
  EXPECT_FALSE(wordAllows(A.word(0), 14, Wr));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, 14, Wr, &V));
  EXPECT_EQ(A.word(0), wordOf(14, SRW));
  A.verify(0, 8);
}

// A retag with a raw child leaves exactly the stacks of a Unique retag
// followed by a SharedReadWrite retag of its tag, including over a run and
// granules split per byte.
TEST(BorrowMemory, RetagWithRawChildIsTheTwoRetags) {
  Arena One(1 << 16), Two(1 << 16);
  for (Arena *A : {&One, &Two}) {
    A->Memory.track(A->addr(0), 4096, kRoot, SRW);
    MemViolation V;
    ASSERT_TRUE(A->Memory.retag(A->addr(3), 9, kRoot, 8, SRO, &V));
  }
  MemViolation V;
  ASSERT_TRUE(One.Memory.retag(One.addr(1), 4000, kRoot, 10, U, &V, nullptr,
                               /*RawChild=*/12));
  ASSERT_TRUE(Two.Memory.retag(Two.addr(1), 4000, kRoot, 10, U, &V));
  ASSERT_TRUE(Two.Memory.retag(Two.addr(1), 4000, 10, 12, SRW, &V));
  for (uptr Off = 0; Off < 4096; ++Off)
    ASSERT_EQ(One.stack(Off), Two.stack(Off)) << "offset " << Off;
  EXPECT_EQ(One.stack(100).back(), Item(12, SRW));
  One.verify(0, 4096);
  // A refused Unique retag is refused the same way.
  EXPECT_FALSE(One.Memory.retag(One.addr(0), 8, 8, 14, U, &V, nullptr,
                                /*RawChild=*/16));
  EXPECT_EQ(V.V.Kind, ViolationKind::RetagNotGranted);
  EXPECT_EQ(V.Addr, One.addr(0));
}

TEST(BorrowMemory, WordAllowsMatchesTheInlinedCheck) {
  uint64_t W = wordOf(9, U);
  EXPECT_TRUE(wordAllows(W, 9, Rd));
  EXPECT_TRUE(wordAllows(W, 9, Wr));
  EXPECT_FALSE(wordAllows(W, 8, Rd));
  W = wordOf(9, SRW);
  EXPECT_TRUE(wordAllows(W, 9, Wr));
  W = wordOf(9, SRO);
  EXPECT_TRUE(wordAllows(W, 9, Rd));
  EXPECT_FALSE(wordAllows(W, 9, Wr));
  EXPECT_FALSE(wordAllows(SBSAN_WORD_SLOW, 0, Rd));
  EXPECT_TRUE(wordAllows(0, 1234, Wr));
}

TEST(BorrowMemory, InvalidatedChildIsReportedAtTheFirstRefusedByte) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 32, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 32, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 32, 10, Wr, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(20), 1, kRoot, Wr, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(0), 32, 10, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(20));
  EXPECT_EQ(V.V.Kind, ViolationKind::AccessNotGranted);
  EXPECT_EQ(V.V.Reason, DenyReason::TagNotInStack);
  EXPECT_EQ(V.V.UsedTag, 10u);
  // The write split granule 2 (byte 20 differs from its neighbours).
  EXPECT_EQ(A.word(16), SBSAN_WORD_SLOW);
  EXPECT_EQ(A.Memory.splitGranules(), 1u);
  A.verify(0, 32);
}

TEST(BorrowMemory, SplitAtOddIndexThenMerge) {
  // split_at_mut at index 3 of a byte slice: bytes 0-2 and 3-7 of one
  // granule get different Unique children.
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 3, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(3), 5, kRoot, 12, U, &V));
  EXPECT_EQ(A.word(0), SBSAN_WORD_SLOW);
  EXPECT_EQ(A.Memory.splitGranules(), 1u);
  A.verify(0, 8);
  EXPECT_EQ(A.stack(2).back(), Item(10, U));
  EXPECT_EQ(A.stack(3).back(), Item(12, U));
  // Each half is usable through its own tag, not through the other's.
  EXPECT_TRUE(A.Memory.access(A.addr(0), 3, 10, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(3), 5, 12, Wr, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(2), 2, 10, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(3));
  EXPECT_FALSE(A.Memory.access(A.addr(0), 4, 12, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(0));
  // A write through the root pops both children: all bytes equal again,
  // the granule merges and fits in its word.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, kRoot, Wr, &V));
  EXPECT_EQ(A.word(0), wordOf(kRoot, SRW));
  EXPECT_EQ(A.Memory.splitGranules(), 0u);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  A.verify(0, 8);
}

TEST(BorrowMemory, SplitMergesIntoAUniformStackWhenBytesAgreeAgain) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 5, 10, 12, U, &V));
  EXPECT_EQ(A.Memory.splitGranules(), 1u);
  // Writing through 10 everywhere pops 12 where it exists: all bytes are
  // [root, 10] again, which needs a uniform (two-item) stack.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 8, 10, Wr, &V));
  EXPECT_EQ(A.Memory.splitGranules(), 0u);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 1u);
  EXPECT_EQ(A.word(0), wordOf(10, U));
  EXPECT_EQ(A.stack(7).size(), 2u);
  A.verify(0, 8);
}

TEST(BorrowMemory, AccessSpanningGranules) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 24, kRoot, SRW);
  MemViolation V;
  // [4, 12): the end of granule 0 and the start of granule 1.
  ASSERT_TRUE(A.Memory.retag(A.addr(4), 8, kRoot, 10, U, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(4), 8, 10, Rd, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(5), 6, 10, Wr, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(0), 8, 10, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(0));
  EXPECT_FALSE(A.Memory.access(A.addr(8), 8, 10, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(12));
  // A read through the root disables the Unique child everywhere.
  EXPECT_TRUE(A.Memory.access(A.addr(0), 24, kRoot, Rd, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(4), 8, 10, Rd, &V));
  EXPECT_EQ(V.V.Reason, DenyReason::TagDisabled);
  A.verify(0, 24);
}

TEST(BorrowMemory, LargeRetagAndRelease) {
  constexpr uptr kSize = 4 << 20; // 4 MiB: four second-level chunks
  Arena A(kSize + (1 << 16));
  A.Memory.track(A.addr(0), kSize, kRoot, SRW);
  MemViolation V;
  auto Start = std::chrono::steady_clock::now();
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, 10, 12, SRO, &V));
  // The allocation is one run: its granules share one stack.
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  for (uptr Off = 0; Off < kSize; Off += 4096 + 24) {
    ASSERT_EQ(A.word(Off), wordOf(12, SRO)) << Off;
    ASSERT_TRUE(A.Memory.access(A.addr(Off), 8, 12, Rd, &V)) << Off;
  }
  EXPECT_FALSE(A.Memory.access(A.addr(kSize - 1), 1, 12, Wr, &V));
  EXPECT_EQ(V.V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, kRoot, Wr, &V));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  EXPECT_EQ(A.word(kSize - 8), wordOf(kRoot, SRW));
  A.Memory.untrack(A.addr(0), kSize);
  EXPECT_EQ(A.word(kSize / 2), 0u);
  double Seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - Start)
                       .count();
  EXPECT_LT(Seconds, 20.0); // linear, not quadratic
}

TEST(BorrowMemory, RepeatedSharedReborrowsStayBounded) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  MemViolation V;
  Tag Last = 0;
  for (Tag T = 100; T < 100 + 2 * 200000; T += 2) {
    ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, kRoot, T, SRW, &V));
    Last = T;
  }
  EXPECT_LE(A.stack(0).size(), BorrowStack::kMaxItems);
  EXPECT_TRUE(A.Memory.access(A.addr(0), 8, Last, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 8, kRoot, Wr, &V));
  A.verify(0, 8);
}

TEST(BorrowMemory, DeallocCheckLeavesStacksForTheReport) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, kRoot, 41, U, &V));
  A.Oracle.protect(41, ProtectorKind::Strong);
  EXPECT_FALSE(A.Memory.checkDealloc(A.addr(0), 16, kRoot, &V));
  EXPECT_EQ(V.V.Kind, ViolationKind::DeallocProtected);
  EXPECT_EQ(V.V.Protected.tag(), 41u);
  EXPECT_EQ(V.Addr, A.addr(0));
  // The check changed nothing.
  EXPECT_EQ(A.stack(0).size(), 2u);
  EXPECT_EQ(A.word(8), wordOf(41, U));
  A.Oracle.end(41);
  EXPECT_TRUE(A.Memory.checkDealloc(A.addr(0), 16, kRoot, &V));
  EXPECT_EQ(A.stack(0).size(), 2u);
  // A tag that is not in the stack may not deallocate.
  EXPECT_FALSE(A.Memory.checkDealloc(A.addr(0), 16, 40, &V));
  EXPECT_EQ(V.V.Kind, ViolationKind::DeallocNotGranted);
  // The wildcard may.
  EXPECT_TRUE(A.Memory.checkDealloc(A.addr(0), 16, kWildcardTag, &V));
  A.Memory.untrack(A.addr(0), 16);
  EXPECT_EQ(A.word(0), 0u);
  EXPECT_EQ(A.word(8), 0u);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  A.verify(0, 16);
}

TEST(BorrowMemory, WildcardIsNeverReported) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, kRoot, 41, U, &V));
  A.Oracle.protect(41, ProtectorKind::Strong);
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, 41, 12, SRO, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, kWildcardTag, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(3), 7, kWildcardTag, Rd, &V));
  EXPECT_TRUE(A.Memory.retag(A.addr(0), 16, kWildcardTag, 20, U, &V));
  EXPECT_TRUE(A.Memory.retag(A.addr(1), 3, kWildcardTag, 22, SRW, &V));
  EXPECT_TRUE(A.Memory.checkDealloc(A.addr(0), 16, kWildcardTag, &V));
  A.verify(0, 16);
  A.Oracle.end(41);
}

TEST(BorrowMemory, AllocationsSharingAGranule) {
  // Two small stack objects in one granule: bytes 0-2 and 3-7.
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 3, 20, U);
  EXPECT_EQ(A.word(0), SBSAN_WORD_SLOW);
  EXPECT_TRUE(A.Memory.isTracked(A.addr(2)));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(3)));
  A.Memory.track(A.addr(3), 5, 22, U);
  EXPECT_TRUE(A.Memory.isTracked(A.addr(3)));
  A.verify(0, 8);
  MemViolation V;
  EXPECT_TRUE(A.Memory.access(A.addr(0), 3, 20, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(3), 5, 22, Wr, &V));
  // The newer object's root reaching into the older one is refused at the
  // first byte of the other object. (The older root reaching into the newer
  // object predates it: a stale tag, granted like the wildcard.)
  EXPECT_FALSE(A.Memory.access(A.addr(2), 2, 22, Wr, &V));
  EXPECT_EQ(V.Addr, A.addr(2));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 4, 20, Wr, &V));
  // An access that also covers untracked bytes only checks tracked ones.
  A.Memory.untrack(A.addr(3), 5);
  EXPECT_TRUE(A.Memory.access(A.addr(0), 8, 20, Wr, &V));
  EXPECT_EQ(A.word(0), SBSAN_WORD_SLOW);
  A.verify(0, 8);
  A.Memory.untrack(A.addr(0), 3);
  EXPECT_EQ(A.word(0), 0u);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  A.verify(0, 8);
}

TEST(BorrowMemory, TrackIfUntrackedKeepsStacksInUse) {
  Arena A(1 << 16);
  A.Memory.trackIfUntracked(A.addr(0), 16, kGlobalRootTag, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, kGlobalRootTag, 10, U, &V));
  A.Memory.trackIfUntracked(A.addr(0), 24, kGlobalRootTag, SRW);
  EXPECT_EQ(A.word(0), wordOf(10, U)); // unchanged
  EXPECT_EQ(A.word(16), wordOf(kGlobalRootTag, SRW)); // newly tracked
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, 10, Wr, &V));
  // A plain track resets (a new allocation at the same place).
  A.Memory.track(A.addr(0), 16, 30, U);
  EXPECT_EQ(A.word(0), wordOf(30, U));
  EXPECT_FALSE(A.Memory.access(A.addr(0), 16, 32, Rd, &V));
  // Tag 10 predates the new allocation: stale, granted, nothing changes.
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, 10, Rd, &V));
  EXPECT_EQ(A.word(0), wordOf(30, U));
  A.verify(0, 24);
}

TEST(BorrowMemory, MixedSharedRetag) {
  // &(u32, Cell<u32>, u64): bytes 4-7 are interior mutable.
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  MemViolation V;
  const uint64_t Cells[] = {4, 4};
  ASSERT_TRUE(
      A.Memory.retagSharedMixed(A.addr(0), 16, kRoot, 10, Cells, 1, &V));
  EXPECT_EQ(A.stack(0).back(), Item(10, SRO));
  EXPECT_EQ(A.stack(5).back(), Item(10, SRW));
  EXPECT_EQ(A.word(8), wordOf(10, SRO)); // granule 1 is all SharedReadOnly
  EXPECT_TRUE(A.Memory.access(A.addr(4), 4, 10, Wr, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(0), 4, 10, Wr, &V));
  EXPECT_EQ(V.V.Reason, DenyReason::OnlyGrantsSharedReadOnly);
  EXPECT_FALSE(A.Memory.access(A.addr(8), 1, 10, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, 10, Rd, &V));
  A.verify(0, 16);
}

TEST(BorrowMemory, MixedRetagWithUnsortedAndUnalignedRanges) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 32, kRoot, SRW);
  MemViolation V;
  // Retag starts mid-granule; ranges out of order.
  const uint64_t Cells[] = {10, 2, 1, 3};
  ASSERT_TRUE(
      A.Memory.retagSharedMixed(A.addr(5), 16, kRoot, 10, Cells, 2, &V));
  for (uptr Off = 5; Off < 21; ++Off) {
    uptr Rel = Off - 5;
    bool Cell = (Rel >= 10 && Rel < 12) || (Rel >= 1 && Rel < 4);
    EXPECT_EQ(A.stack(Off).back(), Item(10, Cell ? SRW : SRO)) << Off;
  }
  EXPECT_EQ(A.stack(4).back(), Item(kRoot, SRW));
  EXPECT_EQ(A.stack(21).back(), Item(kRoot, SRW));
  A.verify(0, 32);
}

TEST(BorrowMemory, ZeroSizedOperationsTouchNothing) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  MemViolation V;
  EXPECT_TRUE(A.Memory.retag(A.addr(0), 0, 999, 10, U, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 0, 999, Wr, &V));
  EXPECT_EQ(A.word(0), wordOf(kRoot, SRW));
  A.Memory.track(A.addr(16), 0, 30, U);
  EXPECT_EQ(A.word(16), 0u);
}

TEST(BorrowMemory, ExposeMarksItemsWithoutChangingTheWord) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  A.Memory.expose(A.addr(0), 8, kRoot);
  EXPECT_EQ(A.word(0), wordOf(kRoot, SRW));
  ASSERT_EQ(A.stack(0).size(), 1u);
  EXPECT_TRUE(A.stack(0)[0].exposed());
  EXPECT_EQ(A.Memory.outOfLineGranules(), 1u); // the word has no exposed bit
  A.verify(0, 8);
}

TEST(BorrowMemory, ProtectedItemBlocksInvalidation) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 8, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 8, kRoot, 13, U, &V));
  A.Oracle.protect(13, ProtectorKind::Strong);
  EXPECT_FALSE(A.Memory.access(A.addr(2), 1, kRoot, Wr, &V));
  EXPECT_EQ(V.V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.Addr, A.addr(2));
  EXPECT_EQ(V.V.Protected, Item(13, U));
  EXPECT_EQ(V.V.ProtectorCall, 77u);
  // Refused: nothing changed, the child still works.
  EXPECT_TRUE(A.Memory.access(A.addr(0), 8, 13, Wr, &V));
  A.Oracle.end(13);
  EXPECT_TRUE(A.Memory.access(A.addr(2), 1, kRoot, Wr, &V));
  A.verify(0, 8);
}

TEST(BorrowMemory, StaleTagAfterReallocationInPlace) {
  // realloc in place done by uninstrumented code: the block keeps its
  // address and gets a new root, and a pointer stored earlier keeps the old
  // block's tag (the stored value did not change).
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, 10, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 16, 10, 12, SRW, &V));
  A.Memory.untrack(A.addr(0), 16);
  A.Memory.track(A.addr(0), 32, 60, SRW);
  EXPECT_TRUE(A.Memory.access(A.addr(0), 32, 12, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(12), 4, 12, Rd, &V));
  EXPECT_EQ(A.word(0), wordOf(60, SRW)) << "nothing changed";
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  EXPECT_TRUE(A.Memory.checkDealloc(A.addr(0), 32, 12, &V));
  // A tag made after the new root that was never derived here is refused.
  EXPECT_FALSE(A.Memory.access(A.addr(4), 4, 62, Wr, &V));
  EXPECT_EQ(V.Addr, A.addr(4));
  EXPECT_EQ(V.V.Reason, DenyReason::TagNotInStack);
  A.verify(0, 32);
}

TEST(BorrowMemory, RestrictItemsAreMadePerByteOnFirstAccess) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 16, kRoot, SRW);
  constexpr Tag Ra = 103, Rb = 107;
  A.Oracle.protectRestrict(Ra, kRoot);
  A.Oracle.protectRestrict(Rb, kRoot);
  MemViolation V;
  // f(a, b) with a == b: a writes the first int, both read the second.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 4, Ra, Wr, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(4), 4, Ra, Rd, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(4), 4, Rb, Rd, &V));
  EXPECT_EQ(A.word(0), SBSAN_WORD_SLOW) << "the bytes differ now";
  EXPECT_EQ(A.stack(0).back(), Item(Ra, U));
  EXPECT_EQ(A.stack(4).back(), Item(Rb, SRO));
  EXPECT_EQ(A.stack(8).size(), 1u) << "bytes not accessed get no items";
  A.verify(0, 16);
  // b reads what a wrote: reported at the first byte.
  EXPECT_FALSE(A.Memory.access(A.addr(0), 8, Rb, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(0));
  EXPECT_EQ(V.V.Kind, ViolationKind::ProtectedInvalidation);
  EXPECT_EQ(V.V.Protected, Item(Ra, U));
  // Writing the shared-read bytes through either is reported too.
  EXPECT_FALSE(A.Memory.access(A.addr(4), 4, Ra, Wr, &V));
  EXPECT_EQ(V.V.Protected, Item(Rb, SRO));
  // Once the call is over, nothing about a and b is reported.
  A.Oracle.end(Ra);
  A.Oracle.end(Rb);
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, kRoot, Wr, &V));
  EXPECT_TRUE(A.Memory.access(A.addr(0), 16, Rb, Wr, &V));
  EXPECT_EQ(A.word(0), wordOf(kRoot, SRW));
  A.verify(0, 16);
}

} // namespace

// --- Runs: granules that share one stack (run_state.h) ---------------------

// Untracking a large run gives the whole pages of its words back to the
// kernel; what the words say afterwards must be what storing zeros says,
// at both unaligned ends too. (The arena's words are ordinary heap
// memory: released pages read as zero there as well.)
TEST(BorrowMemoryRuns, UntrackingALargeRunClearsEveryWord) {
  constexpr uptr kBytes = uptr(3) << 20; // 3 MiB: over 1 MiB of words
  Arena A(kBytes + (1 << 16));
  MemViolation V;
  A.Memory.track(A.addr(8), kBytes, kRoot, SRW);
  ASSERT_EQ(A.Memory.runs(), 1u);
  A.Memory.track(A.addr(kBytes + 64), 16, 20, U); // a neighbour, no run
  A.Memory.untrack(A.addr(8), kBytes);
  EXPECT_EQ(A.Memory.runs(), 0u);
  for (uptr Off = 0; Off < kBytes + 64; Off += 8)
    ASSERT_EQ(A.word(Off), 0u) << "offset " << Off;
  EXPECT_EQ(A.word(kBytes + 64), wordOf(20, U));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(4096)));
  // Tracked again, the released words work as before.
  A.Memory.track(A.addr(0), kBytes, 30, SRW);
  EXPECT_TRUE(A.Memory.access(A.addr(1 << 20), 8, 30, Wr, &V));
  A.verify(0, 64);
}

// RunStates are pooled for good; a freed one must not keep the heap array
// of the long stack it had (every split of a deeply borrowed buffer frees
// runs, and their arrays would add up).
TEST(BorrowMemoryRuns, FreedRunDropsItsLongStack) {
  BorrowStack Deep(Item(kRoot, SRW));
  for (Tag T = 10; T < 100; T += 2)
    ASSERT_TRUE(Deep.retag(kRoot, T, SRO, TestOracle(), nullptr));
  ASSERT_FALSE(Deep.itemsInPlace());
  RunState *R = allocateRun(Deep);
  EXPECT_FALSE(R->Stack.itemsInPlace());
  R->unlock();
  freeRun(R);
  EXPECT_TRUE(R->Stack.itemsInPlace());
  EXPECT_EQ(R->Stack.size(), 1u);
}

// The words-only test answers a range whose granules, or whose contiguous
// run, have the tag on top with a permission that grants the access, and
// nothing else.
TEST(BorrowMemoryRuns, GrantedAtTopsReadsWordsAndRuns) {
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 4096, kRoot, U);
  EXPECT_TRUE(
      A.Memory.grantedAtTops(A.addr(0), 4096, kRoot, AccessKind::Write));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(5), 100, kRoot, AccessKind::Read));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 8, 7, AccessKind::Read));
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 4096, kRoot, 8, SRO, &V));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, AccessKind::Read));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, AccessKind::Write));
  // kRoot is in the stack but not on top: a read through it would still
  // be allowed, but the words alone do not say so.
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 16, kRoot, AccessKind::Read));
  // A granule that left the run (a hole) keeps the run from answering for
  // all of its granules at once; granule by granule, a few still can.
  ASSERT_TRUE(A.Memory.retag(A.addr(2048), 8, 8, 10, SRO, &V));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, AccessKind::Read));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(2048), 8, 10, AccessKind::Read));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 64, 8, AccessKind::Read));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(2040), 16, 8, AccessKind::Read));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(2056), 16, 8, AccessKind::Read));
  // Nothing is claimed past the tracked ranges or for an empty range.
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 0, 8, AccessKind::Read));
  A.verify(0, 4096);
}

// A range inside one run whose listed holes hold few granules is walked in
// a few steps; a range past the run, or a run whose holes overflowed their
// list, is not claimed.
TEST(BorrowMemoryRuns, InOneRunWithFewHolesCountsHoleGranules) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 1024, kRoot, U);
  EXPECT_TRUE(A.Memory.inOneRunWithFewHoles(A.addr(0), 1024, 0));
  EXPECT_TRUE(A.Memory.inOneRunWithFewHoles(A.addr(100), 200, 0));
  EXPECT_FALSE(A.Memory.inOneRunWithFewHoles(A.addr(0), 1032, 16));
  EXPECT_FALSE(A.Memory.inOneRunWithFewHoles(A.addr(0), 0, 16));
  // Two granules leave the run: a hole of two granules.
  ASSERT_TRUE(A.Memory.retag(A.addr(512), 16, kRoot, 8, U, &V));
  EXPECT_FALSE(A.Memory.inOneRunWithFewHoles(A.addr(0), 1024, 1));
  EXPECT_TRUE(A.Memory.inOneRunWithFewHoles(A.addr(0), 1024, 2));
  // A range that starts in the hole is not in the run.
  EXPECT_FALSE(A.Memory.inOneRunWithFewHoles(A.addr(512), 64, 16));
  // More holes than the list holds: not claimed, however many are allowed.
  for (unsigned I = 0; I < 12; ++I)
    ASSERT_TRUE(A.Memory.retag(A.addr(16 * I), 8, kRoot, 10 + 2 * I, U, &V));
  EXPECT_FALSE(A.Memory.inOneRunWithFewHoles(A.addr(200), 800, 1000));
  A.verify(0, 1024);
}

// A tag is a quiet reader of a range when its reading item is not Unique
// and no Unique item lies above it in any stack there: a read through it
// changes nothing. The test looks at runs, granules and the bytes of split
// granules, and leaves the words letting that tag's reads pass inline.
TEST(BorrowMemoryRuns, ReadsQuietlyLooksAtTheStacks) {
  Arena A(1 << 16);
  MemViolation V;
  A.Memory.track(A.addr(0), 4096, kRoot, U); // one run
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 4096, kRoot, 8, SRO, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 4096, 8, 10, SRO, &V));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, AccessKind::Read));
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(0), 4096, 8));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, AccessKind::Read));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 4096, 10, AccessKind::Read) ||
              A.Memory.readsQuietly(A.addr(0), 4096, 10));
  // The root's reading item is Unique; a tag not in the stack reads
  // nothing; the wildcard is never claimed.
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(0), 4096, kRoot));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(0), 4096, 77));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(0), 4096, kWildcardTag));
  A.verify(0, 4096);

  // Granules of their own: a Unique item above the reader is not quiet.
  A.Memory.track(A.addr(8192), 32, kRoot, SRW);
  ASSERT_TRUE(A.Memory.retag(A.addr(8192), 32, kRoot, 20, SRO, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(8192), 32, 20, 22, SRO, &V));
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(8192), 32, kRoot));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(8192), 32, kRoot, Rd));
  ASSERT_TRUE(A.Memory.retag(A.addr(8200), 8, kRoot, 24, U, &V));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(8192), 32, kRoot));
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(8192), 8, kRoot));
  A.verify(8192, 32);

  // A split granule: only the bytes of the range count.
  A.Memory.track(A.addr(12288), 8, kRoot, SRW);
  ASSERT_TRUE(A.Memory.retag(A.addr(12288), 4, kRoot, 30, SRO, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(12288), 4, 30, 32, SRO, &V));
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(12288), 4, 30));
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(12288), 8, kRoot));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(12288), 8, 30));
  A.verify(12288, 8);

  // Untracked bytes change nothing; a run with a hole is not looked into.
  EXPECT_TRUE(A.Memory.readsQuietly(A.addr(40960), 64, 99));
  ASSERT_TRUE(A.Memory.retag(A.addr(2048), 8, 10, 40, SRO, &V));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(0), 4096, 8));
  EXPECT_FALSE(A.Memory.readsQuietly(A.addr(0), 0, 8));
  A.verify(0, 4096);
}

// A range is untracked only if none of its granules has a stack: a run, a
// granule of its own, or one byte of a granule is enough to track it.
TEST(BorrowMemoryRuns, UntrackedRangeLooksAtEveryGranule) {
  Arena A(1 << 16);
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(0), 4096));
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(3), 1));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(0), 0));
  A.Memory.track(A.addr(1024), 1024, kRoot, U); // a run
  A.Memory.track(A.addr(3000), 8, kRoot, U);    // one granule
  A.Memory.track(A.addr(4005), 1, kRoot, U);    // one byte
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(0), 1024));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(0), 1025));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(2040), 16));
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(2048), 952));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(2048), 953));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(4000), 5));
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(4006), 2));
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(4008), 8));
  // Past the tracked address ranges nothing is claimed.
  EXPECT_FALSE(A.Memory.untrackedRange(A.addr(0), (1 << 16) + 8));
  A.Memory.untrack(A.addr(1024), 1024);
  EXPECT_TRUE(A.Memory.untrackedRange(A.addr(1024), 1024));
}

// A retag without a child with SBSAN_RETAG_PARENT_SHARED is answered only
// where the parent's item on top is SharedReadWrite or SharedReadOnly.
TEST(BorrowMemoryRuns, GrantedAtTopsWithSharedParentRefusesUnique) {
  constexpr uint32_t Kind =
      SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_NO_CHILD | SBSAN_RETAG_PARENT_SHARED;
  uint64_t Low = sbsan_no_child_low(Kind), Bound = sbsan_no_child_bound(Kind);
  Arena A(1 << 16);
  A.Memory.track(A.addr(0), 4096, kRoot, U);
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(0), 4096, kRoot, Low, Bound));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(8), 8, kRoot, Low, Bound));
  // Without the flag, a Unique parent on top answers the read.
  EXPECT_TRUE(A.Memory.grantedAtTops(
      A.addr(8), 8, kRoot, sbsan_no_child_low(SBSAN_RETAG_SHARED_RO),
      sbsan_no_child_bound(SBSAN_RETAG_SHARED_RO)));
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 4096, kRoot, 8, SRW, &V));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 4096, 8, Low, Bound));
  ASSERT_TRUE(A.Memory.retag(A.addr(64), 16, 8, 16, SRO, &V));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(64), 16, 16, Low, Bound));
  ASSERT_TRUE(A.Memory.retag(A.addr(128), 8, 8, 24, U, &V));
  EXPECT_FALSE(A.Memory.grantedAtTops(A.addr(128), 8, 24, Low, Bound));
  A.verify(0, 4096);
}

TEST(BorrowMemoryRuns, WholeRangeOperationsKeepOneRun) {
  constexpr uptr kSize = 4096;
  Arena A(kSize + 64);
  uint64_t RunsBefore = A.Memory.runs();
  A.Memory.track(A.addr(0), kSize, kRoot, SRW);
  EXPECT_EQ(A.Memory.runs(), RunsBefore + 1);
  MemViolation V;
  Tag Parent = kRoot;
  for (Tag T = 10; T < 10 + 4 * 200; T += 4) {
    ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, Parent, T, U, &V));
    ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, T, Wr, &V));
    Parent = T;
  }
  EXPECT_EQ(A.Memory.runs(), RunsBefore + 1);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  std::vector<Item> S = A.stack(kSize - 1);
  ASSERT_EQ(S.size(), 201u);
  EXPECT_EQ(S.back(), Item(Parent, U));
  EXPECT_EQ(A.word(1000), wordOf(Parent, U));
  // A write through the root pops every child at once.
  ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, kRoot, Wr, &V));
  EXPECT_EQ(A.stack(17), std::vector<Item>{Item(kRoot, SRW)});
  EXPECT_FALSE(A.Memory.access(A.addr(8), 8, Parent, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(8));
  A.verify(0, kSize);
  A.Memory.untrack(A.addr(0), kSize);
  EXPECT_EQ(A.Memory.runs(), RunsBefore);
}

TEST(BorrowMemoryRuns, ElementRetagLeavesAHoleThatRejoins) {
  Arena A(1024 + 64);
  uint64_t RunsBefore = A.Memory.runs();
  A.Memory.track(A.addr(0), 1024, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 1024, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(64), 8, 10, 14, U, &V));
  EXPECT_EQ(A.stack(64),
            (std::vector<Item>{Item(kRoot, SRW), Item(10, U), Item(14, U)}));
  EXPECT_EQ(A.stack(72), (std::vector<Item>{Item(kRoot, SRW), Item(10, U)}));
  EXPECT_EQ(A.stack(56), A.stack(72));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 1u);
  A.verify(0, 1024);
  // Writing the whole range through 10 pops 14 and the hole joins again.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 1024, 10, Wr, &V));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  EXPECT_EQ(A.stack(64), A.stack(72));
  EXPECT_FALSE(A.Memory.access(A.addr(64), 8, 14, Rd, &V));
  EXPECT_EQ(A.Memory.runs(), RunsBefore + 1);
  A.verify(0, 1024);
}

TEST(BorrowMemoryRuns, SubRangeRetagSplitsTheRun) {
  Arena A(2048 + 64);
  uint64_t RunsBefore = A.Memory.runs();
  A.Memory.track(A.addr(0), 2048, kRoot, SRW);
  MemViolation V;
  // The smaller side moves out: a new run for [0, 512).
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 512, kRoot, 10, U, &V));
  EXPECT_EQ(A.Memory.runs(), RunsBefore + 2);
  EXPECT_EQ(A.stack(511), (std::vector<Item>{Item(kRoot, SRW), Item(10, U)}));
  EXPECT_EQ(A.stack(512), std::vector<Item>{Item(kRoot, SRW)});
  // Most of a run: the rest moves out instead.
  ASSERT_TRUE(A.Memory.retag(A.addr(512), 1500, kRoot, 14, SRO, &V));
  EXPECT_EQ(A.stack(2011), (std::vector<Item>{Item(kRoot, SRW), Item(14, SRO)}));
  EXPECT_EQ(A.stack(2012), std::vector<Item>{Item(kRoot, SRW)});
  EXPECT_EQ(A.stack(100), (std::vector<Item>{Item(kRoot, SRW), Item(10, U)}));
  // Partial granules at both ends get per-byte stacks.
  ASSERT_TRUE(A.Memory.retag(A.addr(1003), 10, 14, 18, SRO, &V));
  EXPECT_EQ(A.stack(1002).size(), 2u);
  EXPECT_EQ(A.stack(1003).size(), 3u);
  EXPECT_EQ(A.stack(1012).size(), 3u);
  EXPECT_EQ(A.stack(1013).size(), 2u);
  A.verify(0, 2048);
  // A refused operation names the first refusing byte.
  EXPECT_FALSE(A.Memory.access(A.addr(0), 2048, 18, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(0));
  EXPECT_FALSE(A.Memory.access(A.addr(600), 1448, 10, Rd, &V));
  EXPECT_EQ(V.Addr, A.addr(600));
  A.Memory.untrack(A.addr(0), 2048);
  EXPECT_EQ(A.Memory.runs(), RunsBefore);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
}

TEST(BorrowMemoryRuns, ManyHolesStillSeeEveryGranule) {
  constexpr uptr kSize = 8192;
  Arena A(kSize + 64);
  A.Memory.track(A.addr(0), kSize, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, kRoot, 10, U, &V));
  // More element retags than the hole list holds.
  Tag T = 14;
  for (uptr Off = 0; Off < kSize; Off += 64, T += 4)
    ASSERT_TRUE(A.Memory.retag(A.addr(Off), 8, 10, T, SRO, &V));
  // A whole-range retag must reach every granule, holes included.
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, 10, 9998, SRO, &V));
  for (uptr Off = 0; Off < kSize; Off += 8)
    ASSERT_EQ(A.word(Off), wordOf(9998, SRO)) << Off;
  A.verify(0, kSize);
  // Write through 10: everything above it goes, and the holes rejoin.
  ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, 10, Wr, &V));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  for (uptr Off = 0; Off < kSize; Off += 8)
    ASSERT_EQ(A.stack(Off),
              (std::vector<Item>{Item(kRoot, SRW), Item(10, U)}))
        << Off;
  A.verify(0, kSize);
}

// A buffer consumed from its front: each step leaves a hole behind and
// asks about the rest. Once the hole list overflows, the holes' span keeps
// the queries from walking the rest granule by granule, and a hole made
// later, past the others, is still seen.
TEST(BorrowMemoryRuns, OverflowedHolesAreLookedForOnlyInTheirSpan) {
  constexpr uptr kSize = 64 * 1024;
  Arena A(kSize + 64);
  A.Memory.track(A.addr(0), kSize, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, kRoot, 10, SRO, &V));
  CountingEvents.store(true);
  Tag T = 14;
  for (uptr Off = 0; Off < kSize / 2; Off += 256, T += 4) {
    ASSERT_TRUE(A.Memory.retag(A.addr(Off), 8, 10, T, SRO, &V));
    uint64_t Steps = eventCount(Event::GranuleStep);
    ASSERT_TRUE(A.Memory.wouldGrant(A.addr(Off + 8), kSize - Off - 8, 10, Rd));
    ASSERT_LE(eventCount(Event::GranuleStep) - Steps, 1u) << Off;
  }
  // The whole range: only the span is walked.
  uint64_t Steps = eventCount(Event::GranuleStep);
  ASSERT_TRUE(A.Memory.wouldGrant(A.addr(0), kSize, 10, Rd));
  EXPECT_LE(eventCount(Event::GranuleStep) - Steps, kSize / 2 / 8);
  // A hole past the span, whose stack alone refuses.
  ASSERT_TRUE(A.Memory.retag(A.addr(kSize - 64), 8, 10, 9998, SRO, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(kSize - 64), 8, 9998, Rd, &V));
  EXPECT_TRUE(A.Memory.wouldGrant(A.addr(kSize / 2), kSize / 2, 10, Rd));
  EXPECT_FALSE(A.Memory.wouldGrant(A.addr(kSize / 2), kSize / 2, 9998, Rd));
  EXPECT_FALSE(A.Memory.wouldGrant(A.addr(0), kSize, 9998, Rd));
  EXPECT_TRUE(A.Memory.wouldGrant(A.addr(kSize - 64), 8, 9998, Rd));
  CountingEvents.store(false);
  // A write through the root reaches every granule: the holes rejoin.
  ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, kRoot, Wr, &V));
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
  for (uptr Off = 0; Off < kSize; Off += 8)
    ASSERT_EQ(A.stack(Off), std::vector<Item>{Item(kRoot, SRW)}) << Off;
  A.verify(0, kSize);
}

// Words of a text retagged one after another make one hole that grows,
// and each check of the whole text would walk all of it: with coalescing
// on, dense holes are taken back once an operation met 32 of them.
TEST(BorrowMemoryRuns, DenseHolesAreTakenBack) {
  constexpr uptr kSize = 64 * 1024;
  Arena A(kSize + 64);
  A.Memory.setCoalescing(kCoalesceGranules);
  A.Memory.track(A.addr(0), kSize, kRoot, SRW);
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), kSize, kRoot, 10, SRO, &V));
  CountingEvents.store(true);
  uint64_t MostSteps = 0;
  Tag T = 14;
  for (uptr Off = 0; Off < kSize / 2; Off += 8, T += 4) {
    ASSERT_TRUE(A.Memory.retag(A.addr(Off), 8, 10, T, SRO, &V));
    uint64_t Steps = eventCount(Event::GranuleStep);
    ASSERT_TRUE(A.Memory.wouldGrant(A.addr(0), kSize, 10, Rd));
    uint64_t Taken = eventCount(Event::GranuleStep) - Steps;
    MostSteps = Taken > MostSteps ? Taken : MostSteps;
  }
  CountingEvents.store(false);
  EXPECT_LE(MostSteps, 2 * kCoalesceGranules);
  EXPECT_GT(A.Memory.absorbedHoles(), 0u);
  // Taken back approximately: the words' tags are still granted, the
  // text's tag still refuses writes, and a write through the root still
  // pops everything.
  EXPECT_TRUE(A.Memory.access(A.addr(800), 8, 14 + 4 * 100, Rd, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(800), 8, 10, Wr, &V));
  ASSERT_TRUE(A.Memory.access(A.addr(0), kSize, kRoot, Wr, &V));
  EXPECT_FALSE(A.Memory.access(A.addr(800), 8, 10, Rd, &V));
  A.verify(0, kSize);
}

// The top word the inline test of a whole range reads: a run's top while
// it has no holes, else a word that grants nothing.
TEST(BorrowMemoryRuns, WholeTopWordFollowsHoles) {
  Arena A(1024 + 64);
  A.Memory.track(A.addr(0), 1024, kRoot, SRW);
  auto WholeTop = [&](uptr Off) {
    uint64_t W = A.Words[Off / kGranuleSize];
    EXPECT_TRUE(isRunWord(W));
    return runOfWord(W)->WholeTopWord.load();
  };
  EXPECT_EQ(WholeTop(0), wordOf(kRoot, SRW));
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 1024, kRoot, 10, U, &V));
  EXPECT_EQ(WholeTop(512), wordOf(10, U));
  ASSERT_TRUE(A.Memory.retag(A.addr(64), 8, 10, 14, U, &V));
  EXPECT_EQ(WholeTop(512), kWordSlow);
  A.verify(0, 1024);
  // The write pops 14 and the hole joins again.
  ASSERT_TRUE(A.Memory.access(A.addr(0), 1024, 10, Wr, &V));
  EXPECT_EQ(WholeTop(512), wordOf(10, U));
  A.verify(0, 1024);
}

// A run's top word may name a quiet reader too, after a read through it
// of the run's whole stack; the next change names the top item again.
TEST(BorrowMemoryRuns, TopWordNamesAQuietReaderAfterARead) {
  Arena A(1024 + 64);
  MemViolation V;
  A.Memory.track(A.addr(0), 1024, kRoot, SRW);
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 1024, kRoot, 10, U, &V));
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 1024, 10, 12, SRW, &V));
  ASSERT_EQ(A.Memory.runs(), 1u);
  EXPECT_EQ(A.Memory.shadowWord(A.addr(512)), wordOf(12, SRW));
  ASSERT_TRUE(A.Memory.access(A.addr(0), 1024, kRoot, Rd, &V)); // disables 10
  EXPECT_EQ(A.Memory.runs(), 1u);
  EXPECT_EQ(A.Memory.shadowWord(A.addr(512)), quietReadWord(kRoot));
  EXPECT_TRUE(A.Memory.grantedAtTops(A.addr(0), 1024, kRoot, Rd));
  A.verify(0, 1024);
  ASSERT_TRUE(A.Memory.access(A.addr(0), 1024, 12, Wr, &V));
  EXPECT_EQ(A.Memory.shadowWord(A.addr(512)), wordOf(12, SRW));
  A.verify(0, 1024);
}

TEST(BorrowMemoryRuns, UntrackPartOfARun) {
  Arena A(1024 + 64);
  A.Memory.track(A.addr(0), 1024, kRoot, SRW);
  A.Memory.untrack(A.addr(256), 260);
  EXPECT_TRUE(A.Memory.isTracked(A.addr(255)));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(256)));
  EXPECT_FALSE(A.Memory.isTracked(A.addr(515)));
  EXPECT_TRUE(A.Memory.isTracked(A.addr(516)));
  MemViolation V;
  ASSERT_TRUE(A.Memory.retag(A.addr(0), 1024, kRoot, 10, SRO, &V));
  EXPECT_EQ(A.stack(600), (std::vector<Item>{Item(kRoot, SRW), Item(10, SRO)}));
  EXPECT_EQ(A.stack(300).size(), 0u);
  A.verify(0, 1024);
}

// Two runs whose granules interleave: B's hole at granule 24 holds a
// granule of C, and C's holes [16,24) and [25,48) hold B's granules and
// the single granule 32, which is also B's second hole. A retag over all
// of them walks C from inside B's holes, and C's walk of its own holes
// already reaches granule 32 (and carries the walk to 64); B's next hole
// range must not walk granule 32 again: a second retag there would pop
// its own new, protected item.
TEST(BorrowMemoryRuns, InterleavedRunsGiveEachGranuleTheOperationOnce) {
  constexpr unsigned kGranules = 64;
  Arena A(kGranules * 8 + 64);
  MemViolation V;
  auto G = [&](unsigned I) { return A.addr(I * 8); };
  auto RunAt = [&](unsigned I) -> RunState * {
    uint64_t W = A.Words[I];
    return isRunWord(W) ? runOfWord(W) : nullptr;
  };
  A.Memory.track(G(0), kGranules * 8, kRoot, SRW);
  // [16,48) moves out to a run of its own, then [0,16): the first run
  // keeps [48,64) with Lo = 16 and the hole [16,48).
  ASSERT_TRUE(A.Memory.retag(G(16), 32 * 8, kRoot, 10, SRO, &V));
  ASSERT_TRUE(A.Memory.retag(G(0), 16 * 8, kRoot, 12, SRO, &V));
  // Granule 24 leaves the middle run with the first run's stack, and a
  // read of the whole range attaches it to the first run (its holes
  // before where the walk met it); a second read remakes that run's hole
  // list from granule 24 on.
  ASSERT_TRUE(A.Memory.access(G(24), 8, kRoot, Wr, &V));
  ASSERT_TRUE(A.Memory.access(G(16), 48 * 8, kRoot, Rd, &V));
  ASSERT_TRUE(A.Memory.access(G(16), 48 * 8, kRoot, Rd, &V));
  // Granule 32 leaves the middle run with a stack of its own.
  ASSERT_TRUE(A.Memory.retag(G(32), 8, kRoot, 7, SRW, &V));
  RunState *B = RunAt(16), *C = RunAt(48);
  ASSERT_TRUE(B && C && B != C);
  ASSERT_EQ(RunAt(24), C);
  ASSERT_EQ(RunAt(25), B);
  ASSERT_EQ(RunAt(32), nullptr);
  ASSERT_EQ(RunAt(47), B);
  ASSERT_EQ(C->NumHoles, 2u);
  ASSERT_EQ(B->NumHoles, 2u);
  A.verify(0, kGranules * 8);
  constexpr Tag kProtected = 29; // odd: may be protected
  A.Oracle.protect(kProtected, ProtectorKind::Strong);
  ASSERT_TRUE(A.Memory.retag(G(16), 48 * 8, kRoot, kProtected, U, &V))
      << "refused at granule " << (V.Addr - A.addr(0)) / 8;
  EXPECT_EQ(A.stack(32 * 8), (std::vector<Item>{Item(kRoot, SRW), Item(7, SRW),
                                                Item(kProtected, U)}));
  for (unsigned I : {16u, 24u, 25u, 47u, 48u})
    EXPECT_EQ(A.stack(I * 8),
              (std::vector<Item>{Item(kRoot, SRW), Item(kProtected, U)}))
        << I;
  A.Oracle.end(kProtected);
  A.verify(0, kGranules * 8);
}
