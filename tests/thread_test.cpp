//===- thread_test.cpp - BorrowMemory under concurrent use ----------------===//
//
// Eight threads hammer one arena at once. Each owns some locations (whole
// granules, and single bytes inside granules that all threads share) and
// uses them in ways the model allows: those must never be reported, however
// the threads interleave. All threads also use a shared area in ways that
// do conflict; those may be reported but must not corrupt anything. After
// joining, every granule must satisfy the representation invariants and
// the owned locations must still hold exactly the expected stacks.
//
//===----------------------------------------------------------------------===//

#include "sbsan_test_arena.h"

#include <atomic>
#include <random>
#include <thread>
#include <vector>

using namespace sbsan;
using namespace sbsan_test;

namespace {

constexpr unsigned kThreads = 8;
constexpr uptr kOwnBytes = 4096;                     // per thread, whole granules
constexpr uptr kOwnBase = 0;                         // [0, 8 * 4096)
constexpr uptr kInterleavedBase = kThreads * kOwnBytes; // byte I of each granule: thread I
constexpr uptr kInterleavedBytes = 4096;
constexpr uptr kSharedBase = kInterleavedBase + kInterleavedBytes;
constexpr uptr kSharedBytes = 1024;
constexpr uptr kArenaBytes = 1 << 20;

TEST(Threads, ConcurrentOwnersAreNeverReportedAndStacksStayConsistent) {
  Arena A(kArenaBytes);
  constexpr Tag kRoot = 4;
  A.Memory.track(A.addr(0), kSharedBase + kSharedBytes, kRoot,
                 Permission::SharedReadWrite);
  std::atomic<unsigned> Spurious{0};
  std::atomic<unsigned> SharedReports{0};
  std::atomic<Tag> NextTag{1000};
  auto Fresh = [&] { return NextTag.fetch_add(2); };

  auto Work = [&](unsigned Id) {
    std::mt19937 Rng(Id * 7919 + 1);
    MemViolation V;
    for (unsigned Iter = 0; Iter < 3000; ++Iter) {
      // 1. Own granules: a Unique child, used, then a shared child of it,
      //    then a write through the parent ends both.
      uptr Own = kOwnBase + Id * kOwnBytes + (Rng() % (kOwnBytes / 64)) * 64;
      Tag Child = Fresh(), Shared = Fresh();
      bool Ok = A.Memory.retag(A.addr(Own), 64, kRoot, Child,
                               Permission::Unique, &V);
      Ok &= A.Memory.access(A.addr(Own + 3), 17, Child, AccessKind::Write, &V);
      Ok &= A.Memory.retag(A.addr(Own), 64, Child, Shared,
                           Permission::SharedReadOnly, &V);
      Ok &= A.Memory.access(A.addr(Own), 64, Shared, AccessKind::Read, &V);
      Ok &= A.Memory.access(A.addr(Own), 64, Child, AccessKind::Read, &V);
      Ok &= A.Memory.access(A.addr(Own), 64, kRoot, AccessKind::Write, &V);
      // 2. Own byte in every shared granule: per-byte stacks under
      //    contention from the other seven bytes' owners.
      uptr G = kInterleavedBase + (Rng() % (kInterleavedBytes / 8)) * 8;
      Tag ByteChild = Fresh();
      Ok &= A.Memory.retag(A.addr(G + Id), 1, kRoot, ByteChild,
                           Permission::Unique, &V);
      Ok &= A.Memory.access(A.addr(G + Id), 1, ByteChild, AccessKind::Write,
                            &V);
      Ok &= A.Memory.access(A.addr(G + Id), 1, kRoot, AccessKind::Read, &V);
      Ok &= A.Memory.access(A.addr(G + Id), 1, kRoot, AccessKind::Write, &V);
      if (!Ok)
        ++Spurious;
      // 3. The shared area: conflicting use by everyone.
      uptr S = kSharedBase + Rng() % (kSharedBytes - 16);
      Tag SC = Fresh();
      unsigned Reports = 0;
      Reports += !A.Memory.retag(A.addr(S), 16, kRoot, SC, Permission::Unique,
                                 &V);
      Reports += !A.Memory.access(A.addr(S + 1), 7, SC, AccessKind::Write, &V);
      Reports +=
          !A.Memory.access(A.addr(S), 3, kRoot, AccessKind::Read, &V);
      Reports += !A.Memory.retag(A.addr(S + 2), 9, SC, Fresh(),
                                 Permission::SharedReadWrite, &V);
      SharedReports += Reports;
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned I = 0; I < kThreads; ++I)
    Threads.emplace_back(Work, I);
  for (auto &T : Threads)
    T.join();

  EXPECT_EQ(Spurious.load(), 0u);
  // Every granule is consistent; owned ones are back to their root.
  A.verify(0, kSharedBase + kSharedBytes + 8);
  for (uptr Off = 0; Off < kSharedBase; Off += 8) {
    ASSERT_EQ(A.word(Off), wordOf(kRoot, Permission::SharedReadWrite)) << Off;
  }
  EXPECT_EQ(A.Memory.splitGranules() <= kSharedBytes / 8 + 1, true);
  // The shared area still works through the root.
  MemViolation V;
  EXPECT_TRUE(A.Memory.access(A.addr(kSharedBase), kSharedBytes, kRoot,
                              AccessKind::Write, &V));
  A.verify(kSharedBase, kSharedBytes);
  EXPECT_EQ(A.Memory.outOfLineGranules(), 0u);
}

// Threads fragment one range and then walk windows of it, so that every
// walk coalesces while the others do the same: each coalesce holds the run
// it builds, which the others' may meet, and must finish.
TEST(Threads, ConcurrentCoalescingOfOneRangeFinishes) {
  constexpr uptr kBytes = 4096, kWindow = 2048;
  constexpr unsigned kWorkers = 4;
  Arena A(1 << 16);
  A.Memory.setCoalescing(8);
  constexpr Tag kRoot = 4;
  A.Memory.track(A.addr(0), kBytes, kRoot, Permission::SharedReadWrite);
  std::atomic<Tag> NextTag{1000};
  std::atomic<uint64_t> Walks{0};
  auto Work = [&](unsigned Id) {
    std::mt19937 Rng(Id * 104729 + 3);
    MemViolation V;
    for (unsigned Iter = 0; Iter < 400; ++Iter) {
      for (unsigned K = 0; K < 16; ++K) {
        uptr G = (Rng() % (kBytes / 8)) * 8;
        Tag T = NextTag.fetch_add(2);
        if (A.Memory.retag(A.addr(G), 8, kRoot, T, Permission::Unique, &V))
          A.Memory.access(A.addr(G), 8, T, AccessKind::Write, &V);
      }
      // Windows that start apart: one thread's new run can lie past the
      // start of another's walk.
      uptr From = ((Id + Iter) % kWorkers) * (kBytes - kWindow) / kWorkers;
      Tag Whole = NextTag.fetch_add(2);
      if (A.Memory.retag(A.addr(From), kWindow, kRoot, Whole,
                         Permission::SharedReadWrite, &V))
        ++Walks;
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned I = 0; I < kWorkers; ++I)
    Threads.emplace_back(Work, I);
  for (auto &T : Threads)
    T.join();
  EXPECT_EQ(Walks.load(), uint64_t(kWorkers) * 400);
  EXPECT_GT(A.Memory.coalescedRuns(), 0u);
  A.verify(0, kBytes);
}

} // namespace
