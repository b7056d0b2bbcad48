//===- internal_libc.cpp - Copies and compares of the runtime's own data --===//
//
// Copies and fills go to glibc's checked entry points, which the runtime
// does not intercept. The compare is a loop, built without builtins and
// loop idioms (runtime/CMakeLists.txt) so that the compiler does not turn
// it back into a call of the intercepted memcmp.
//
//===----------------------------------------------------------------------===//

#include "internal_libc.h"

#include <cstdint>
#include <sys/mman.h>

extern "C" {
void *__memmove_chk(void *Dst, const void *Src, size_t Size, size_t DstSize);
void *__memset_chk(void *Dst, int Byte, size_t Size, size_t DstSize);
}

namespace sbsan {

void internalMemmove(void *Dst, const void *Src, size_t Size) {
  __memmove_chk(Dst, Src, Size, Size);
}

void internalMemset(void *Dst, int Byte, size_t Size) {
  __memset_chk(Dst, Byte, Size, Size);
}

void internalZeroReleasing(void *Dst, size_t Size) {
  constexpr uintptr_t kPage = 4096, kReleaseMin = uintptr_t(1) << 20;
  uintptr_t B = reinterpret_cast<uintptr_t>(Dst), E = B + Size;
  uintptr_t PB = (B + kPage - 1) & ~(kPage - 1), PE = E & ~(kPage - 1);
  if (Size < kReleaseMin || PB >= PE ||
      madvise(reinterpret_cast<void *>(PB), PE - PB, MADV_DONTNEED) != 0) {
    internalMemset(Dst, 0, Size);
    return;
  }
  internalMemset(Dst, 0, PB - B);
  internalMemset(reinterpret_cast<void *>(PE), 0, E - PE);
}

int internalMemcmp(const void *A, const void *B, size_t Size) {
  auto *P = static_cast<const unsigned char *>(A);
  auto *Q = static_cast<const unsigned char *>(B);
  if (((reinterpret_cast<uintptr_t>(A) | reinterpret_cast<uintptr_t>(B) |
        Size) &
       (sizeof(uint64_t) - 1)) == 0) {
    auto *WP = static_cast<const uint64_t *>(A);
    auto *WQ = static_cast<const uint64_t *>(B);
    size_t N = Size / sizeof(uint64_t), I = 0;
    while (I < N && WP[I] == WQ[I])
      ++I;
    P += I * sizeof(uint64_t);
    Q += I * sizeof(uint64_t);
    Size -= I * sizeof(uint64_t);
  }
  for (size_t I = 0; I < Size; ++I)
    if (P[I] != Q[I])
      return P[I] < Q[I] ? -1 : 1;
  return 0;
}

} // namespace sbsan
