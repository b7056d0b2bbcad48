//===- stack_depot_test.cpp - Unit tests of the stack-trace depot ---------===//

#include "fast_unwind.h"
#include "stack_depot.h"

#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

using namespace sbsan;

namespace {

struct Depot {
  Depot(unsigned LogSlots = 10, uint64_t Words = 1 << 16) {
    EXPECT_TRUE(D->init(LogSlots, Words));
  }
  ~Depot() { D->destroy(); }
  std::unique_ptr<StackDepot> D = std::make_unique<StackDepot>();
};

TEST(StackDepot, StoresAndDeduplicates) {
  Depot T;
  uptr A[] = {0x1000, 0x2000, 0x3000};
  uptr B[] = {0x1000, 0x2000, 0x3001};
  uint32_t IdA = T.D->put(A, 3);
  uint32_t IdB = T.D->put(B, 3);
  uint32_t IdA2 = T.D->put(A, 2); // a prefix is another trace
  EXPECT_NE(IdA, 0u);
  EXPECT_NE(IdB, 0u);
  EXPECT_NE(IdA, IdB);
  EXPECT_NE(IdA, IdA2);
  EXPECT_EQ(T.D->put(A, 3), IdA);
  EXPECT_EQ(T.D->put(B, 3), IdB);
  EXPECT_EQ(T.D->stored(), 3u);
  uptr Out[8];
  ASSERT_EQ(T.D->get(IdB, Out, 8), 3u);
  EXPECT_EQ(Out[2], 0x3001u);
  ASSERT_EQ(T.D->get(IdA, Out, 2), 2u); // clipped to the caller's room
  EXPECT_EQ(Out[1], 0x2000u);
  EXPECT_EQ(T.D->get(0, Out, 8), 0u);
  EXPECT_EQ(T.D->put(A, 0), 0u);
}

TEST(StackDepot, ManyTracesAndFullDepot) {
  Depot T(12, 4096);
  uint32_t Last = 0;
  unsigned Stored = 0;
  for (uptr I = 1; I < 3000; ++I) {
    uptr Pcs[2] = {I, I * 7};
    uint32_t Id = T.D->put(Pcs, 2);
    if (!Id)
      break; // full: 4096 words hold about 1000 traces of 2 frames
    ++Stored;
    Last = Id;
    uptr Out[2];
    ASSERT_EQ(T.D->get(Id, Out, 2), 2u);
    ASSERT_EQ(Out[0], I);
    ASSERT_EQ(Out[1], I * 7);
  }
  EXPECT_GT(Stored, 500u);
  EXPECT_LT(Stored, 2999u);
  EXPECT_NE(Last, 0u);
  uptr Pcs[2] = {99999, 1};
  EXPECT_EQ(T.D->put(Pcs, 2), 0u); // no room left: no id, no crash
}

TEST(StackDepot, LongTracesAreClipped) {
  Depot T;
  uptr Pcs[StackDepot::kMaxFrames + 10];
  for (unsigned I = 0; I < StackDepot::kMaxFrames + 10; ++I)
    Pcs[I] = 0x4000 + I;
  uint32_t Id = T.D->put(Pcs, StackDepot::kMaxFrames + 10);
  uptr Out[StackDepot::kMaxFrames + 10];
  EXPECT_EQ(T.D->get(Id, Out, StackDepot::kMaxFrames + 10),
            StackDepot::kMaxFrames);
}

TEST(StackDepot, SeparateDepotsDoNotShareIds) {
  Depot T1, T2;
  uptr A[] = {1, 2, 3, 4};
  uptr B[] = {5, 6, 7, 8};
  T1.D->put(B, 4); // A's id in T1 differs from its id in T2
  uint32_t Id1 = T1.D->put(A, 4);
  uint32_t Id2 = T2.D->put(A, 4);
  uptr Out[4];
  ASSERT_EQ(T2.D->get(Id2, Out, 4), 4u);
  EXPECT_EQ(Out[3], 4u);
  ASSERT_EQ(T1.D->get(Id1, Out, 4), 4u);
  EXPECT_EQ(Out[0], 1u);
}

TEST(StackDepot, ThreadsAgreeOnIds) {
  Depot T(14, 1 << 20);
  constexpr unsigned kThreads = 4, kTraces = 2000;
  std::vector<std::vector<uint32_t>> Ids(kThreads);
  std::vector<std::thread> Threads;
  for (unsigned W = 0; W < kThreads; ++W)
    Threads.emplace_back([&, W] {
      for (unsigned I = 0; I < kTraces; ++I) {
        uptr Pcs[3] = {I, I + 1, I * 3};
        Ids[W].push_back(T.D->put(Pcs, 3));
      }
    });
  for (auto &Th : Threads)
    Th.join();
  for (unsigned I = 0; I < kTraces; ++I) {
    ASSERT_NE(Ids[0][I], 0u);
    for (unsigned W = 1; W < kThreads; ++W)
      EXPECT_EQ(Ids[W][I], Ids[0][I]) << I;
  }
  EXPECT_EQ(T.D->stored(), kTraces);
}

// The unwinder follows frame records and never leaves the stack.
__attribute__((noinline)) unsigned unwindHere(uptr *Out, unsigned Max) {
  uptr Pc = uptr(__builtin_return_address(0));
  unsigned N = unwindFrom(Pc, uptr(__builtin_frame_address(0)), Out, Max);
  __asm__ volatile("" ::: "memory");
  return N;
}
__attribute__((noinline)) unsigned callUnwind(uptr *Out, unsigned Max,
                                              uptr *Pc) {
  *Pc = uptr(__builtin_return_address(0));
  unsigned N = unwindHere(Out, Max);
  __asm__ volatile("" ::: "memory");
  return N;
}

TEST(FastUnwind, FollowsFramePointers) {
  uptr Out[16], CallerPc = 0;
  unsigned N = callUnwind(Out, 16, &CallerPc);
  ASSERT_GE(N, 2u);
  EXPECT_EQ(Out[1], CallerPc); // callUnwind's return address
  EXPECT_EQ(callUnwind(Out, 1, &CallerPc), 1u);
  EXPECT_EQ(unwindFrom(0x1234, 0, Out, 16), 1u); // no frame: just the pc
  EXPECT_EQ(Out[0], 0x1234u);
  // A bogus frame address outside any stack gives just the pc.
  EXPECT_EQ(unwindFrom(0x1234, 0x10, Out, 16), 1u);
  EXPECT_EQ(captureFromEntry(0x1234, Out, 16), 1u); // not on this stack
}

} // namespace
