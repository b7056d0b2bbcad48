//===- sbsan_test_arena.h - BorrowMemory over a private arena -------------===//
//
// Unit tests run BorrowMemory on made-up application addresses whose shadow
// words live in a test-owned array, so they need neither the process
// shadow mapping nor real memory at those addresses (BorrowMemory never
// touches application memory).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_TEST_ARENA_H
#define SBSAN_TEST_ARENA_H

#include "borrow_memory.h"

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <vector>

namespace sbsan_test {

using namespace sbsan;

// Protectors set by the test. Thread safe (threads tests share one).
class TestOracle : public ProtectorOracle {
public:
  ProtectorKind protectorOf(Tag T, uint64_t *CallId) const override {
    std::lock_guard<std::mutex> G(Mu);
    auto It = Live.find(T);
    if (It == Live.end())
      return ProtectorKind::None;
    if (CallId)
      *CallId = 77;
    return It->second;
  }
  void protect(Tag T, ProtectorKind K) {
    std::lock_guard<std::mutex> G(Mu);
    Live[T] = K;
  }
  void end(Tag T) {
    std::lock_guard<std::mutex> G(Mu);
    Live.erase(T);
    Parents.erase(T);
  }
  // A restrict tag (strongly protected) deriving from Parent.
  void protectRestrict(Tag R, Tag Parent) {
    std::lock_guard<std::mutex> G(Mu);
    Live[R] = ProtectorKind::Strong;
    Parents[R] = Parent;
  }
  bool restrictParentOf(Tag R, Tag *Parent) const override {
    std::lock_guard<std::mutex> G(Mu);
    auto It = Parents.find(R);
    if (It == Parents.end())
      return false;
    if (Parent)
      *Parent = It->second;
    return true;
  }

private:
  mutable std::mutex Mu;
  std::map<Tag, ProtectorKind> Live;
  std::map<Tag, Tag> Parents;
};

class Arena {
public:
  static constexpr uptr kBase = 0x100000; // a chunk boundary of the table
  explicit Arena(uptr Bytes)
      : Words(Bytes / kGranuleSize, 0),
        Memory(ShadowAccessor::arena(kBase, kBase + Bytes, Words.data()),
               Oracle) {
    EXPECT_TRUE(Memory.init());
  }
  ~Arena() { Memory.destroy(); }

  uptr addr(uptr Offset) const { return kBase + Offset; }
  uint64_t word(uptr Offset) const { return Memory.shadowWord(addr(Offset)); }

  // Checks every granule of [Offset, Offset+Size) for invariant violations.
  void verify(uptr Offset, uptr Size) {
    for (uptr G = Offset & ~uptr(7); G < Offset + Size; G += kGranuleSize) {
      const char *Why = nullptr;
      EXPECT_TRUE(Memory.verifyGranule(addr(G), &Why))
          << "granule +" << G << ": " << (Why ? Why : "");
    }
  }

  std::vector<Item> stack(uptr Offset) {
    Item Items[BorrowStack::kMaxItems];
    uint32_t N = Memory.stackAt(addr(Offset), Items, BorrowStack::kMaxItems,
                                nullptr);
    return std::vector<Item>(Items, Items + N);
  }

  std::vector<uint64_t> Words;
  TestOracle Oracle;
  BorrowMemory Memory;
};

inline uint64_t wordOf(Tag T, Permission P) {
  return (T << SBSAN_WORD_PERM_BITS) | uint64_t(P);
}

} // namespace sbsan_test

#endif // SBSAN_TEST_ARENA_H
