//===- threads.cpp - Lock elision while the process has one thread --------===//
//
// See threads.h. pthread_create is defined here, so it interposes libc's
// for the executable and every shared library (as interceptors_malloc.cpp
// does for malloc); the real one is found with dlsym(RTLD_NEXT).
//
//===----------------------------------------------------------------------===//

#include "threads.h"
#include "spin_lock.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sbsan {

static std::atomic<long> ElidingThread{0};

static long currentTid() { return syscall(SYS_gettid); }

// Field 20 of /proc/self/stat (after the parenthesized command, which may
// itself contain spaces and parentheses).
static long threadCount() {
  int Fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return -1;
  char Buf[1024];
  ssize_t N = read(Fd, Buf, sizeof(Buf) - 1);
  close(Fd);
  if (N <= 0)
    return -1;
  Buf[N] = 0;
  const char *P = nullptr;
  for (ssize_t I = 0; I < N; ++I)
    if (Buf[I] == ')')
      P = Buf + I;
  if (!P)
    return -1;
  // After ") ": field 3 (state) is the first; field 20 is 17 spaces on.
  unsigned Field = 2;
  for (++P; *P && Field < 20; ++P)
    if (*P == ' ')
      ++Field;
  long Count = 0;
  for (; *P >= '0' && *P <= '9'; ++P)
    Count = Count * 10 + (*P - '0');
  return Count;
}

void elideLocksIfSingleThreaded() {
  if (threadCount() != 1)
    return;
  ElidingThread.store(currentTid(), std::memory_order_relaxed);
  LocksElided.store(true, std::memory_order_seq_cst);
}

static void endElision() {
  LocksElided.store(false, std::memory_order_seq_cst);
}

void noteNewThread() {
  if (LocksElided.load(std::memory_order_relaxed) &&
      currentTid() != ElidingThread.load(std::memory_order_relaxed))
    endElision();
}

} // namespace sbsan

using namespace sbsan;

extern "C" int pthread_create(pthread_t *Thread, const pthread_attr_t *Attr,
                              void *(*Start)(void *), void *Arg) {
  using Fn =
      int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
  static Fn Real = nullptr;
  endElision();
  if (!Real)
    Real = reinterpret_cast<Fn>(dlsym(RTLD_NEXT, "pthread_create"));
  if (!Real)
    return EAGAIN;
  return Real(Thread, Attr, Start, Arg);
}
