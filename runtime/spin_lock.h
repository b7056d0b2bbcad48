//===- spin_lock.h - A tiny lock usable before anything is initialized ----===//
//
// The runtime's locks guard very short critical sections (one granule's
// stacks, one hash-table shard) and must work from the first malloc call,
// before constructors run. A constant-initialized spin lock fits both:
// std::mutex would do too, but a futex-free spin lock keeps the hot path to
// one atomic exchange and needs no initialization order at all.
//
// While the process has a single thread, even that exchange is skipped
// (LocksElided, set and cleared by threads.cpp): it was about a tenth of
// the time of a retag. A lock taken while elided leaves its state
// unchanged, and unlock always clears it, so a lock held at the moment
// elision starts is still released. Elision only ever ends before a second
// thread exists (pthread_create), so no two threads ever skip a lock.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_SPIN_LOCK_H
#define SBSAN_SPIN_LOCK_H

#include <atomic>
#include <cstdint>
#include <sched.h>

namespace sbsan {

// True while the process is known to have one thread (threads.h). Off
// unless the process runtime turns it on: unit tests use threads freely.
inline std::atomic<bool> LocksElided{false};

class SpinLock {
public:
  constexpr SpinLock() = default;
  SpinLock(const SpinLock &) = delete;
  SpinLock &operator=(const SpinLock &) = delete;

  void lock() {
    if (LocksElided.load(std::memory_order_relaxed))
      return;
    if (__builtin_expect(!State.exchange(1, std::memory_order_acquire), 1))
      return;
    lockSlow();
  }
  bool tryLock() {
    return LocksElided.load(std::memory_order_relaxed) ||
           !State.exchange(1, std::memory_order_acquire);
  }
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
