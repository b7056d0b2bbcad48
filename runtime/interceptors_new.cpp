//===- interceptors_new.cpp - C++ operator new and delete -----------------===//
//
// Replacing the global operators lets C++ heap objects get roots and
// deallocation checks like malloc'ed ones. They follow the standard: a
// failing allocation calls the new-handler and retries, then throws
// std::bad_alloc (nothrow forms return null). The runtime does not depend
// on libstdc++: its new-handler and exception entry points are weak
// references, present exactly when a C++ program links libstdc++. This
// file is compiled with unwind tables so a throwing new-handler can unwind
// through it.
//
//===----------------------------------------------------------------------===//

#include "allocator.h"
#include "internal_alloc.h"

#include <new>

using namespace sbsan;

extern "C" {
void *__libc_malloc(size_t);
void *__libc_memalign(size_t, size_t);
}

namespace std {
new_handler get_new_handler() noexcept __attribute__((weak));
[[noreturn]] void __throw_bad_alloc() __attribute__((weak));
} // namespace std

static void *allocate(size_t Size, size_t Align, bool NoThrow, uptr Pc) {
  for (;;) {
    void *P = Align ? __libc_memalign(Align, Size) : __libc_malloc(Size);
    if (P || Size == 0) {
      if (!heapTrackingEnabled()) {
        heapNoteUntracked(P);
        return P;
      }
      return heapTrackNew(P, Size, Pc);
    }
    std::new_handler Handler =
        &std::get_new_handler ? std::get_new_handler() : nullptr;
    if (!Handler) {
      if (NoThrow)
        return nullptr;
      if (&std::__throw_bad_alloc)
        std::__throw_bad_alloc();
      internalFatal("operator new: out of memory");
    }
    Handler(); // frees memory, or throws, or ends the program
  }
}

static size_t alignOf(std::align_val_t A) { return static_cast<size_t>(A); }

void *operator new(size_t Size) {
  return allocate(Size, 0, false, SBSAN_CURRENT_PC());
}
void *operator new[](size_t Size) {
  return allocate(Size, 0, false, SBSAN_CURRENT_PC());
}
void *operator new(size_t Size, const std::nothrow_t &) noexcept {
  return allocate(Size, 0, true, SBSAN_CURRENT_PC());
}
void *operator new[](size_t Size, const std::nothrow_t &) noexcept {
  return allocate(Size, 0, true, SBSAN_CURRENT_PC());
}
void *operator new(size_t Size, std::align_val_t A) {
  return allocate(Size, alignOf(A), false, SBSAN_CURRENT_PC());
}
void *operator new[](size_t Size, std::align_val_t A) {
  return allocate(Size, alignOf(A), false, SBSAN_CURRENT_PC());
}
void *operator new(size_t Size, std::align_val_t A,
                   const std::nothrow_t &) noexcept {
  return allocate(Size, alignOf(A), true, SBSAN_CURRENT_PC());
}
void *operator new[](size_t Size, std::align_val_t A,
                     const std::nothrow_t &) noexcept {
  return allocate(Size, alignOf(A), true, SBSAN_CURRENT_PC());
}

#define SBSAN_DELETE(Name)                                                     \
  heapFree(Ptr, Name, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP())

void operator delete(void *Ptr) noexcept { SBSAN_DELETE("operator delete"); }
void operator delete[](void *Ptr) noexcept {
  SBSAN_DELETE("operator delete[]");
}
void operator delete(void *Ptr, const std::nothrow_t &) noexcept {
  SBSAN_DELETE("operator delete");
}
void operator delete[](void *Ptr, const std::nothrow_t &) noexcept {
  SBSAN_DELETE("operator delete[]");
}
void operator delete(void *Ptr, size_t) noexcept {
  SBSAN_DELETE("operator delete");
}
void operator delete[](void *Ptr, size_t) noexcept {
  SBSAN_DELETE("operator delete[]");
}
void operator delete(void *Ptr, std::align_val_t) noexcept {
  SBSAN_DELETE("operator delete");
}
void operator delete[](void *Ptr, std::align_val_t) noexcept {
  SBSAN_DELETE("operator delete[]");
}
void operator delete(void *Ptr, size_t, std::align_val_t) noexcept {
  SBSAN_DELETE("operator delete");
}
void operator delete[](void *Ptr, size_t, std::align_val_t) noexcept {
  SBSAN_DELETE("operator delete[]");
}
void operator delete(void *Ptr, std::align_val_t,
                     const std::nothrow_t &) noexcept {
  SBSAN_DELETE("operator delete");
}
void operator delete[](void *Ptr, std::align_val_t,
                       const std::nothrow_t &) noexcept {
  SBSAN_DELETE("operator delete[]");
}
#undef SBSAN_DELETE
