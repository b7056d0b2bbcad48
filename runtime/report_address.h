//===- report_address.h - Where an address lies ---------------------------===//
//
// A report names the object the refused byte belongs to (a heap block, a
// stack variable, a global) with its bounds and where it was made, so the
// pointer can be matched against the program's own data. The runtime
// keeps no table of allocations: an allocation is found as the bytes
// whose borrow stacks have its root tag at the bottom.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_ADDRESS_H
#define SBSAN_REPORT_ADDRESS_H

#include "borrow_stack.h"
#include "output.h"
#include "sbsan_common.h"

namespace sbsan {

// The bottom item's tag of the stack at A: the allocation's root, unless
// the stack was truncated. kWildcardTag if untracked or unknown.
Tag rootTagAt(uptr A);

// The extent [*Lo, *Hi) of the allocation with root Root around Addr.
// Bounded: very large allocations get *Exact = false.
void allocationBounds(uptr Addr, Tag Root, uptr *Lo, uptr *Hi, bool *Exact);

// "0x... is located N bytes inside a <kind> of M bytes [lo, hi) ...".
// HeapBlock/HeapSize: a heap block known to the caller (a deallocation's
// block is no longer in the allocator's table while it is checked).
void describeAddress(OutputBuffer &Out, uptr Addr, uptr HeapBlock = 0,
                     uint64_t HeapBlockSize = 0);

} // namespace sbsan

#endif // SBSAN_REPORT_ADDRESS_H
