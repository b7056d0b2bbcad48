//===- internal_libc.h - Copies and compares of the runtime's own data ----===//
//
// The runtime defines memcpy, memmove, memset and memcmp for the program
// (interceptors_libc.cpp): they consume the argument slots of instrumented
// callers and check borrow stacks. Its own data must not go through them,
// so the runtime copies, fills and compares with these instead.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_INTERNAL_LIBC_H
#define SBSAN_INTERNAL_LIBC_H

#include <cstddef>

namespace sbsan {

// memmove: the ranges may overlap.
void internalMemmove(void *Dst, const void *Src, size_t Size);
void internalMemset(void *Dst, int Byte, size_t Size);
// Zeroes [Dst, Dst + Size) of shadow or other memory only the runtime
// writes. A range of 1 MiB or more gives its whole pages back to the
// kernel instead of writing them (they read as zero pages on the next
// touch), so that shadow of memory the program freed does not stay
// resident.
void internalZeroReleasing(void *Dst, size_t Size);
int internalMemcmp(const void *A, const void *B, size_t Size);

} // namespace sbsan

#endif // SBSAN_INTERNAL_LIBC_H
