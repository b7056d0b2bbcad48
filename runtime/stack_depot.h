//===- stack_depot.h - Deduplicated storage of short stack traces ---------===//
//
// Every history record refers to one or two stack traces. Storing the
// frames in the record would make each record several cache lines; most
// traces repeat (a loop retags at the same few call stacks over and over),
// so traces are stored once in a depot and records keep a 32-bit id.
//
// The depot is an append-only arena of traces plus an open-addressing
// index from a trace's hash to its id. Both are reserved lazily from the
// kernel, and neither takes a lock: the arena grows by an atomic bump, an
// index slot is claimed by compare-and-swap. When full, put() returns 0
// (no trace), and reports then show less. Each thread remembers its last
// few (hash, id) pairs, so a repeated trace costs a hash and a TLS probe.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_STACK_DEPOT_H
#define SBSAN_STACK_DEPOT_H

#include "sbsan_common.h"

#include <atomic>

namespace sbsan {

class StackDepot {
public:
  static constexpr unsigned kMaxFrames = 64;

  StackDepot() = default;
  StackDepot(const StackDepot &) = delete;
  StackDepot &operator=(const StackDepot &) = delete;

  // 2^LogSlots index slots; ArenaWords words of frames.
  bool init(unsigned LogSlots, uint64_t ArenaWords);
  void destroy();
  bool enabled() const { return Arena != nullptr; }

  // Stores the N (at most kMaxFrames) frames, or finds them stored;
  // returns their id, 0 if the depot is full or disabled.
  uint32_t put(const uptr *Pcs, unsigned N);
  // Copies up to Max frames of trace Id into Out; returns the count.
  unsigned get(uint32_t Id, uptr *Out, unsigned Max) const;

  uint64_t stored() const { return Stored.load(std::memory_order_relaxed); }

private:
  uint64_t *Arena = nullptr; // per trace: {hash, N, frames...}
  uint64_t ArenaSize = 0;
  std::atomic<uint64_t> ArenaUsed{1}; // word 0 unused: id 0 means none
  std::atomic<uint64_t> *Slots = nullptr; // hash high half << 32 | id
  uint64_t NumSlots = 0;
  std::atomic<uint64_t> Stored{0};
  // Tells thread caches of different depots (tests) apart.
  uint64_t Generation = 0;
};

} // namespace sbsan

#endif // SBSAN_STACK_DEPOT_H
