//===- interceptors_malloc.cpp - The C allocation functions ---------------===//
//
// Defining these in the executable interposes them for the whole process:
// libc's own callers (strdup, fopen, ...) and every shared library reach
// them through the PLT. Each one calls glibc's allocator underneath and
// reports the result to allocator.cpp. malloc_usable_size, mallopt,
// malloc_trim & co. are not replaced: libc's versions work on the same
// blocks.
//
//===----------------------------------------------------------------------===//

#include "allocator.h"
#include "provenance.h"

#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

using namespace sbsan;

extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void __libc_free(void *);
void *__libc_memalign(size_t, size_t);
void *__libc_valloc(size_t);
void *__libc_pvalloc(size_t);

char __sbsan_malloc_interceptors_linked;
}

static bool isPowerOfTwo(size_t X) { return X && !(X & (X - 1)); }

extern "C" void *malloc(size_t Size) noexcept {
  void *P = __libc_malloc(Size);
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  return heapTrackNew(P, Size, SBSAN_CURRENT_PC());
}

extern "C" void *calloc(size_t Count, size_t Size) noexcept {
  void *P = __libc_calloc(Count, Size); // checks Count * Size for overflow
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  return heapTrackNew(P, Count * Size, SBSAN_CURRENT_PC());
}

extern "C" void *realloc(void *Ptr, size_t Size) noexcept {
  return heapReallocate(Ptr, Size, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP());
}

extern "C" void *reallocarray(void *Ptr, size_t Count, size_t Size) noexcept {
  size_t Bytes;
  if (__builtin_mul_overflow(Count, Size, &Bytes)) {
    errno = ENOMEM;
    return nullptr;
  }
  return heapReallocate(Ptr, Bytes, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP());
}

extern "C" void free(void *Ptr) noexcept {
  heapFree(Ptr, "free", SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP());
}

extern "C" int posix_memalign(void **Out, size_t Align, size_t Size) noexcept {
  if (Align % sizeof(void *) || !isPowerOfTwo(Align))
    return EINVAL;
  int SavedErrno = errno;
  void *P = __libc_memalign(Align, Size);
  if (!P) {
    errno = SavedErrno;
    return ENOMEM;
  }
  *Out = P;
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
  } else {
    uint64_t Root = 0;
    heapTrackNew(P, Size, SBSAN_CURRENT_PC(), &Root);
    // The pointer reaches the caller through memory: give it provenance.
    storeProvenance(reinterpret_cast<uptr>(Out), reinterpret_cast<uptr>(P),
                    Root);
  }
  return 0;
}

extern "C" void *aligned_alloc(size_t Align, size_t Size) noexcept {
  void *P = __libc_memalign(Align, Size);
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  return heapTrackNew(P, Size, SBSAN_CURRENT_PC());
}

extern "C" void *memalign(size_t Align, size_t Size) noexcept {
  void *P = __libc_memalign(Align, Size);
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  return heapTrackNew(P, Size, SBSAN_CURRENT_PC());
}

extern "C" void *valloc(size_t Size) noexcept {
  void *P = __libc_valloc(Size);
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  return heapTrackNew(P, Size, SBSAN_CURRENT_PC());
}

extern "C" void *pvalloc(size_t Size) noexcept {
  void *P = __libc_pvalloc(Size);
  if (!heapTrackingEnabled()) {
    heapNoteUntracked(P);
    return P;
  }
  // pvalloc hands out whole pages; all of them belong to the caller.
  size_t Page = size_t(sysconf(_SC_PAGESIZE));
  return heapTrackNew(P, roundUpTo(Size ? Size : 1, Page), SBSAN_CURRENT_PC());
}
