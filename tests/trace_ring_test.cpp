//===- trace_ring_test.cpp - Unit tests of the trace ring and unwinder ----===//

#include "fast_unwind.h"
#include "trace_ring.h"

#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

using namespace sbsan;

namespace {

struct Ring {
  explicit Ring(unsigned LogWords = 16) { EXPECT_TRUE(R->init(LogWords)); }
  ~Ring() { R->destroy(); }
  std::unique_ptr<TraceRing> R = std::make_unique<TraceRing>();
};

TEST(TraceRing, StoresTraces) {
  Ring T;
  uptr A[] = {0x1000, 0x2000, 0x3000};
  uptr B[] = {0x1000, 0x2000, 0x3001};
  uint64_t IdA = T.R->put(A, 3);
  uint64_t IdB = T.R->put(B, 3);
  EXPECT_NE(IdA, 0u);
  EXPECT_NE(IdB, 0u);
  EXPECT_NE(IdA, IdB);
  uptr Out[8];
  ASSERT_EQ(T.R->get(IdB, Out, 8), 3u);
  EXPECT_EQ(Out[2], 0x3001u);
  ASSERT_EQ(T.R->get(IdA, Out, 2), 2u); // clipped to the caller's room
  EXPECT_EQ(Out[1], 0x2000u);
  EXPECT_EQ(T.R->get(0, Out, 8), 0u);
  EXPECT_EQ(T.R->put(A, 0), 0u);
  EXPECT_EQ(T.R->get(IdA + 1, Out, 8), 0u); // not the start of a trace
}

TEST(TraceRing, OldTracesAreOverwrittenNotMixedUp) {
  Ring T(12); // 4096 words: a few hundred traces
  std::vector<uint64_t> Ids;
  for (uptr I = 1; I < 5000; ++I) {
    uptr Pcs[3] = {I, I * 7, I * 13};
    Ids.push_back(T.R->put(Pcs, 3));
  }
  unsigned Alive = 0;
  for (uptr I = 1; I < 5000; ++I) {
    uptr Out[3];
    unsigned N = T.R->get(Ids[I - 1], Out, 3);
    if (!N)
      continue;
    ++Alive;
    ASSERT_EQ(N, 3u);
    EXPECT_EQ(Out[0], I);
    EXPECT_EQ(Out[1], I * 7);
    EXPECT_EQ(Out[2], I * 13);
  }
  EXPECT_GT(Alive, 500u);  // the newest survive
  EXPECT_LT(Alive, 1100u); // the oldest are gone
  uptr Out[3];
  EXPECT_EQ(T.R->get(Ids[0], Out, 3), 0u);
  EXPECT_EQ(T.R->get(Ids.back(), Out, 3), 3u);
}

TEST(TraceRing, RepeatedTracesAreStoredOnceWhileInTheNewerHalf) {
  Ring T(12); // 4096 words
  uptr A[] = {0x1000, 0x2000, 0x3000};
  uptr B[] = {0x1000, 0x2000, 0x3001};
  uint64_t IdA = T.R->putOrReuse(A, 3);
  EXPECT_EQ(T.R->putOrReuse(A, 3), IdA);
  EXPECT_EQ(T.R->putOrReuse(A, 2), T.R->putOrReuse(A, 2)); // a prefix is
  EXPECT_NE(T.R->putOrReuse(A, 2), IdA);                   // another trace
  uint64_t IdB = T.R->putOrReuse(B, 3);
  EXPECT_NE(IdB, IdA);
  uptr Out[8];
  ASSERT_EQ(T.R->get(IdB, Out, 8), 3u);
  EXPECT_EQ(Out[2], 0x3001u);
  // Past half the ring, A is stored again, so that records made now keep
  // their trace for at least half a lap.
  uptr Filler[1];
  for (uptr I = 0; I < 1100; ++I) {
    Filler[0] = 0x100000 + I;
    T.R->putOrReuse(Filler, 1);
  }
  uint64_t Again = T.R->putOrReuse(A, 3);
  EXPECT_NE(Again, IdA);
  ASSERT_EQ(T.R->get(Again, Out, 8), 3u);
  EXPECT_EQ(Out[0], 0x1000u);
  EXPECT_EQ(T.R->putOrReuse(A, 3), Again);
  // Another ring never hands out this ring's ids.
  Ring Other(12);
  uint64_t InOther = Other.R->putOrReuse(A, 3);
  ASSERT_EQ(Other.R->get(InOther, Out, 8), 3u);
  EXPECT_EQ(Out[2], 0x3000u);
}

TEST(TraceRing, LongTracesAreClipped) {
  Ring T;
  uptr Pcs[TraceRing::kMaxFrames + 10];
  for (unsigned I = 0; I < TraceRing::kMaxFrames + 10; ++I)
    Pcs[I] = 0x4000 + I;
  uint64_t Id = T.R->put(Pcs, TraceRing::kMaxFrames + 10);
  uptr Out[TraceRing::kMaxFrames + 10];
  EXPECT_EQ(T.R->get(Id, Out, TraceRing::kMaxFrames + 10),
            TraceRing::kMaxFrames);
  EXPECT_EQ(Out[TraceRing::kMaxFrames - 1], 0x4000u + TraceRing::kMaxFrames - 1);
}

TEST(TraceRing, SeparateRings) {
  Ring T1, T2;
  uptr A[] = {1, 2, 3, 4};
  uptr B[] = {5, 6, 7, 8};
  uint64_t Id1 = T1.R->put(A, 4);
  uint64_t Id2 = T2.R->put(B, 4); // another ring: its own chunk
  uptr Out[4];
  ASSERT_EQ(T1.R->get(Id1, Out, 4), 4u);
  EXPECT_EQ(Out[3], 4u);
  ASSERT_EQ(T2.R->get(Id2, Out, 4), 4u);
  EXPECT_EQ(Out[0], 5u);
}

TEST(TraceRing, Threads) {
  Ring T(20);
  constexpr unsigned kThreads = 4, kTraces = 5000;
  std::vector<std::vector<uint64_t>> Ids(kThreads);
  std::vector<std::thread> Threads;
  for (unsigned W = 0; W < kThreads; ++W)
    Threads.emplace_back([&, W] {
      for (unsigned I = 0; I < kTraces; ++I) {
        uptr Pcs[3] = {W, I, I * 3};
        Ids[W].push_back(T.R->put(Pcs, 3));
      }
    });
  for (auto &Th : Threads)
    Th.join();
  for (unsigned W = 0; W < kThreads; ++W)
    for (unsigned I = 0; I < kTraces; ++I) {
      uptr Out[3];
      ASSERT_EQ(T.R->get(Ids[W][I], Out, 3), 3u);
      EXPECT_EQ(Out[0], W);
      EXPECT_EQ(Out[1], I);
    }
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

TEST(FastUnwind, OtherThreadsStacks) {
  // Each thread looks up its own stack's bounds.
  std::vector<std::thread> Threads;
  std::vector<unsigned> Got(3);
  for (unsigned W = 0; W < 3; ++W)
    Threads.emplace_back([&, W] {
      uptr Out[16], Pc;
      Got[W] = callUnwind(Out, 16, &Pc);
    });
  for (auto &Th : Threads)
    Th.join();
  for (unsigned N : Got)
    EXPECT_GE(N, 2u);
}

} // namespace
