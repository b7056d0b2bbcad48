//===- history_test.cpp - Unit tests of tag history records ---------------===//

#include "history.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace sbsan;

namespace {

// Tags as tags.h makes them: number << kTagClassBits | class.
constexpr Tag tagOf(uint64_t Number, unsigned Class = 0) {
  return (Number << kTagClassBits) | Class;
}

struct Table {
  explicit Table(unsigned Log = 10) { EXPECT_TRUE(H->init(Log)); }
  ~Table() { H->destroy(); }
  uptr firstPc(uint64_t Id) const {
    uptr Pcs[TraceRing::kMaxFrames];
    return H->stack(Id, Pcs, TraceRing::kMaxFrames) ? Pcs[0] : 0;
  }
  std::unique_ptr<HistoryTable> H = std::make_unique<HistoryTable>();
};

TEST(History, CreationAndInvalidation) {
  Table T;
  static const sbsan_retag_site Site = {"f", "parameter `x`",
                                        SBSAN_ORIGIN_FN_ENTRY, 0};
  Tag Tg = tagOf(100, 1);
  T.H->recordCreation(Tg, tagOf(1), TagOrigin::Retag,
                      SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, 16,
                      0x1234, &Site);
  TagRecord R;
  ASSERT_TRUE(T.H->find(Tg, &R));
  EXPECT_TRUE(R.Created);
  EXPECT_EQ(R.Parent, tagOf(1));
  // 0x1234 is no return address on this stack: the trace is just it.
  EXPECT_EQ(T.firstPc(R.CreateStack), 0x1234u);
  EXPECT_EQ(R.Site, &Site);
  EXPECT_EQ(R.AllocSize, 16u);
  EXPECT_EQ(R.How, Invalidation::None);
  T.H->recordInvalidation(Tg, Invalidation::Disabled, AccessKind::Read,
                          tagOf(1), 0x5678);
  T.H->recordInvalidation(Tg, Invalidation::Popped, AccessKind::Write,
                          tagOf(2), 0x9abc);
  ASSERT_TRUE(T.H->find(Tg, &R));
  EXPECT_EQ(R.How, Invalidation::Popped); // the latest one
  EXPECT_EQ(R.InvalAccess, AccessKind::Write);
  EXPECT_EQ(R.InvalBy, tagOf(2));
  EXPECT_EQ(T.firstPc(R.InvalStack), 0x9abcu);
  EXPECT_TRUE(R.Created); // creation kept
  EXPECT_EQ(T.firstPc(R.CreateStack), 0x1234u);
}

TEST(History, RingKeepsTheNewestTags) {
  Table T(10);
  TagRecord R;
  EXPECT_FALSE(T.H->find(tagOf(100), &R));
  EXPECT_FALSE(T.H->find(kWildcardTag, &R));
  constexpr uint64_t kTags = 20000;
  for (uint64_t N = 1; N <= kTags; ++N)
    T.H->recordCreation(tagOf(N), kWildcardTag, TagOrigin::HeapRoot, 0, N,
                        0x1000 + N, nullptr);
  // Exactly the newest 2^10 are there, each with its own data.
  for (uint64_t N = 1; N <= kTags; ++N) {
    bool Found = T.H->find(tagOf(N), &R);
    ASSERT_EQ(Found, N > kTags - 1024) << N;
    if (Found) {
      EXPECT_EQ(R.T, tagOf(N));
      EXPECT_EQ(R.AllocSize, N);
      EXPECT_EQ(T.firstPc(R.CreateStack), 0x1000 + N);
    }
  }
  // An invalidation of a tag whose creation was overwritten still records,
  // and does not pass for the newer tag's creation or vice versa.
  T.H->recordInvalidation(tagOf(7), Invalidation::Popped, AccessKind::Write,
                          tagOf(4), 0x99);
  ASSERT_TRUE(T.H->find(tagOf(7), &R));
  EXPECT_FALSE(R.Created);
  EXPECT_EQ(T.firstPc(R.InvalStack), 0x99u);
  uint64_t Newer = 7 + 1024 * ((kTags - 7) / 1024); // same slot, still live
  ASSERT_TRUE(T.H->find(tagOf(Newer), &R));
  EXPECT_TRUE(R.Created);
  EXPECT_EQ(R.How, Invalidation::None);
}

TEST(History, OldTagsLeaveNewerInvalidationsAlone) {
  Table T(10);
  Tag Old = tagOf(5), Newer = tagOf(5 + 3 * 1024); // the same slot
  T.H->recordInvalidation(Newer, Invalidation::Popped, AccessKind::Write,
                          tagOf(4), 0x11);
  T.H->recordInvalidation(Old, Invalidation::Disabled, AccessKind::Read,
                          tagOf(3), 0x22);
  TagRecord R;
  EXPECT_FALSE(T.H->find(Old, &R));
  ASSERT_TRUE(T.H->find(Newer, &R));
  EXPECT_EQ(R.How, Invalidation::Popped);
  EXPECT_EQ(T.firstPc(R.InvalStack), 0x11u);
  // A newer tag takes the slot from an older one.
  Tag Newest = tagOf(5 + 4 * 1024);
  T.H->recordInvalidation(Newest, Invalidation::Disabled, AccessKind::Read,
                          tagOf(2), 0x33);
  ASSERT_TRUE(T.H->find(Newest, &R));
  EXPECT_EQ(R.How, Invalidation::Disabled);
  EXPECT_FALSE(T.H->find(Newer, &R) && R.How != Invalidation::None);
}

TEST(History, ObserverRecordsEachVictimOnce) {
  Table T;
  HistoryObserver Obs(*T.H, 0x42, 0);
  for (int Granule = 0; Granule < 100; ++Granule) {
    Obs.invalidated(Item(tagOf(10), Permission::Unique), true,
                    AccessKind::Write, tagOf(4));
    Obs.invalidated(Item(tagOf(12), Permission::Unique), false,
                    AccessKind::Read, tagOf(4));
  }
  TagRecord R;
  ASSERT_TRUE(T.H->find(tagOf(10), &R));
  EXPECT_EQ(R.How, Invalidation::Popped);
  EXPECT_EQ(T.firstPc(R.InvalStack), 0x42u);
  ASSERT_TRUE(T.H->find(tagOf(12), &R));
  EXPECT_EQ(R.How, Invalidation::Disabled);
  EXPECT_EQ(R.InvalAccess, AccessKind::Read);
  // One trace for the whole operation: both records share it.
  TagRecord R10;
  ASSERT_TRUE(T.H->find(tagOf(10), &R10));
  EXPECT_EQ(R10.InvalStack, R.InvalStack);
}

TEST(History, DisabledTableRecordsNothing) {
  auto H = std::make_unique<HistoryTable>();
  EXPECT_FALSE(H->enabled());
  H->recordCreation(tagOf(100), 4, TagOrigin::Retag, 0, 1, 1, nullptr);
  TagRecord R;
  EXPECT_FALSE(H->find(tagOf(100), &R));
}

// Plays a runtime entry point: records with its own return address, as
// __sbsan_retag does, from a helper frame below it.
__attribute__((noinline)) void recordBelow(HistoryTable &H, Tag T, uptr Pc,
                                           TagOrigin Origin) {
  H.recordCreation(T, kWildcardTag, Origin, 0, 8, Pc, nullptr);
  __asm__ volatile("" ::: "memory");
}
__attribute__((noinline)) uptr fakeEntryPoint(HistoryTable &H, Tag T,
                                              TagOrigin Origin) {
  uptr Pc = uptr(__builtin_return_address(0));
  recordBelow(H, T, Pc, Origin);
  __asm__ volatile("" ::: "memory");
  return Pc;
}
__attribute__((noinline)) uptr
programFunction(HistoryTable &H, Tag T, TagOrigin Origin = TagOrigin::Retag) {
  uptr Pc = fakeEntryPoint(H, T, Origin);
  __asm__ volatile("" ::: "memory");
  return Pc;
}
__attribute__((noinline)) uptr deeperFunction(HistoryTable &H, Tag T,
                                              TagOrigin Origin) {
  uptr Pc = programFunction(H, T, Origin);
  __asm__ volatile("" ::: "memory");
  return Pc;
}

TEST(History, TraceStartsAtTheEntryPointsCaller) {
  Table T;
  uptr First[2] = {0, 0};
  for (uint64_t N = 5; N < 8; ++N) { // one call site
    uptr Pc = programFunction(*T.H, tagOf(N));
    TagRecord R;
    ASSERT_TRUE(T.H->find(tagOf(N), &R));
    uptr Pcs[TraceRing::kMaxFrames];
    unsigned Got = T.H->stack(R.CreateStack, Pcs, TraceRing::kMaxFrames);
    ASSERT_GE(Got, 2u); // the entry point's caller, then its callers
    EXPECT_LE(Got, T.H->frames());
    EXPECT_EQ(Pcs[0], Pc);
    if (N == 5) {
      First[0] = Pcs[0];
      First[1] = Pcs[1];
    }
    EXPECT_EQ(Pcs[0], First[0]);
    EXPECT_EQ(Pcs[1], First[1]);
  }
}

TEST(History, FramesOption) {
  auto H = std::make_unique<HistoryTable>();
  ASSERT_TRUE(H->init(10, 2));
  EXPECT_EQ(H->frames(), 2u);
  programFunction(*H, tagOf(9));
  TagRecord R;
  ASSERT_TRUE(H->find(tagOf(9), &R));
  uptr Pcs[TraceRing::kMaxFrames];
  EXPECT_EQ(H->stack(R.CreateStack, Pcs, TraceRing::kMaxFrames), 2u);
  H->destroy();
}

// A stack root keeps its frame and that frame's caller; a retag made at
// the same depth keeps more.
TEST(History, StackRootsKeepTwoFrames) {
  Table T;
  ASSERT_GT(T.H->frames(), HistoryTable::kStackRootFrames);
  uptr Pcs[TraceRing::kMaxFrames];
  TagRecord R;
  deeperFunction(*T.H, tagOf(20), TagOrigin::Retag);
  ASSERT_TRUE(T.H->find(tagOf(20), &R));
  unsigned RetagFrames = T.H->stack(R.CreateStack, Pcs, TraceRing::kMaxFrames);
  EXPECT_GT(RetagFrames, HistoryTable::kStackRootFrames);
  uptr RetagPcs[2] = {Pcs[0], Pcs[1]};
  deeperFunction(*T.H, tagOf(21), TagOrigin::StackRoot);
  ASSERT_TRUE(T.H->find(tagOf(21), &R));
  ASSERT_EQ(T.H->stack(R.CreateStack, Pcs, TraceRing::kMaxFrames),
            HistoryTable::kStackRootFrames);
  EXPECT_EQ(Pcs[1], RetagPcs[1]) << "the same caller frame";
  EXPECT_NE(Pcs[0], 0u);
  (void)RetagPcs[0];
  // Fewer frames asked for than a stack root may keep: that many.
  auto One = std::make_unique<HistoryTable>();
  ASSERT_TRUE(One->init(10, 1));
  deeperFunction(*One, tagOf(22), TagOrigin::StackRoot);
  ASSERT_TRUE(One->find(tagOf(22), &R));
  EXPECT_EQ(One->stack(R.CreateStack, Pcs, TraceRing::kMaxFrames), 1u);
  One->destroy();
}

// Readers racing with writers never see a record mixed from two tags.
TEST(History, ConcurrentWritersAndReaders) {
  Table T(8); // small, so slots are overwritten constantly
  std::atomic<bool> Stop{false};
  std::atomic<uint64_t> Checked{0}, Bad{0};
  std::vector<std::thread> Threads;
  for (unsigned W = 0; W < 3; ++W)
    Threads.emplace_back([&, W] {
      for (uint64_t I = 0; I < 200000; ++I) {
        uint64_t N = 1 + W + 3 * I;
        // Parent and size are functions of the tag: a torn read breaks it.
        T.H->recordCreation(tagOf(N), tagOf(N + 7), TagOrigin::Retag, 0,
                            N * 3, 0, nullptr);
        if (I % 3 == 0)
          T.H->recordInvalidation(tagOf(N), Invalidation::Popped,
                                  AccessKind::Write, tagOf(N * 5), 0);
      }
    });
  Threads.emplace_back([&] {
    // At least one pass, even if the writers finish before this starts.
    bool Last = false;
    while (!Last) {
      Last = Stop.load();
      for (uint64_t N = 1; N < 600000; N += 97) {
        TagRecord R;
        if (!T.H->find(tagOf(N), &R))
          continue;
        Checked.fetch_add(1);
        if (R.Created && (R.Parent != tagOf(N + 7) || R.AllocSize != N * 3))
          Bad.fetch_add(1);
        if (R.How != Invalidation::None && R.InvalBy != tagOf(N * 5))
          Bad.fetch_add(1);
      }
    }
  });
  for (unsigned W = 0; W < 3; ++W)
    Threads[W].join();
  Stop.store(true);
  Threads.back().join();
  EXPECT_EQ(Bad.load(), 0u);
  EXPECT_GT(Checked.load(), 0u);
}

} // namespace
