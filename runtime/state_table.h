//===- state_table.h - Out-of-line borrow stacks, indexed by address ------===//
//
// Most granules need nothing but their shadow word (one stack of one item).
// The rest keep their stacks here. The table is two-level so it costs
// nothing for memory that never needs it: a top-level array indexed by
// addr >> 20 (reserved with NORESERVE, so only touched pages are real) and
// second-level chunks of one slot per granule, mapped on first use and
// installed with a compare-and-swap so racing threads agree on one chunk.
//
// Slots are only read or written under the owning granule's stripe lock
// (borrow_memory.cpp); the table itself only hands out slot addresses.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_STATE_TABLE_H
#define SBSAN_STATE_TABLE_H

#include "borrow_stack.h"
#include "sbsan_common.h"

#include <atomic>

namespace sbsan {

enum class GranuleMode : uint8_t {
  WordOnly = 0, // no state here: the shadow word says it all
  Uniform = 1,  // all 8 bytes share the BorrowStack in Storage
  Split = 2,    // per-byte stacks: Storage holds a SplitState pointer
};

// One cache line: a granule's state is one miss, not two.
struct alignas(64) GranuleSlot {
  GranuleMode Mode;
  alignas(BorrowStack) unsigned char Storage[sizeof(BorrowStack)];

  BorrowStack &uniform() { return *reinterpret_cast<BorrowStack *>(Storage); }
  const BorrowStack &uniform() const {
    return *reinterpret_cast<const BorrowStack *>(Storage);
  }
};

static_assert(sizeof(GranuleSlot) == 64, "one cache line per granule");

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

private:
  static uptr slotIndex(uptr Addr) {
    return (Addr & (kChunkBytes - 1)) / kGranuleSize;
  }

  std::atomic<GranuleSlot *> *Top = nullptr;
  uptr Base = 0;
  uptr NumChunks = 0;
  std::atomic<uptr> ChunksMapped{0};
};

} // namespace sbsan

#endif // SBSAN_STATE_TABLE_H
