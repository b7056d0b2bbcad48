//===- spin_lock.h - A tiny lock usable before anything is initialized ----===//
//
// The runtime's locks guard very short critical sections (one granule's
// stacks, one hash-table shard) and must work from the first malloc call,
// before constructors run. A constant-initialized spin lock fits both:
// std::mutex would do too, but a futex-free spin lock keeps the hot path to
// one atomic exchange and needs no initialization order at all.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_SPIN_LOCK_H
#define SBSAN_SPIN_LOCK_H

#include <atomic>
#include <cstdint>
#include <sched.h>

namespace sbsan {

class SpinLock {
public:
  constexpr SpinLock() = default;
  SpinLock(const SpinLock &) = delete;
  SpinLock &operator=(const SpinLock &) = delete;

  void lock() {
    if (__builtin_expect(!State.exchange(1, std::memory_order_acquire), 1))
      return;
    lockSlow();
  }
  bool tryLock() { return !State.exchange(1, std::memory_order_acquire); }
  void unlock() { State.store(0, std::memory_order_release); }

private:
  void lockSlow() {
    for (unsigned Spins = 0;; ++Spins) {
      if (State.load(std::memory_order_relaxed) == 0 &&
          !State.exchange(1, std::memory_order_acquire))
        return;
      if (Spins < 64)
        __builtin_ia32_pause();
      else
        sched_yield(); // the holder may be descheduled (2 cores, many threads)
    }
  }
  std::atomic<uint32_t> State{0};
};

class SpinLockGuard {
public:
  explicit SpinLockGuard(SpinLock &L) : Lock(L) { Lock.lock(); }
  ~SpinLockGuard() { Lock.unlock(); }
  SpinLockGuard(const SpinLockGuard &) = delete;
  SpinLockGuard &operator=(const SpinLockGuard &) = delete;

private:
  SpinLock &Lock;
};

} // namespace sbsan

#endif // SBSAN_SPIN_LOCK_H
