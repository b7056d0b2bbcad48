//===- internal_alloc.cpp - Memory for the runtime's own data -------------===//

#include "internal_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void __libc_free(void *);
}

namespace sbsan {

void *internalAlloc(size_t Size) { return __libc_malloc(Size); }
void *internalCalloc(size_t Count, size_t Size) {
  return __libc_calloc(Count, Size);
}
void *internalRealloc(void *Ptr, size_t Size) {
  return __libc_realloc(Ptr, Size);
}
void internalFree(void *Ptr) { __libc_free(Ptr); }

void *internalMmap(size_t Size) {
  void *P = mmap(nullptr, Size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return P == MAP_FAILED ? nullptr : P;
}
void internalMunmap(void *Ptr, size_t Size) { munmap(Ptr, Size); }

void internalFatal(const char *Message) {
  char Buf[512];
  int N = snprintf(Buf, sizeof(Buf),
                   "==%d==ERROR: StackedBorrowsSanitizer: internal error: %s\n",
                   int(getpid()), Message);
  if (N > 0)
    (void)!write(2, Buf, size_t(N) < sizeof(Buf) ? size_t(N) : sizeof(Buf) - 1);
  abort();
}

} // namespace sbsan
