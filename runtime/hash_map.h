//===- hash_map.h - A sharded, locked uint64 -> uint64 hash map -----------===//
//
// Several runtime tables (live heap blocks, live protectors) map a 64-bit
// key to a 64-bit value and are used by many threads at once. Sharding by
// the key's hash keeps contention low without a global lock; each shard is
// an open-addressing table grown through internalAlloc (never the
// intercepted malloc). The map is constant-initialized, so it works before
// any constructor has run.
//
// Keys 0 and 1 are reserved (empty and deleted slots); no user key (a heap
// address or a tag) is ever 0 or 1.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_HASH_MAP_H
#define SBSAN_HASH_MAP_H

#include "internal_alloc.h"
#include "sbsan_common.h"
#include "spin_lock.h"

namespace sbsan {

class ShardedU64Map {
public:
  static constexpr unsigned kShardBits = 6;
  static constexpr unsigned kShards = 1u << kShardBits;

  constexpr ShardedU64Map() = default;
  ShardedU64Map(const ShardedU64Map &) = delete;
  ShardedU64Map &operator=(const ShardedU64Map &) = delete;
  // No destructor: global maps must outlive every thread at exit. Owners
  // that are not global call reset().

  // Inserts or overwrites.
  void insert(uint64_t Key, uint64_t Value) {
    Shard &S = shardOf(Key);
    SpinLockGuard G(S.Lock);
    if ((S.Used + 1) * 4 > S.Cap * 3)
      grow(S);
    uint64_t H = mix64(Key);
    uint32_t Mask = S.Cap - 1;
    uint32_t Tomb = UINT32_MAX;
    for (uint32_t I = uint32_t(H) & Mask;; I = (I + 1) & Mask) {
      uint64_t K = S.Slots[I].Key;
      if (K == Key) {
        S.Slots[I].Value = Value;
        return;
      }
      if (K == kDeleted && Tomb == UINT32_MAX)
        Tomb = I;
      if (K == kEmpty) {
        if (Tomb != UINT32_MAX) {
          I = Tomb; // reuse a deleted slot: Used does not grow
        } else {
          ++S.Used;
        }
        S.Slots[I] = {Key, Value};
        ++S.Live;
        return;
      }
    }
  }

  bool find(uint64_t Key, uint64_t *Value) const {
    Shard &S = const_cast<ShardedU64Map *>(this)->shardOf(Key);
    SpinLockGuard G(S.Lock);
    uint32_t I;
    if (!lookup(S, Key, &I))
      return false;
    if (Value)
      *Value = S.Slots[I].Value;
    return true;
  }

  // Removes Key; returns whether it was present (and its value).
  bool erase(uint64_t Key, uint64_t *Value = nullptr) {
    Shard &S = shardOf(Key);
    SpinLockGuard G(S.Lock);
    uint32_t I;
    if (!lookup(S, Key, &I))
      return false;
    if (Value)
      *Value = S.Slots[I].Value;
    S.Slots[I].Key = kDeleted;
    --S.Live;
    return true;
  }

  uint64_t size() const {
    uint64_t N = 0;
    for (const Shard &S : Shards)
      N += __atomic_load_n(&S.Live, __ATOMIC_RELAXED);
    return N;
  }

  // Takes every shard lock (for fork: the child must not inherit a lock
  // held by a thread that does not exist there).
  void lockAll() {
    for (Shard &S : Shards)
      S.Lock.lock();
  }
  void unlockAll() {
    for (unsigned I = kShards; I-- > 0;)
      Shards[I].Lock.unlock();
  }

  void reset() {
    for (Shard &S : Shards) {
      SpinLockGuard G(S.Lock);
      internalFree(S.Slots);
      S.Slots = nullptr;
      S.Cap = S.Used = S.Live = 0;
    }
  }

private:
  static constexpr uint64_t kEmpty = 0, kDeleted = 1;
  struct Slot {
    uint64_t Key;
    uint64_t Value;
  };
  struct alignas(64) Shard {
    SpinLock Lock;
    uint32_t Cap = 0, Used = 0, Live = 0; // Used counts live + deleted
    Slot *Slots = nullptr;
  };

  Shard &shardOf(uint64_t Key) {
    return Shards[mix64(Key) >> (64 - kShardBits)];
  }

  static bool lookup(const Shard &S, uint64_t Key, uint32_t *Index) {
    if (!S.Cap)
      return false;
    uint32_t Mask = S.Cap - 1;
    for (uint32_t I = uint32_t(mix64(Key)) & Mask;; I = (I + 1) & Mask) {
      uint64_t K = S.Slots[I].Key;
      if (K == Key) {
        *Index = I;
        return true;
      }
      if (K == kEmpty)
        return false;
    }
  }

  // Rehashes into a table sized for the live entries (dropping deleted
  // slots), doubling only when the live entries need it.
  static void grow(Shard &S) {
    uint32_t NewCap = S.Cap ? S.Cap : 16;
    while ((S.Live + 1) * 2 > NewCap)
      NewCap *= 2;
    Slot *New = static_cast<Slot *>(internalCalloc(NewCap, sizeof(Slot)));
    if (!New)
      __builtin_trap(); // out of memory for our own bookkeeping
    uint32_t Mask = NewCap - 1;
    for (uint32_t J = 0; J < S.Cap; ++J) {
      uint64_t K = S.Slots[J].Key;
      if (K == kEmpty || K == kDeleted)
        continue;
      uint32_t I = uint32_t(mix64(K)) & Mask;
      while (New[I].Key != kEmpty)
        I = (I + 1) & Mask;
      New[I] = S.Slots[J];
    }
    internalFree(S.Slots);
    S.Slots = New;
    S.Cap = NewCap;
    S.Used = S.Live;
  }

  Shard Shards[kShards];
};

} // namespace sbsan

#endif // SBSAN_HASH_MAP_H
