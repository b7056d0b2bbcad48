//===- protectors_test.cpp - Unit tests of protector frames and tags ------===//

#include "protectors.h"
#include "tags.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

using namespace sbsan;

namespace {

struct Frames {
  ProtectorMap Map;
  FrameStack Stack;
  ~Frames() {
    Stack.clear(Map);
    Map.reset();
  }
  ProtectorKind kind(Tag T) { return Map.protectorOf(T, nullptr); }
};

TEST(Protectors, ProtectedUntilTheCallReturns) {
  Frames F;
  F.Stack.enter(1000, F.Map);
  EXPECT_TRUE(F.Stack.protect(5, ProtectorKind::Strong, F.Map));
  EXPECT_TRUE(F.Stack.protect(17, ProtectorKind::Weak, F.Map));
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  EXPECT_EQ(F.kind(17), ProtectorKind::Weak);
  uint64_t Call = 0;
  F.Map.protectorOf(5, &Call);
  EXPECT_EQ(Call, F.Stack.currentCallId());
  F.Stack.enter(900, F.Map);
  EXPECT_TRUE(F.Stack.protect(9, ProtectorKind::Strong, F.Map));
  F.Stack.exit(900, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(5), ProtectorKind::None);
  EXPECT_EQ(F.kind(17), ProtectorKind::None);
  EXPECT_TRUE(F.Stack.empty());
  EXPECT_EQ(F.Map.size(), 0u);
}

TEST(Protectors, NoFrameNoProtection) {
  Frames F;
  EXPECT_FALSE(F.Stack.protect(5, ProtectorKind::Strong, F.Map));
  EXPECT_EQ(F.kind(5), ProtectorKind::None);
}

TEST(Protectors, EvenTagsAreNeverLookedUp) {
  Frames F;
  F.Stack.enter(1000, F.Map);
  // Even tags are never handed to protected retags; the map is not even
  // consulted for them.
  F.Map.add(6, ProtectorKind::Strong, 1);
  EXPECT_EQ(F.kind(6), ProtectorKind::None);
  F.Map.remove(6);
}

TEST(Protectors, NewerFrameAboveEndsOlderFramesLazily) {
  // A call at 500 was left by longjmp (no exit); the next call made from
  // higher up reuses that stack space.
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(500, F.Map);
  F.Stack.protect(17, ProtectorKind::Strong, F.Map);
  F.Stack.enter(600, F.Map); // 500 < 600: that frame is gone
  EXPECT_EQ(F.kind(17), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  EXPECT_EQ(F.Stack.depth(), 2u);
}

TEST(Protectors, EqualFramesAreNestedCalls) {
  // A callee inlined into its caller after instrumentation enters with the
  // caller's frame address: both calls run, and each exit ends one.
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(9, ProtectorKind::Strong, F.Map);
  EXPECT_EQ(F.Stack.depth(), 2u);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  EXPECT_EQ(F.kind(9), ProtectorKind::Strong);
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(13, ProtectorKind::Weak, F.Map);
  EXPECT_EQ(F.Stack.depth(), 3u);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(13), ProtectorKind::None);
  EXPECT_EQ(F.kind(9), ProtectorKind::Strong) << "the next equal frame runs on";
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(5), ProtectorKind::None);
  EXPECT_TRUE(F.Stack.empty());
}

TEST(Protectors, ExitEndsTheInnermostEqualFrameAndStaleOnesBelow) {
  // 1000 calls an inlined callee (also 1000), which called a function at
  // 400 that was left by longjmp. The inlined callee's exit ends it and the
  // frame at 400, not its caller.
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(9, ProtectorKind::Strong, F.Map);
  F.Stack.enter(400, F.Map);
  F.Stack.protect(13, ProtectorKind::Strong, F.Map);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(13), ProtectorKind::None);
  EXPECT_EQ(F.kind(9), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  EXPECT_EQ(F.Stack.depth(), 1u);
}

TEST(Protectors, ExitEndsFramesLeftBehind) {
  // Unwinding out of 400 and 300 without exits; the caller at 1000 exits.
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.enter(400, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(300, F.Map);
  F.Stack.protect(17, ProtectorKind::Weak, F.Map);
  F.Stack.exit(1000, F.Map);
  EXPECT_TRUE(F.Stack.empty());
  EXPECT_EQ(F.Map.size(), 0u);
  // An exit of a frame that is not there ends nothing above it.
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(9, ProtectorKind::Strong, F.Map);
  F.Stack.exit(800, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::Strong);
}

TEST(Protectors, PruneFromTheRuntimeEntryFrame) {
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(500, F.Map);
  F.Stack.protect(17, ProtectorKind::Strong, F.Map);
  // The runtime is entered with its frame at 700: the caller is above it,
  // so the frame at 500 has ended (a panic unwound through it).
  F.Stack.pruneAtOrBelow(700, F.Map);
  EXPECT_EQ(F.kind(17), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  F.Stack.pruneAtOrBelow(999, F.Map);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  // The runtime's own frame is never an instrumented frame: one at exactly
  // its address has ended too (a longjmp'ed callee of the same caller).
  F.Stack.enter(800, F.Map);
  F.Stack.protect(9, ProtectorKind::Strong, F.Map);
  F.Stack.pruneAtOrBelow(800, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::None);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
}

TEST(Protectors, RestrictTagsKnowTheirParentWhileTheCallRuns) {
  Frames F;
  Tag R = newRestrictTag();
  ASSERT_TRUE(isRestrictTag(R));
  Tag Parent = 0;
  EXPECT_FALSE(F.Stack.protectRestrict(R, 40, F.Map)) << "no frame";
  EXPECT_FALSE(F.Map.restrictParentOf(R, &Parent));
  F.Stack.enter(1000, F.Map);
  ASSERT_TRUE(F.Stack.protectRestrict(R, 40, F.Map));
  EXPECT_EQ(F.kind(R), ProtectorKind::Strong);
  ASSERT_TRUE(F.Map.restrictParentOf(R, &Parent));
  EXPECT_EQ(Parent, 40u);
  // Rebuilt after fork like the other protectors.
  F.Map.reset();
  EXPECT_FALSE(F.Map.restrictParentOf(R, &Parent));
  F.Stack.reregister(F.Map);
  Parent = 0;
  ASSERT_TRUE(F.Map.restrictParentOf(R, &Parent));
  EXPECT_EQ(Parent, 40u);
  // Ordinary protected tags have no parent entry.
  Tag T = newTag(true);
  ASSERT_FALSE(isRestrictTag(T));
  F.Stack.protect(T, ProtectorKind::Strong, F.Map);
  EXPECT_FALSE(F.Map.restrictParentOf(T, &Parent));
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(R), ProtectorKind::None);
  EXPECT_FALSE(F.Map.restrictParentOf(R, &Parent));
  EXPECT_EQ(F.Map.size(), 0u);
}

TEST(Protectors, DeepStacksGrow) {
  Frames F;
  for (uptr I = 0; I < 10000; ++I) {
    F.Stack.enter(1000000 - I * 16, F.Map);
    F.Stack.protect(2 * I + 5, ProtectorKind::Strong, F.Map);
  }
  EXPECT_EQ(F.Stack.depth(), 10000u);
  EXPECT_EQ(F.Map.size(), 10000u);
  F.Stack.exit(1000000, F.Map);
  EXPECT_EQ(F.Map.size(), 0u);
}

// Tags whose numbers are 2^16 apart share a slot of the direct table; the
// later ones live in the overflow map, in any order of removal.
TEST(Protectors, TagsSharingASlotAreAllFound) {
  Frames F;
  const Tag Stride = Tag(1) << (16 + 3);
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(9, ProtectorKind::Strong, F.Map);
  F.Stack.enter(900, F.Map);
  F.Stack.protect(9 + Stride, ProtectorKind::Weak, F.Map);
  F.Stack.protect(9 + 2 * Stride, ProtectorKind::Strong, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::Strong);
  EXPECT_EQ(F.kind(9 + Stride), ProtectorKind::Weak);
  EXPECT_EQ(F.kind(9 + 2 * Stride), ProtectorKind::Strong);
  EXPECT_EQ(F.kind(9 + 3 * Stride), ProtectorKind::None);
  EXPECT_EQ(F.Map.size(), 3u);
  F.Stack.exit(900, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::Strong);
  EXPECT_EQ(F.kind(9 + Stride), ProtectorKind::None);
  EXPECT_EQ(F.Map.size(), 1u);
  // The slot's owner ends first; a later tag takes the slot.
  F.Stack.enter(800, F.Map);
  F.Stack.protect(9 + 4 * Stride, ProtectorKind::Weak, F.Map);
  F.Stack.exit(1000, F.Map);
  EXPECT_EQ(F.kind(9), ProtectorKind::None);
  EXPECT_EQ(F.Map.size(), 0u);
  F.Stack.enter(700, F.Map);
  F.Stack.protect(9 + 5 * Stride, ProtectorKind::Weak, F.Map);
  EXPECT_EQ(F.kind(9 + 5 * Stride), ProtectorKind::Weak);
  EXPECT_EQ(F.kind(9 + 4 * Stride), ProtectorKind::None);
}

// Threads add, look up and remove tags of the same slots at once: a tag is
// found exactly while its owner has it, never with another tag's call.
TEST(Protectors, ConcurrentThreadsSeeOnlyTheirOwnLiveTags) {
  ProtectorMap Map;
  const Tag Stride = Tag(1) << (16 + 3);
  std::vector<std::thread> Threads;
  std::atomic<int> Wrong{0};
  for (uint64_t Th = 0; Th < 4; ++Th)
    Threads.emplace_back([&, Th] {
      for (uint64_t Round = 0; Round < 20000; ++Round) {
        Tag T = (Round % 64) * 8 + 1 + (Th * 20000 + Round) * Stride;
        uint64_t Call = Th * 1000000 + Round;
        if (Map.protectorOf(T, nullptr) != ProtectorKind::None)
          ++Wrong;
        Map.add(T, ProtectorKind::Strong, Call);
        uint64_t Seen = 0;
        if (Map.protectorOf(T, &Seen) != ProtectorKind::Strong ||
            Seen != Call)
          ++Wrong;
        Map.remove(T);
        if (Map.protectorOf(T, nullptr) != ProtectorKind::None)
          ++Wrong;
      }
    });
  for (std::thread &T : Threads)
    T.join();
  EXPECT_EQ(Wrong.load(), 0);
  EXPECT_EQ(Map.size(), 0u);
  Map.reset();
}

TEST(Protectors, ReregisterRebuildsTheMap) {
  Frames F;
  F.Stack.enter(1000, F.Map);
  F.Stack.protect(5, ProtectorKind::Strong, F.Map);
  F.Stack.enter(900, F.Map);
  F.Stack.protect(17, ProtectorKind::Weak, F.Map);
  uint64_t Call7 = 0;
  F.Map.protectorOf(17, &Call7);
  F.Map.reset();
  EXPECT_EQ(F.kind(5), ProtectorKind::None);
  F.Stack.reregister(F.Map);
  EXPECT_EQ(F.kind(5), ProtectorKind::Strong);
  uint64_t Call = 0;
  EXPECT_EQ(F.Map.protectorOf(17, &Call), ProtectorKind::Weak);
  EXPECT_EQ(Call, Call7);
}

TEST(Tags, FreshTagsAreUniqueAndCarryTheProtectedBit) {
  std::vector<std::vector<Tag>> PerThread(4);
  std::vector<std::thread> Threads;
  for (unsigned I = 0; I < 4; ++I)
    Threads.emplace_back([&, I] {
      for (unsigned J = 0; J < 5000; ++J)
        PerThread[I].push_back(J % 7 == 0 ? newRestrictTag()
                                          : newTag(J % 3 == 0));
    });
  for (auto &T : Threads)
    T.join();
  std::set<Tag> All;
  for (auto &V : PerThread)
    for (size_t J = 0; J < V.size(); ++J) {
      Tag T = V[J];
      EXPECT_GE(T, 4u);
      EXPECT_EQ(isRestrictTag(T), J % 7 == 0) << T;
      EXPECT_EQ(mayBeProtected(T), J % 7 == 0 || J % 3 == 0) << T;
      EXPECT_NE(T & 3, 2u) << "class 2 is only the global root";
      EXPECT_TRUE(All.insert(T >> kTagClassBits).second) << "tag number reused: " << T;
    }
  EXPECT_GE(tagsAllocated(), 20000u);
}

TEST(Tags, RootsAreNewerThanEveryTagMadeBefore) {
  // Another thread takes a batch and makes tags from it after a root was
  // made here: only a root made after that is newer than all of them.
  Tag Before = newTag(false);
  Tag Root = newRootTag();
  EXPECT_GT(Root, Before);
  EXPECT_FALSE(mayBeProtected(Root));
  Tag Max = 0;
  std::thread([&] {
    for (unsigned J = 0; J < 300; ++J) {
      Tag T = newTag(J & 1);
      Max = T > Max ? T : Max;
    }
  }).join();
  Tag Later = newRootTag();
  EXPECT_GT(Later, Max);
  EXPECT_GT(Later, Root);
  // This thread's next tags are newer than its roots, or everything
  // derived from a fresh heap block would look stale.
  for (unsigned J = 0; J < 600; ++J) {
    Tag Next = J % 5 ? newTag(J & 1) : newRootTag();
    ASSERT_GT(Next, Later);
    Later = Next;
  }
}

} // namespace
