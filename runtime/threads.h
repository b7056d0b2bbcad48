//===- threads.h - Knowing whether the process has more than one thread ---===//
//
// The runtime's locks are skipped while the process has one thread
// (spin_lock.h, LocksElided). Elision starts at initialization if
// /proc/self/stat counts one thread, and ends for good when a second
// thread is about to exist: pthread_create is intercepted and ends it
// before the thread is made. A thread made some other way (raw clone, a
// libc-internal helper thread) ends it at its first allocation or frame
// set-up (noteThread), which leaves a short window in which two
// threads may skip a lock; SBSAN_OPTIONS=elide_locks=0 closes it.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_THREADS_H
#define SBSAN_THREADS_H

namespace sbsan {

// Starts lock elision if the process has exactly one thread now.
void elideLocksIfSingleThreaded();
// A thread other than the one that started elision ends it.
void noteNewThread();
// Called on runtime paths every thread goes through early (allocation,
// frame set-up); does its work once per thread.
inline thread_local bool ThreadNoted __attribute__((tls_model("initial-exec")));
inline void noteThread() {
  if (__builtin_expect(!ThreadNoted, 0)) {
    ThreadNoted = true;
    noteNewThread();
  }
}

} // namespace sbsan

#endif // SBSAN_THREADS_H
