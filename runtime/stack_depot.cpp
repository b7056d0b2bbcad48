//===- stack_depot.cpp - Deduplicated storage of short stack traces -------===//

#include "stack_depot.h"

#include "internal_alloc.h"

#include <string.h>

namespace sbsan {

namespace {

std::atomic<uint64_t> NextGeneration{1};

// The thread's recent traces: hash -> id, direct mapped. A 64-bit hash
// stands for the frames here; the shared index compares frames.
struct RecentEntry {
  uint64_t Hash;
  uint64_t GenerationAndId; // Generation << 32 | Id
};
constexpr unsigned kRecent = 512;
__thread RecentEntry Recent[kRecent] __attribute__((tls_model("initial-exec")));

uint64_t hashFrames(const uptr *Pcs, unsigned N) {
  // Independent products, so the multiplies overlap; one mix at the end.
  uint64_t A = N, B = 0x9e3779b97f4a7c15ULL;
  unsigned I = 0;
  for (; I + 1 < N; I += 2) {
    A += (Pcs[I] ^ 0xc2b2ae3d27d4eb4fULL) * (0x165667b19e3779f9ULL + 2 * I);
    B += (Pcs[I + 1] ^ 0x27d4eb2f165667c5ULL) * (0x85ebca77c2b2ae63ULL + 2 * I);
  }
  if (I < N)
    A += Pcs[I] * 0xff51afd7ed558ccdULL;
  return mix64(A ^ (B << 1 | B >> 63)) | 1; // never 0
}

} // namespace

bool StackDepot::init(unsigned LogSlots, uint64_t ArenaWords) {
  NumSlots = uint64_t(1) << LogSlots;
  Slots = static_cast<std::atomic<uint64_t> *>(
      internalMmap(NumSlots * sizeof(uint64_t)));
  Arena = static_cast<uint64_t *>(internalMmap(ArenaWords * sizeof(uint64_t)));
  if (!Slots || !Arena) {
    destroy();
    return false;
  }
  ArenaSize = ArenaWords;
  ArenaUsed.store(1, std::memory_order_relaxed);
  Stored.store(0, std::memory_order_relaxed);
  // Generations fit the 32 bits the thread caches keep.
  Generation = NextGeneration.fetch_add(1, std::memory_order_relaxed) &
               0xffffffffu;
  return true;
}

void StackDepot::destroy() {
  if (Slots)
    internalMunmap(Slots, NumSlots * sizeof(uint64_t));
  if (Arena)
    internalMunmap(Arena, ArenaSize * sizeof(uint64_t));
  Slots = nullptr;
  Arena = nullptr;
  NumSlots = ArenaSize = 0;
}

uint32_t StackDepot::put(const uptr *Pcs, unsigned N) {
  if (!Arena || !N)
    return 0;
  if (N > kMaxFrames)
    N = kMaxFrames;
  uint64_t H = hashFrames(Pcs, N);
  RecentEntry &R = Recent[(H >> 7) & (kRecent - 1)];
  if (R.Hash == H && (R.GenerationAndId >> 32) == Generation)
    return uint32_t(R.GenerationAndId);

  uint64_t Mask = NumSlots - 1;
  uint64_t Tag = H & 0xffffffff00000000ULL;
  uint32_t Mine = 0; // our copy in the arena, once written
  constexpr unsigned kMaxProbes = 64;
  uint64_t I = H & Mask;
  for (unsigned Probe = 0; Probe < kMaxProbes; ++Probe, I = (I + 1) & Mask) {
    uint64_t S = Slots[I].load(std::memory_order_acquire);
    if (S == 0) {
      if (!Mine) {
        uint64_t At = ArenaUsed.fetch_add(N + 2, std::memory_order_relaxed);
        if (At + N + 2 > ArenaSize || At > 0xffffffffu)
          return 0; // full
        Arena[At] = H;
        Arena[At + 1] = N;
        memcpy(&Arena[At + 2], Pcs, N * sizeof(uptr));
        Mine = uint32_t(At);
      }
      if (Slots[I].compare_exchange_strong(S, Tag | Mine,
                                           std::memory_order_acq_rel)) {
        Stored.fetch_add(1, std::memory_order_relaxed);
        R.Hash = H;
        R.GenerationAndId = (Generation << 32) | Mine;
        return Mine;
      }
      // Another thread claimed the slot: look at what it stored.
    }
    if ((S & 0xffffffff00000000ULL) != Tag)
      continue;
    uint32_t Id = uint32_t(S);
    const uint64_t *T = &Arena[Id];
    if (T[0] == H && T[1] == N && !memcmp(&T[2], Pcs, N * sizeof(uptr))) {
      R.Hash = H;
      R.GenerationAndId = (Generation << 32) | Id;
      return Id; // (a copy of ours, if written, stays unused)
    }
  }
  return 0; // the neighbourhood is full: give up on this trace
}

unsigned StackDepot::get(uint32_t Id, uptr *Out, unsigned Max) const {
  if (!Arena || !Id || Id + 2 > ArenaSize)
    return 0;
  uint64_t N = Arena[Id + 1];
  if (N > kMaxFrames || Id + 2 + N > ArenaSize)
    return 0;
  if (N > Max)
    N = Max;
  memcpy(Out, &Arena[Id + 2], N * sizeof(uptr));
  return unsigned(N);
}

} // namespace sbsan
