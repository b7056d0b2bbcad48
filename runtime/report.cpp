//===- report.cpp - Printing violations -----------------------------------===//
//
// Reports are serialized by one lock and built in static buffers: they may
// be made from inside malloc, from any thread, while others keep running.
// The report path allocates nothing through the intercepted malloc (libc
// calls that might allocate run inside a RuntimeScope).
//
// Everything a report says comes from three sources: the borrow stacks
// (what the stack at the address holds now), the history table (where each
// tag was created and invalidated, with a short trace), and the symbolizer.
// Each source can be missing (history=0, a record overwritten, no debug
// info); the report then says what it does not know instead of guessing.
//
// This file frames a report (its first line, the summary, halting or
// counting, suppressions, reporting each place once) and says what went
// wrong; the parts it prints are in report_frames, report_address,
// report_history and report_stack, in the words of report_names.
//
//===----------------------------------------------------------------------===//

#include "report.h"

#include "allocator.h"
#include "output.h"
#include "report_address.h"
#include "report_frames.h"
#include "report_history.h"
#include "report_names.h"
#include "report_scratch.h"
#include "report_stack.h"
#include "runtime.h"
#include "spin_lock.h"
#include "stack_trace.h"
#include "symbolizer.h"

#include <stdio.h>
#include <unistd.h>

namespace sbsan {

SpinLock ReportLock;
ReportScratch Scratch;

namespace {

uint64_t NumReports = 0;
uint64_t NumSuppressed = 0;

// A set of 64-bit keys (never 0), for "reported once" decisions. When full
// it forgets nothing and answers "not seen": reporting again is better
// than staying silent.
template <unsigned kSlots> struct KeySet {
  uint64_t Slots[kSlots];
  // Inserts Key; returns true if it was already there.
  bool insert(uint64_t Key) {
    Key |= 1;
    for (unsigned I = 0; I < kSlots; ++I) {
      uint64_t &Slot = Slots[(Key + I) & (kSlots - 1)];
      if (Slot == Key)
        return true;
      if (Slot == 0) {
        Slot = Key;
        return false;
      }
    }
    return false;
  }
};
// (kind, pc) pairs already reported, for halt_on_error=0.
KeySet<4096> Seen;
// (kind, whole stack) of reports already found suppressed: counted once,
// and not symbolized again.
KeySet<4096> SeenSuppressed;

// --- Framing -------------------------------------------------------------

void printSummary(OutputBuffer &Out, const char *Kind) {
  const FrameInfo &F = Scratch.Summary;
  Out.printf("SUMMARY: StackedBorrowsSanitizer: %s", Kind);
  if (Scratch.HaveSummary) {
    char Where[2100];
    formatWhere(Where, sizeof(Where), F);
    if (Where[0])
      Out.printf(" %s", Where);
    if (F.Function[0])
      Out.printf(" in %s", F.Function);
  }
  Out.append("\n");
}

uint64_t traceKey(const char *Kind) {
  uint64_t H = mix64(uptr(Kind));
  for (unsigned I = 0; I < Scratch.Trace.Size; ++I)
    H = mix64(H ^ Scratch.Trace.Pcs[I]);
  return H;
}

// The first rule that matches the kind or any frame of the trace, or -1.
int suppressingRule(const char *Kind) {
  const Suppressions &Sup = suppressions();
  if (Sup.empty())
    return -1;
  int Rule = Sup.matchKind(Kind);
  if (Rule >= 0)
    return Rule;
  for (unsigned I = 0; I < Scratch.Trace.Size; ++I) {
    unsigned N = symbolizePc(Scratch.Trace.Pcs[I], false, Scratch.Frames,
                             kMaxInline, flags());
    for (unsigned J = 0; J < N; ++J) {
      Rule = Sup.matchFrame(Scratch.Frames[J].Function, Scratch.Frames[J].File);
      if (Rule >= 0)
        return Rule;
    }
  }
  return -1;
}

// Common start of every report. Returns false if it must not be printed
// (already reported at this pc, or suppressed). Called with the lock held.
bool beginReport(const char *Kind, uptr Addr, uptr Pc, uptr Bp) {
  if (!flags().halt_on_error && Seen.insert(mix64(Pc ^ mix64(uptr(Kind)))))
    return false;
  captureStackTrace(&Scratch.Trace, Pc, Bp, maxStackFrames());
  if (!suppressions().empty()) {
    uint64_t Key = traceKey(Kind);
    if (SeenSuppressed.insert(Key))
      return false; // this very report was suppressed before
    int Rule = suppressingRule(Kind);
    if (Rule >= 0) {
      suppressions().countUse(Rule);
      __atomic_add_fetch(&NumSuppressed, 1, __ATOMIC_RELAXED);
      return false;
    }
  }
  OutputBuffer &Out = Scratch.Out;
  Out.printf(
      "=================================================================\n");
  Out.printf("%s==%d==ERROR: StackedBorrowsSanitizer: %s on address 0x%lx at "
             "pc 0x%lx%s\n",
             Out.red(), int(getpid()), Kind, (unsigned long)Addr,
             (unsigned long)Pc, Out.reset());
  Scratch.HaveSummary = false;
  return true;
}

void printAccessTrace(OutputBuffer &Out) {
  printPcs(Out, Scratch.Trace.Pcs, Scratch.Trace.Size, false, true);
  Out.append("\n");
}

// Prints the summary, then exits or counts. Called with the lock held.
void endReport(const char *Kind) {
  OutputBuffer &Out = Scratch.Out;
  printSummary(Out, Kind);
  __atomic_add_fetch(&NumReports, 1, __ATOMIC_RELAXED);
  if (flags().halt_on_error) {
    Out.printf("==%d==ABORTING\n", int(getpid()));
    Out.flush();
    _exit(flags().exitcode);
  }
  Out.flush();
}

} // namespace

const char *violationKindName(const MemViolation &V, OpKind Op) {
  switch (V.V.Kind) {
  case ViolationKind::AccessNotGranted:
    return V.V.Access == AccessKind::Read ? "invalid-read" : "invalid-write";
  case ViolationKind::RetagNotGranted:
    return "invalid-retag";
  case ViolationKind::ProtectedInvalidation:
    return Op == OpKind::Dealloc ? "protected-dealloc"
                                 : "protected-invalidation";
  case ViolationKind::DeallocNotGranted:
    return "invalid-dealloc";
  case ViolationKind::DeallocProtected:
    return "protected-dealloc";
  case ViolationKind::None:
    break;
  }
  return "borrow-violation";
}

void reportViolation(const OperationInfo &Op, const MemViolation &V, uptr Pc,
                     uptr Bp) {
  RuntimeScope Scope;
  SpinLockGuard G(ReportLock);
  const char *Kind = violationKindName(V, Op.Op);
  if (!beginReport(Kind, V.Addr, Pc, Bp))
    return;
  OutputBuffer &Out = Scratch.Out;
  unsigned long Size = (unsigned long)Op.Size;
  const char *Bytes = Size == 1 ? "byte" : "bytes";
  switch (Op.Op) {
  case OpKind::Read:
  case OpKind::Write:
    Out.printf("%s%s access of %lu %s at 0x%lx with tag <%lu>", Out.blue(),
               Op.Op == OpKind::Read ? "read" : "write", Size, Bytes,
               (unsigned long)Op.Addr, (unsigned long)Op.UsedTag);
    // A C library function acting on the caller's pointer (interceptors).
    if (Op.Function)
      Out.printf(" in the C library function %s()", Op.Function);
    Out.printf("%s\n", Out.reset());
    break;
  case OpKind::Retag:
    Out.printf("%sretag to %s%s of %lu %s at 0x%lx from tag <%lu> to new tag "
               "<%lu>",
               Out.blue(), retagKindName(Op.RetagKind),
               protectorText(Op.RetagKind), Size, Bytes, (unsigned long)Op.Addr,
               (unsigned long)Op.UsedTag, (unsigned long)Op.NewTag);
    printRetagSite(Out, Op.Site);
    Out.printf("%s\n", Out.reset());
    break;
  case OpKind::Dealloc:
    Out.printf("%sdeallocation (%s) of %lu %s at 0x%lx with tag <%lu>%s\n",
               Out.blue(), Op.Function ? Op.Function : "free", Size, Bytes,
               (unsigned long)Op.Addr, (unsigned long)Op.UsedTag, Out.reset());
    break;
  }
  if (V.Addr != Op.Addr)
    Out.printf("the first refused byte is 0x%lx (offset %lu)\n",
               (unsigned long)V.Addr, (unsigned long)(V.Addr - Op.Addr));

  const Violation &Vi = V.V;
  char ItemText[96];
  formatItem(ItemText, sizeof(ItemText), Vi.Protected);
  const char *Strength =
      Vi.Protector == ProtectorKind::Strong ? "strongly" : "weakly";
  unsigned long Used = (unsigned long)Vi.UsedTag;
  bool IsProtector = Vi.Kind == ViolationKind::ProtectedInvalidation ||
                     Vi.Kind == ViolationKind::DeallocProtected;
  switch (Vi.Kind) {
  case ViolationKind::ProtectedInvalidation:
  case ViolationKind::DeallocProtected:
    if (Op.Op == OpKind::Dealloc)
      Out.printf("item %s is %s protected by ", ItemText, Strength);
    else
      Out.printf("the %s access through tag <%lu> would %s item %s, which "
                 "is %s protected by ",
                 Vi.Access == AccessKind::Read ? "read" : "write", Used,
                 Vi.Access == AccessKind::Read ? "disable" : "pop", ItemText,
                 Strength);
    printProtectingCall(Out, Vi.Protected.tag(), Vi.ProtectorCall);
    if (Op.Op == OpKind::Dealloc)
      Out.append(": memory may not be deallocated while a function holds a "
                 "reference to it");
    Out.append("\n");
    break;
  default:
    if (Vi.Kind == ViolationKind::RetagNotGranted)
      Out.printf("the retag needs a %s access through the parent tag: ",
                 Vi.Access == AccessKind::Read ? "read" : "write");
    switch (Vi.Reason) {
    case DenyReason::TagNotInStack:
      Out.printf("tag <%lu> is not in the borrow stack of 0x%lx (it was "
                 "never derived for this location, or it has been popped)\n",
                 Used, (unsigned long)V.Addr);
      break;
    case DenyReason::OnlyGrantsSharedReadOnly:
      Out.printf("tag <%lu> only grants SharedReadOnly at 0x%lx, which does "
                 "not allow writing\n",
                 Used, (unsigned long)V.Addr);
      break;
    case DenyReason::TagDisabled:
      Out.printf("tag <%lu> has been disabled at 0x%lx (a read through an "
                 "older tag invalidated it)\n",
                 Used, (unsigned long)V.Addr);
      break;
    case DenyReason::None:
      Out.printf("tag <%lu> is not allowed this access\n", Used);
      break;
    }
    break;
  }
  printAccessTrace(Out);
  if (Op.Op == OpKind::Dealloc)
    describeAddress(Out, V.Addr, Op.Addr, Op.Size);
  else
    describeAddress(Out, V.Addr);
  // The used tag's invalidation matters when the tag was refused for being
  // gone; a protector report is about the protected item instead.
  bool Gone = !IsProtector && (Vi.Reason == DenyReason::TagNotInStack ||
                               Vi.Reason == DenyReason::TagDisabled);
  printTagHistory(Out, Vi.UsedTag, "", Gone, V.Addr);
  if (IsProtector)
    printTagHistory(Out, Vi.Protected.tag(), " (the protected item)", false,
                    V.Addr);
  printBorrowStack(Out, V.Addr, Vi.UsedTag,
                   IsProtector ? Vi.Protected.tag() : kWildcardTag);
  endReport(Kind);
}

void reportBadFree(BadFreeKind K, uptr Addr, const char *Function,
                   const FreedBlockInfo *Freed, uptr Pc, uptr Bp) {
  RuntimeScope Scope;
  SpinLockGuard G(ReportLock);
  const char *Kind =
      K == BadFreeKind::DoubleFree ? "double-free" : "invalid-free";
  if (!beginReport(Kind, Addr, Pc, Bp))
    return;
  OutputBuffer &Out = Scratch.Out;
  unsigned long A = (unsigned long)Addr;
  if (K == BadFreeKind::DoubleFree)
    Out.printf("%s%s of 0x%lx, which was already freed%s\n", Out.blue(),
               Function, A, Out.reset());
  else
    Out.printf("%s%s of 0x%lx, which is not the start of a heap block (it "
               "lies inside a tracked stack, global or heap object)%s\n",
               Out.blue(), Function, A, Out.reset());
  printAccessTrace(Out);
  if (K == BadFreeKind::InvalidFree) {
    describeAddress(Out, Addr);
    printBorrowStack(Out, Addr, kWildcardTag, kWildcardTag);
    endReport(Kind);
    return;
  }
  Out.printf("%s0x%lx is the start of a heap block of %lu bytes that has "
             "been freed%s\n",
             Out.green(), A, (unsigned long)(Freed ? Freed->Size : 0),
             Out.reset());
  unsigned N = Freed ? loadHistoryTrace(Freed->FreeStack) : 0;
  Out.printf("%sit was freed at:%s\n", Out.magenta(), Out.reset());
  if (N)
    printPcs(Out, Scratch.HistoryPcs, N);
  else if (Freed && Freed->FreePc)
    printPcs(Out, &Freed->FreePc, 1);
  else
    Out.append("    (no stack trace recorded)\n");
  TagRecord R;
  if (Freed && Freed->Root && findTagRecord(Freed->Root, &R) && R.Created) {
    Out.printf("%sit was allocated (root tag <%lu>) at:%s\n", Out.magenta(),
               (unsigned long)Freed->Root, Out.reset());
    N = loadHistoryTrace(R.CreateStack);
    if (N)
      printPcs(Out, Scratch.HistoryPcs, N, true);
    else
      Out.append("    (no stack trace recorded)\n");
  } else if (!history().enabled()) {
    Out.printf("%sallocation site unknown (history=0)%s\n", Out.magenta(),
               Out.reset());
  }
  endReport(Kind);
}

uint64_t reportCount() {
  return __atomic_load_n(&NumReports, __ATOMIC_RELAXED);
}
uint64_t suppressedReportCount() {
  return __atomic_load_n(&NumSuppressed, __ATOMIC_RELAXED);
}

void lockReports() { ReportLock.lock(); }
void unlockReports() { ReportLock.unlock(); }

void reportAtExit() {
  uint64_t Suppressed = suppressedReportCount();
  if (Suppressed) {
    fflush(nullptr);
    OutputBuffer &Out = Scratch.Out;
    SpinLockGuard G(ReportLock);
    const Suppressions &Sup = suppressions();
    Out.printf("==%d==StackedBorrowsSanitizer: %lu report%s suppressed (%s):\n",
               int(getpid()), (unsigned long)Suppressed,
               Suppressed == 1 ? "" : "s", flags().suppressions.c_str());
    char Rule[Suppressions::kMaxPattern + 16];
    for (unsigned I = 0; I < Sup.size(); ++I) {
      if (!Sup.uses(I))
        continue;
      Sup.ruleText(I, Rule, sizeof(Rule));
      Out.printf("  %6lu %s\n", Sup.uses(I), Rule);
    }
    Out.flush();
  }
  uint64_t N = reportCount();
  if (!N || flags().halt_on_error)
    return;
  // The program's buffered output first, as a normal exit would flush it:
  // the count is the last line.
  fflush(nullptr);
  char Buf[160];
  int Len = snprintf(Buf, sizeof(Buf),
                     "==%d==StackedBorrowsSanitizer: %lu report%s; exiting "
                     "with status %d\n",
                     int(getpid()), (unsigned long)N, N == 1 ? "" : "s",
                     flags().exitcode);
  if (Len > 0)
    outputWrite(Buf, size_t(Len) < sizeof(Buf) ? size_t(Len) : sizeof(Buf) - 1);
  _exit(flags().exitcode);
}

} // namespace sbsan
