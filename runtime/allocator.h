//===- allocator.h - Heap allocations as Stacked Borrows allocations ------===//
//
// The runtime does not implement an allocator: glibc's does the work
// (__libc_malloc & co.). What the interceptors add is the model: each
// block gets a fresh SharedReadWrite root tag over its bytes, handed to the
// caller through __sbsan_ret_slot; freeing is a deallocation through the
// pointer's tag (from __sbsan_arg_slots[0]); realloc is allocate, copy,
// deallocate, as in Miri. A table of live blocks (base -> size) tells a
// real heap pointer from anything else, and a bounded list of recently
// freed blocks recognizes double frees. A pointer the runtime knows nothing
// about goes to libc untouched: it may come from an allocator we never saw,
// and a false report is worse than a missed one.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_ALLOCATOR_H
#define SBSAN_ALLOCATOR_H

#include "sbsan_common.h"

namespace sbsan {

// False while the runtime cannot track (before the core exists, or for
// allocations libc makes on behalf of the runtime itself): the
// interceptors then call libc and nothing else.
bool heapTrackingEnabled();
// A block libc returned that stays untracked (heapTrackingEnabled() was
// false). Its address may have been freed recently by the program; it must
// not look like a double free when libc frees it later.
void heapNoteUntracked(void *P);
// Registers a block libc just returned: Size is what the caller asked for
// (its bytes get the root). Publishes the pointer and its root tag in
// __sbsan_ret_slot and returns P. P may be null (failure): then only the
// return slot is cleared.
void *heapTrackNew(void *P, size_t Size, uptr Pc, uint64_t *RootOut = nullptr);
// free, delete. Function names the caller in reports.
void heapFree(void *Ptr, const char *Function, uptr Pc, uptr Bp);
void *heapReallocate(void *Ptr, size_t Size, uptr Pc, uptr Bp);

uint64_t liveHeapBlocks();

// For reports: the requested size of the live block starting at Base.
bool heapBlockSize(uptr Base, uint64_t *Size);
// A block freed recently (one of the last few thousand frees).
struct FreedBlockInfo {
  uptr Addr = 0;
  uint64_t Size = 0;
  uint64_t Root = 0;      // its root tag (0 if unknown); history has its
                          // allocation site
  uptr FreePc = 0;        // where it was freed
  uint64_t FreeStack = 0; // a history trace id (0: none)
};
bool heapRecentlyFreed(uptr Addr, FreedBlockInfo *Out);
void allocatorLockAll();
void allocatorUnlockAll();

} // namespace sbsan

#endif // SBSAN_ALLOCATOR_H
