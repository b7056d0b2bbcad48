//===- report_address.cpp - Where an address lies -------------------------===//
//
// See report_address.h. allocationIdOf lives here too: an allocation's id
// is the first byte of the same extent.
//
//===----------------------------------------------------------------------===//

#include "report_address.h"

#include "allocator.h"
#include "proc_maps.h"
#include "report.h"
#include "report_frames.h"
#include "report_history.h"
#include "report_names.h"
#include "report_scratch.h"
#include "runtime.h"

#include <stdio.h>

namespace sbsan {

Tag rootTagAt(uptr A) {
  constexpr uint32_t kMax = BorrowStack::kMaxItems;
  bool Truncated = false;
  uint32_t N = memory().stackAt(A, Scratch.StackItems, kMax, &Truncated);
  if (!N || N > kMax || Truncated)
    return kWildcardTag;
  return Scratch.StackItems[0].tag();
}

// The bytes whose stacks have Root at the bottom. An allocation is
// contiguous, so whole granules are skipped when both of their ends match.
void allocationBounds(uptr Addr, Tag Root, uptr *Lo, uptr *Hi, bool *Exact) {
  constexpr unsigned kMaxSteps = 1u << 20;
  *Exact = true;
  uptr L = Addr;
  unsigned Steps = 0;
  while (L >= kGranuleSize && rootTagAt(L - 1) == Root) {
    if (++Steps > kMaxSteps) {
      *Exact = false;
      break;
    }
    if (L % kGranuleSize == 0 && rootTagAt(L - kGranuleSize) == Root)
      L -= kGranuleSize;
    else
      --L;
  }
  uptr H = Addr + 1;
  Steps = 0;
  while (rootTagAt(H) == Root) {
    if (++Steps > kMaxSteps) {
      *Exact = false;
      break;
    }
    if (H % kGranuleSize == 0 && rootTagAt(H + kGranuleSize - 1) == Root)
      H += kGranuleSize;
    else
      ++H;
  }
  *Lo = L;
  *Hi = H;
}

static bool onThisThreadsStack(uptr Addr) {
  uptr Lo, Hi;
  uptr Fp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  return findMapping(Fp, &Lo, &Hi) && Addr >= Lo && Addr < Hi;
}

static void printDataLocation(OutputBuffer &Out, uptr Addr) {
  DataInfo &D = Scratch.Data;
  if (!symbolizeData(Addr, &D, flags())) {
    Out.printf("%s0x%lx is located in a global variable (no symbol "
               "found)%s\n",
               Out.green(), (unsigned long)Addr, Out.reset());
    return;
  }
  Out.printf("%s0x%lx is located %lu bytes inside global variable `%s` of "
             "%lu bytes [0x%lx, 0x%lx)",
             Out.green(), (unsigned long)Addr, (unsigned long)(Addr - D.Start),
             D.Name, (unsigned long)D.Size, (unsigned long)D.Start,
             (unsigned long)(D.Start + D.Size));
  if (D.File[0])
    Out.printf(" defined at %s:%u", D.File, D.Line);
  Out.printf("%s\n", Out.reset());
}

void describeAddress(OutputBuffer &Out, uptr Addr, uptr HeapBlock,
                     uint64_t HeapBlockSize) {
  unsigned long A = (unsigned long)Addr;
  Tag Root = rootTagAt(Addr);
  if (Root == kGlobalRootTag) {
    printDataLocation(Out, Addr);
    return;
  }
  if (Root == kWildcardTag) {
    FreedBlockInfo F;
    if (!memory().isTracked(Addr) && heapRecentlyFreed(Addr, &F))
      Out.printf("%s0x%lx is located %lu bytes inside a heap block of %lu "
                 "bytes [0x%lx, 0x%lx) that has been freed%s\n",
                 Out.green(), A, (unsigned long)(Addr - F.Addr),
                 (unsigned long)F.Size, (unsigned long)F.Addr,
                 (unsigned long)(F.Addr + F.Size), Out.reset());
    else
      Out.printf("%s0x%lx is located in tracked memory whose allocation is "
                 "not known%s\n",
                 Out.green(), A, Out.reset());
    return;
  }
  uptr Lo, Hi;
  bool Exact;
  allocationBounds(Addr, Root, &Lo, &Hi, &Exact);
  TagRecord R;
  bool Known = findTagRecord(Root, &R) && R.Created;
  uint64_t HeapSize = 0;
  bool KnownBlock = HeapBlock && Addr >= HeapBlock &&
                    Addr - HeapBlock < (HeapBlockSize ? HeapBlockSize : 1);
  if (KnownBlock) {
    Lo = HeapBlock;
    HeapSize = HeapBlockSize;
    Exact = true;
  }
  bool IsHeap = Known ? R.Origin == TagOrigin::HeapRoot
                      : KnownBlock || heapBlockSize(Lo, &HeapSize);
  uint64_t Size = Hi - Lo;
  if (Known &&
      (R.Origin == TagOrigin::HeapRoot || R.Origin == TagOrigin::StackRoot))
    Size = R.AllocSize;
  else if (IsHeap)
    Size = HeapSize; // the tracked range ends on a granule boundary
  const char *What = IsHeap ? "a heap block"
                     : Known && R.Origin == TagOrigin::StackRoot
                         ? "a stack allocation"
                     : !Known && onThisThreadsStack(Addr) ? "a stack allocation"
                                                          : "an allocation";
  // A stack root whose site names its source variable ("variable `x`").
  char VarWhat[320];
  if (!IsHeap && Known && R.Origin == TagOrigin::StackRoot && R.Site &&
      R.Site->what && startsWith(R.Site->what, "variable `")) {
    snprintf(VarWhat, sizeof(VarWhat), "stack %s", R.Site->what);
    What = VarWhat;
  }
  Out.printf("%s0x%lx is located %lu bytes inside %s of %s%lu bytes "
             "[0x%lx, 0x%lx)",
             Out.green(), A, (unsigned long)(Addr - Lo), What,
             Exact ? "" : "at least ", (unsigned long)Size, (unsigned long)Lo,
             (unsigned long)(Lo + Size));
  if (!Known) {
    Out.printf(" with root tag <%lu>%s%s\n", (unsigned long)Root,
               history().enabled() ? "" : " (history=0: site unknown)",
               Out.reset());
    return;
  }
  unsigned N = loadHistoryTrace(R.CreateStack);
  if (!N) {
    Out.printf(" with root tag <%lu>%s\n", (unsigned long)Root, Out.reset());
    return;
  }
  if (R.Origin == TagOrigin::StackRoot) {
    // The root is made in the prologue of the function owning the frame.
    symbolizePc(Scratch.HistoryPcs[0], false, Scratch.Frames, kMaxInline,
                flags());
    char Where[2100];
    formatWhere(Where, sizeof(Where), Scratch.Frames[0]);
    const FrameInfo &F = Scratch.Frames[0];
    if (F.Function[0])
      Out.printf(" in the frame of %s (%s)%s\n", F.Function, Where,
                 Out.reset());
    else // unsymbolized: Where is "(module+offset)"
      Out.printf(" in the frame of the function at %s%s\n", Where, Out.reset());
    return;
  }
  Out.append(",");
  printSiteLine(Out, Scratch.HistoryPcs, N, " allocated");
  Out.printf("%s\n", Out.reset());
}

uint64_t allocationIdOf(uptr Addr) {
  SpinLockGuard G(ReportLock);
  Tag Root = rootTagAt(Addr);
  if (Root == kWildcardTag)
    return 0;
  uptr Lo, Hi;
  bool Exact;
  allocationBounds(Addr, Root, &Lo, &Hi, &Exact);
  return Lo;
}

} // namespace sbsan
