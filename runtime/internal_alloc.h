//===- internal_alloc.h - Memory for the runtime's own data ---------------===//
//
// The runtime replaces malloc and friends. Its own bookkeeping must not go
// through those replacements (that would track and check the runtime
// itself, and recurse), so it allocates from glibc's allocator directly.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_INTERNAL_ALLOC_H
#define SBSAN_INTERNAL_ALLOC_H

#include <cstddef>

namespace sbsan {

void *internalAlloc(size_t Size);
void *internalCalloc(size_t Count, size_t Size);
void *internalRealloc(void *Ptr, size_t Size);
void internalFree(void *Ptr);

// Anonymous pages straight from the kernel; null on failure.
void *internalMmap(size_t Size);
void internalMunmap(void *Ptr, size_t Size);

// The runtime cannot go on (its own memory is exhausted or corrupt).
// Prints Message and aborts.
[[noreturn]] void internalFatal(const char *Message);

} // namespace sbsan

#endif // SBSAN_INTERNAL_ALLOC_H
