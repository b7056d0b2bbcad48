//===- report_stack.cpp - Borrow stacks in reports ------------------------===//
//
// See report_stack.h. printBorrowState, the program's own request for the
// stacks of an allocation, lives here too.
//
//===----------------------------------------------------------------------===//

#include "report_stack.h"

#include "internal_libc.h"
#include "report.h"
#include "report_address.h"
#include "report_frames.h"
#include "report_history.h"
#include "report_names.h"
#include "report_scratch.h"
#include "runtime.h"

#include <string.h>
#include <unistd.h>

namespace sbsan {

// Items printed of one stack, the top ones.
static constexpr uint32_t kShowItems = 32;

// One line: what made the item's tag and where.
static void printItemOrigin(OutputBuffer &Out, Tag T) {
  if (T == kGlobalRootTag) {
    Out.append("root of every global variable");
    return;
  }
  if (!history().enabled()) {
    Out.append("creation site unknown (history=0)");
    return;
  }
  TagRecord R;
  if (!history().find(T, &R) || !R.Created) {
    Out.append("creation site unknown (history record overwritten)");
    return;
  }
  switch (R.Origin) {
  case TagOrigin::HeapRoot:
  case TagOrigin::StackRoot:
  case TagOrigin::GlobalRoot:
    Out.printf("root of a %s of %lu bytes", rootKindName(R.Origin),
               (unsigned long)R.AllocSize);
    break;
  case TagOrigin::Retag:
    Out.printf("%s retag of tag <%lu>%s", retagKindName(R.RetagKind),
               (unsigned long)R.Parent, protectorText(R.RetagKind));
    printRetagSite(Out, R.Site);
    break;
  case TagOrigin::Restrict:
    Out.printf("restrict pointer from tag <%lu>", (unsigned long)R.Parent);
    printRetagSite(Out, R.Site);
    break;
  }
  unsigned N = loadHistoryTrace(R.CreateStack);
  if (N) {
    Out.append(",");
    printSiteLine(Out, Scratch.HistoryPcs, N, " made");
  }
}

void printBorrowStack(OutputBuffer &Out, uptr Addr, Tag Used, Tag Protected) {
  bool Truncated = false;
  uint32_t N =
      memory().stackAt(Addr, Scratch.StackItems, kShowItems, &Truncated);
  if (!N) {
    Out.printf("0x%lx is not tracked (no borrow stack)\n", (unsigned long)Addr);
    return;
  }
  uint32_t Shown = N < kShowItems ? N : kShowItems;
  Out.printf("%sborrow stack at 0x%lx (bottom first, %u item%s", Out.bold(),
             (unsigned long)Addr, N, N == 1 ? "" : "s");
  if (N > Shown)
    Out.printf(", showing the top %u", Shown);
  if (Truncated)
    Out.append("; older items were dropped");
  Out.printf("):%s\n", Out.reset());
  char Buf[96];
  for (uint32_t I = 0; I < Shown; ++I) {
    Item It = Scratch.StackItems[I];
    formatItem(Buf, sizeof(Buf), It);
    Out.printf("  %2u: %-28s ", N - Shown + I, Buf);
    printItemOrigin(Out, It.tag());
    if (It.tag() == Used && Used != kWildcardTag)
      Out.append("  <- the tag used");
    if (It.tag() == Protected && Protected != kWildcardTag)
      Out.append("  <- protected");
    Out.append("\n");
  }
}

// Equal stacks of consecutive bytes print as one line: "[+from, +to):"
// and the items, bottom first.
void printBorrowState(uint64_t Id) {
  SpinLockGuard G(ReportLock);
  OutputBuffer &Out = Scratch.Out;
  uptr Base = uptr(Id);
  Tag Root = Id ? rootTagAt(Base) : kWildcardTag;
  if (Root == kWildcardTag) {
    Out.printf("==%d==borrow state: no tracked allocation with id %lu\n",
               int(getpid()), (unsigned long)Id);
    Out.flush();
    return;
  }
  uptr Lo, Hi;
  bool Exact;
  allocationBounds(Base, Root, &Lo, &Hi, &Exact);
  Out.printf("==%d==borrow state of the allocation at 0x%lx (%s%lu bytes, "
             "bottom of each stack first):\n",
             int(getpid()), (unsigned long)Lo, Exact ? "" : "at least ",
             (unsigned long)(Hi - Lo));
  static Item Prev[BorrowStack::kMaxItems];
  uint32_t PrevN = 0;
  uptr From = Lo;
  char Buf[96];
  for (uptr A = Lo; A <= Hi; ++A) {
    bool Truncated = false;
    uint32_t N = A < Hi ? memory().stackAt(A, Scratch.StackItems,
                                           BorrowStack::kMaxItems, &Truncated)
                        : 0;
    N = N < BorrowStack::kMaxItems ? N : BorrowStack::kMaxItems;
    bool Same = A > Lo && A < Hi && N == PrevN &&
                internalMemcmp(Prev, Scratch.StackItems, N * sizeof(Item)) == 0;
    if (A > Lo && !Same) {
      Out.printf("  [+%lu, +%lu):", (unsigned long)(From - Lo),
                 (unsigned long)(A - Lo));
      for (uint32_t I = 0; I < PrevN; ++I) {
        formatItem(Buf, sizeof(Buf), Prev[I]);
        Out.printf(" %s", Buf);
      }
      Out.append("\n");
      From = A;
    }
    internalMemmove(Prev, Scratch.StackItems, N * sizeof(Item));
    PrevN = N;
  }
  Out.flush();
}

} // namespace sbsan
