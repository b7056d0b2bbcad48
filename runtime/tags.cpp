//===- tags.cpp - Handing out fresh tags ----------------------------------===//

#include "tags.h"

#include <atomic>

namespace sbsan {

static constexpr uint64_t kBatch = 256;
static constexpr unsigned kClassBits = kTagClassBits;
static std::atomic<uint64_t> NextNumber{1};

static __thread uint64_t BatchNext __attribute__((tls_model("initial-exec"))) =
    0;
static __thread uint64_t BatchEnd __attribute__((tls_model("initial-exec"))) =
    0;

static uint64_t nextNumber() {
  if (__builtin_expect(BatchNext == BatchEnd, 0)) {
    BatchNext = NextNumber.fetch_add(kBatch, std::memory_order_relaxed);
    BatchEnd = BatchNext + kBatch;
  }
  return BatchNext++;
}

Tag newTag(bool Protected, bool FrozenShared) {
  return (nextNumber() << kClassBits) |
         (Protected ? SBSAN_TAG_PROTECTED_BIT : 0) |
         (FrozenShared ? kFrozenSharedBit : 0);
}

Tag newRestrictTag() {
  return (nextNumber() << kClassBits) | SBSAN_TAG_RESTRICT_CLASS;
}

Tag newRootTag() {
  // The root must be larger than every tag made before it (in this thread,
  // or in one that synchronized with it) and smaller than this thread's
  // later tags. So it comes from this thread's batch if that is still the
  // newest one (no batch was taken since: a single-threaded program never
  // pays an atomic operation here), else from a fresh batch, which is
  // newer than every batch taken so far.
  if (BatchNext == BatchEnd ||
      NextNumber.load(std::memory_order_relaxed) != BatchEnd) {
    BatchNext = NextNumber.fetch_add(kBatch, std::memory_order_relaxed);
    BatchEnd = BatchNext + kBatch;
  }
  return BatchNext++ << kClassBits;
}

uint64_t tagsAllocated() {
  return NextNumber.load(std::memory_order_relaxed) - 1;
}

} // namespace sbsan
