//===- state_table.h - Out-of-line borrow stacks, indexed by address ------===//
//
// Most granules need nothing but their shadow word (one stack of one item).
// The rest keep their stacks here. The table is two-level so it costs
// nothing for memory that never needs it: a top-level array indexed by
// addr >> 20 (reserved with NORESERVE, so only touched pages are real) and
// second-level chunks of one 16-byte slot per granule, mapped on first use
// and installed with a compare-and-swap so racing threads agree on one
// chunk.
//
// A slot is small because a page of slots stays resident once any of them
// was used: the table costs twice the memory it covers. The
// commonest states, two or three plain items (an allocation's root, a
// Box or a `&mut` reborrow, a raw pointer or a restrict pointer's lazy
// item), live in the slot itself. Longer stacks live in a pool of BorrowStack
// objects (one cache line each) that the slot points to, and per-byte stacks in
// a SplitState.
//
// Slots and pooled stacks are only read or written under the owning
// granule's stripe lock (borrow_memory.cpp); the pool has its own lock.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_STATE_TABLE_H
#define SBSAN_STATE_TABLE_H

#include "borrow_stack.h"
#include "sbsan_common.h"
#include "spin_lock.h"

#include <atomic>

namespace sbsan {

enum class GranuleMode : uint8_t {
  WordOnly = 0, // no state here: the shadow word says it all
  Small = 1,    // all 8 bytes share a stack of the 2 or 3 items in the slot
  Uniform = 2,  // all 8 bytes share the pooled BorrowStack the slot names
  Split = 3,    // per-byte stacks: the slot names a SplitState
};

struct SplitState; // borrow_memory.cpp

// Head holds the mode in its low two bits and, above them, the address of
// the state (Uniform, Split). A Small slot packs its items into both
// words, as one 128-bit value: the mode, whether there are three items
// (bit 2), then 41 bits per item from the bottom one up. An item fits in
// 41 bits while its tag's number is below 2^35; a stack with a larger tag
// is pooled instead.
struct alignas(16) GranuleSlot {
  static constexpr uint32_t kMaxSmallItems = 3;
  static constexpr unsigned kItemBits = 41;
  uint64_t Head;
  uint64_t Tail;

  GranuleMode mode() const { return GranuleMode(Head & 3); }
  BorrowStack &uniform() const {
    return *reinterpret_cast<BorrowStack *>(Head & ~uint64_t(3));
  }
  SplitState *split() const {
    return reinterpret_cast<SplitState *>(Head & ~uint64_t(3));
  }
  // The Small stack.
  BorrowStack small() const {
    unsigned __int128 V = (unsigned __int128)Tail << 64 | Head;
    uint32_t N = 2 + uint32_t((Head >> 2) & 1);
    Item Items[kMaxSmallItems];
    for (uint32_t I = 0; I < N; ++I)
      Items[I] = Item::fromBits(uint64_t(V >> (3 + I * kItemBits)) & kItemMask);
    return BorrowStack(Items, N);
  }
  // True if S can be stored as Small: 2 or 3 items that fit and nothing
  // else (no flags, no approximated range).
  static bool fitsSmall(const BorrowStack &S) {
    if (S.size() < 2 || S.size() > kMaxSmallItems || S.truncated() ||
        S.approximated())
      return false;
    for (uint32_t I = 0; I < S.size(); ++I)
      if (S.item(I).bits() > kItemMask)
        return false;
    return true;
  }
  void setSmall(const BorrowStack &S) {
    unsigned __int128 V = uint64_t(GranuleMode::Small) | (S.size() - 2) << 2;
    for (uint32_t I = 0; I < S.size(); ++I)
      V |= (unsigned __int128)S.item(I).bits() << (3 + I * kItemBits);
    Head = uint64_t(V);
    Tail = uint64_t(V >> 64);
  }
  void setUniform(BorrowStack *S) {
    Head = reinterpret_cast<uint64_t>(S) | uint64_t(GranuleMode::Uniform);
  }
  void setSplit(SplitState *Sp) {
    Head = reinterpret_cast<uint64_t>(Sp) | uint64_t(GranuleMode::Split);
  }
  void clear() { Head = 0; }

private:
  static constexpr uint64_t kItemMask = (uint64_t(1) << kItemBits) - 1;
  static_assert(3 + kMaxSmallItems * kItemBits <= 128, "items fit the slot");
};

static_assert(sizeof(GranuleSlot) == 16, "two words per granule");
static_assert(alignof(BorrowStack) >= 4, "the mode bits of a stack pointer");

class StateTable {
public:
  static constexpr unsigned kChunkShift = 20;
  static constexpr uptr kChunkBytes = uptr(1) << kChunkShift;
  static constexpr uptr kSlotsPerChunk = kChunkBytes / kGranuleSize;

  StateTable() = default;
  StateTable(const StateTable &) = delete;
  StateTable &operator=(const StateTable &) = delete;

  // Covers application addresses [Base, Limit). Returns false if the
  // top-level array cannot be mapped.
  bool init(uptr Base, uptr Limit);
  // Unmaps everything. The caller must have destroyed the slots' stacks.
  void destroy();

  // The slot of the granule holding Addr, or null if its chunk was never
  // needed.
  GranuleSlot *find(uptr Addr) const {
    uptr I = (Addr - Base) >> kChunkShift;
    if (I >= NumChunks)
      return nullptr;
    GranuleSlot *Chunk = Top[I].load(std::memory_order_acquire);
    return Chunk ? &Chunk[slotIndex(Addr)] : nullptr;
  }
  // Same, mapping the chunk if needed. Null only if the address is outside
  // the table or the kernel refuses memory.
  GranuleSlot *getOrCreate(uptr Addr);

  // Calls F(GranuleAddress, Slot&) for every slot of every mapped chunk.
  template <typename Fn> void forEachSlot(Fn &&F) const {
    for (uptr I = 0; I < NumChunks; ++I) {
      GranuleSlot *Chunk = Top[I].load(std::memory_order_acquire);
      if (!Chunk)
        continue;
      uptr ChunkAddr = Base + (I << kChunkShift);
      for (uptr J = 0; J < kSlotsPerChunk; ++J)
        F(ChunkAddr + J * kGranuleSize, Chunk[J]);
    }
  }

  uptr mappedChunks() const {
    return ChunksMapped.load(std::memory_order_relaxed);
  }

  // A pooled stack that takes S's items (never null: out of memory is
  // fatal), and its release. Pooled stacks are reused, never unmapped.
  BorrowStack *newStack(BorrowStack &&S);
  void freeStack(BorrowStack *S);
  uptr pooledStacks() const { return Pooled.load(std::memory_order_relaxed); }

private:
  static uptr slotIndex(uptr Addr) {
    return (Addr & (kChunkBytes - 1)) / kGranuleSize;
  }

  // A free pooled stack's first word links the free list.
  struct FreeStack {
    FreeStack *Next;
  };
  static constexpr uptr kPoolSlabBytes = uptr(1) << 20;
  static constexpr uptr kPoolStride = 64;
  static_assert(sizeof(BorrowStack) <= kPoolStride, "a stack per line");

  std::atomic<GranuleSlot *> *Top = nullptr;
  uptr Base = 0;
  uptr NumChunks = 0;
  std::atomic<uptr> ChunksMapped{0};
  SpinLock PoolLock;
  FreeStack *FreeStacks = nullptr;
  char **PoolSlabs = nullptr; // the slabs, for destroy
  uptr NumPoolSlabs = 0;
  uptr PoolSlabsCap = 0;
  std::atomic<uptr> Pooled{0};
};

} // namespace sbsan

#endif // SBSAN_STATE_TABLE_H
