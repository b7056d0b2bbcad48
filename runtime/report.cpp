//===- report.cpp - Printing violations -----------------------------------===//
//
// Reports are serialized by one lock and built in static buffers: they may
// be made from inside malloc, from any thread, while others keep running.
// The report path allocates nothing through the intercepted malloc (libc
// calls that might allocate run inside a RuntimeScope).
//
//===----------------------------------------------------------------------===//

#include "report.h"

#include "history.h"
#include "output.h"
#include "runtime.h"
#include "spin_lock.h"
#include "stack_trace.h"
#include "symbolizer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace sbsan {

namespace {

SpinLock ReportLock;
uint64_t NumReports = 0;
uint64_t NumSuppressed = 0;

// (kind, pc) pairs already reported, for halt_on_error=0.
constexpr unsigned kSeenSlots = 4096;
uint64_t Seen[kSeenSlots];

constexpr unsigned kMaxInline = 8;
struct Scratch {
  OutputBuffer Out;
  StackTrace Trace;
  FrameInfo Frames[kMaxInline];
  FrameInfo Summary;
  Item StackItems[32] = {};
};
Scratch S;

bool alreadySeen(const char *Kind, uptr Pc) {
  uint64_t Key = mix64(Pc ^ mix64(uptr(Kind))) | 1;
  for (unsigned I = 0; I < kSeenSlots; ++I) {
    uint64_t &Slot = Seen[(Key + I) & (kSeenSlots - 1)];
    if (Slot == Key)
      return true;
    if (Slot == 0) {
      Slot = Key;
      return false;
    }
  }
  return false; // table full: report again rather than stay silent
}

const char *permName(Permission P) {
  switch (P) {
  case Permission::Unique:
    return "Unique";
  case Permission::SharedReadWrite:
    return "SharedReadWrite";
  case Permission::SharedReadOnly:
    return "SharedReadOnly";
  case Permission::Disabled:
    return "Disabled";
  }
  return "?";
}

const char *retagKindName(uint32_t Kind) {
  if (Kind & kRetagMixedFlag)
    return "SharedReadOnly/SharedReadWrite (interior mutability)";
  switch (Kind & SBSAN_RETAG_KIND_MASK) {
  case SBSAN_RETAG_UNIQUE:
    return "Unique";
  case SBSAN_RETAG_SHARED_RW:
    return "SharedReadWrite";
  case SBSAN_RETAG_SHARED_RO:
    return "SharedReadOnly";
  }
  return "unknown";
}

const char *protectorText(uint32_t Kind) {
  if (Kind & SBSAN_RETAG_PROTECT_STRONG)
    return ", strongly protected";
  if (Kind & SBSAN_RETAG_PROTECT_WEAK)
    return ", weakly protected";
  return "";
}

const char *originName(uint32_t Origin) {
  switch (Origin) {
  case SBSAN_ORIGIN_FN_ENTRY:
    return "function-entry retag";
  case SBSAN_ORIGIN_RETURN:
    return "retag of a returned reference";
  case SBSAN_ORIGIN_LOAD:
    return "retag of a reference loaded from memory";
  case SBSAN_ORIGIN_RAW:
    return "raw pointer leaving its function";
  case SBSAN_ORIGIN_RUST_RETAG:
    return "rustc retag";
  case SBSAN_ORIGIN_RESTRICT:
    return "restrict parameter";
  }
  return "retag";
}

// " (function-entry retag of parameter `x` in f)". Mangled names are left
// out: the symbolized frame printed with it names the function readably.
void printSite(OutputBuffer &Out, const sbsan_retag_site *Site) {
  if (!Site)
    return;
  Out.printf(" (%s", originName(Site->origin));
  if (Site->what && Site->what[0])
    Out.printf(" of %s", Site->what);
  const char *Fn = Site->function;
  if (Fn && Fn[0] && strncmp(Fn, "_Z", 2) && strncmp(Fn, "_R", 2))
    Out.printf(" in %s", Fn);
  Out.append(")");
}

void formatItem(char *Buf, size_t Size, Item I) {
  snprintf(Buf, Size, "[%s <%lu>%s]", permName(I.perm()),
           (unsigned long)I.tag(), I.exposed() ? " exposed" : "");
}

unsigned maxFrames() {
  int N = flags().max_stack_frames;
  return N < 1 ? 1 : unsigned(N);
}

void printFrame(OutputBuffer &Out, unsigned No, const FrameInfo &F) {
  char Where[1200];
  if (F.File[0] && F.Column)
    snprintf(Where, sizeof(Where), " %s:%u:%u", F.File, F.Line, F.Column);
  else if (F.File[0])
    snprintf(Where, sizeof(Where), " %s:%u", F.File, F.Line);
  else if (F.HasModule)
    snprintf(Where, sizeof(Where), " (%s+0x%lx)", F.Module,
             (unsigned long)F.ModuleOffset);
  else
    Where[0] = 0;
  if (F.Function[0])
    Out.printf("    #%u 0x%lx in %s%s\n", No, (unsigned long)F.Pc, F.Function,
               Where);
  else
    Out.printf("    #%u 0x%lx%s\n", No, (unsigned long)F.Pc, Where);
}

// Prints the frames of one return address (inlined frames first).
unsigned printPc(OutputBuffer &Out, unsigned No, uptr Pc) {
  unsigned N = symbolizePc(Pc, false, S.Frames, kMaxInline, flags());
  for (unsigned I = 0; I < N; ++I)
    printFrame(Out, No + I, S.Frames[I]);
  return N;
}

void printTrace(OutputBuffer &Out) {
  unsigned No = 0;
  for (unsigned I = 0; I < S.Trace.Size; ++I) {
    unsigned N = printPc(Out, No, S.Trace.Pcs[I]);
    if (I == 0)
      S.Summary = S.Frames[0];
    No += N;
  }
  Out.append("\n");
}

// Any frame of the trace (or the kind) matches a suppression.
bool suppressed(const char *Kind) {
  const Suppressions &Sup = suppressions();
  if (Sup.empty())
    return false;
  if (Sup.matchesKind(Kind))
    return true;
  for (unsigned I = 0; I < S.Trace.Size; ++I) {
    unsigned N = symbolizePc(S.Trace.Pcs[I], false, S.Frames, kMaxInline,
                             flags());
    for (unsigned J = 0; J < N; ++J)
      if (Sup.matchesFrame(S.Frames[J].Function, S.Frames[J].File))
        return true;
  }
  return false;
}

void printHistory(OutputBuffer &Out, Tag T) {
  if (T == kWildcardTag || T == kGlobalRootTag || !history().enabled())
    return;
  TagRecord R;
  if (!history().find(T, &R))
    return;
  uptr CreatePc = 0, InvalPc = 0;
  history().stack(R.CreateStack, &CreatePc, 1);
  history().stack(R.InvalStack, &InvalPc, 1);
  if (CreatePc) {
    switch (R.Origin) {
    case TagOrigin::HeapRoot:
      Out.printf("tag <%lu> is the root of a heap allocation of %lu bytes "
                 "made at:\n",
                 (unsigned long)T, (unsigned long)R.AllocSize);
      break;
    case TagOrigin::StackRoot:
      Out.printf("tag <%lu> is the root of a stack allocation of %lu bytes "
                 "made at:\n",
                 (unsigned long)T, (unsigned long)R.AllocSize);
      break;
    case TagOrigin::GlobalRoot:
      Out.printf("tag <%lu> is the root of a global\n", (unsigned long)T);
      break;
    case TagOrigin::Retag:
      Out.printf("tag <%lu> was created by a %s retag of %lu bytes from tag "
                 "<%lu>%s",
                 (unsigned long)T, retagKindName(R.RetagKind),
                 (unsigned long)R.AllocSize, (unsigned long)R.Parent,
                 protectorText(R.RetagKind));
      printSite(Out, R.Site);
      Out.append(" at:\n");
      break;
    case TagOrigin::Restrict: {
      Out.printf("tag <%lu> is the restrict pointer", (unsigned long)T);
      const sbsan_retag_site *Site = R.Site;
      if (Site && Site->what && Site->what[0])
        Out.printf(" %s", Site->what);
      const char *Fn = Site ? Site->function : nullptr;
      if (Fn && Fn[0] && strncmp(Fn, "_Z", 2) && strncmp(Fn, "_R", 2))
        Out.printf(" of %s", Fn);
      Out.printf(", derived from tag <%lu> and protected while that call "
                 "runs, made at:\n",
                 (unsigned long)R.Parent);
      break;
    }
    }
    if (R.Origin != TagOrigin::GlobalRoot)
      printPc(Out, 0, CreatePc);
  }
  if (R.How != Invalidation::None && InvalPc) {
    Out.printf("tag <%lu> was later %s by a %s access through tag <%lu> at:\n",
               (unsigned long)T,
               R.How == Invalidation::Popped ? "popped" : "disabled",
               R.InvalAccess == AccessKind::Read ? "read" : "write",
               (unsigned long)R.InvalBy);
    printPc(Out, 0, InvalPc);
  }
}

void printBorrowStack(OutputBuffer &Out, uptr Addr) {
  constexpr uint32_t kShow = sizeof(S.StackItems) / sizeof(S.StackItems[0]);
  bool Truncated = false;
  uint32_t N = memory().stackAt(Addr, S.StackItems, kShow, &Truncated);
  if (!N) {
    Out.printf("0x%lx is not tracked\n", (unsigned long)Addr);
    return;
  }
  Out.printf("borrow stack at 0x%lx (bottom first", (unsigned long)Addr);
  if (N > kShow)
    Out.printf(", %u items, showing the top %u", N, kShow);
  if (Truncated)
    Out.append(", older items were dropped");
  Out.append("):");
  char Buf[96];
  for (uint32_t I = 0; I < N && I < kShow; ++I) {
    formatItem(Buf, sizeof(Buf), S.StackItems[I]);
    Out.printf(" %s", Buf);
  }
  Out.append("\n");
}

void printSummary(OutputBuffer &Out, const char *Kind) {
  const FrameInfo &F = S.Summary;
  Out.printf("SUMMARY: StackedBorrowsSanitizer: %s", Kind);
  if (F.File[0] && F.Column)
    Out.printf(" %s:%u:%u", F.File, F.Line, F.Column);
  else if (F.File[0])
    Out.printf(" %s:%u", F.File, F.Line);
  else if (F.HasModule)
    Out.printf(" (%s+0x%lx)", F.Module, (unsigned long)F.ModuleOffset);
  if (F.Function[0])
    Out.printf(" in %s", F.Function);
  Out.append("\n");
}

// Common start of every report. Returns false if it must not be printed
// (already reported at this pc, or suppressed). Called with the lock held.
bool beginReport(const char *Kind, uptr Addr, uptr Pc, uptr Bp) {
  if (!flags().halt_on_error && alreadySeen(Kind, Pc))
    return false;
  captureStackTrace(&S.Trace, Pc, Bp, maxFrames());
  if (suppressed(Kind)) {
    ++NumSuppressed;
    return false;
  }
  OutputBuffer &Out = S.Out;
  Out.printf("=================================================================\n");
  Out.printf("%s==%d==ERROR: StackedBorrowsSanitizer: %s on address 0x%lx at "
             "pc 0x%lx%s\n",
             Out.red(), int(getpid()), Kind, (unsigned long)Addr,
             (unsigned long)Pc, Out.reset());
  S.Summary = FrameInfo();
  return true;
}

// Prints the summary, then exits or counts. Called with the lock held.
void endReport(const char *Kind) {
  OutputBuffer &Out = S.Out;
  printSummary(Out, Kind);
  ++NumReports;
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
  OutputBuffer &Out = S.Out;
  unsigned long Size = (unsigned long)Op.Size;
  const char *Bytes = Size == 1 ? "byte" : "bytes";
  switch (Op.Op) {
  case OpKind::Read:
  case OpKind::Write:
    Out.printf("%s%s access of %lu %s at 0x%lx with tag <%lu>%s\n", Out.bold(),
               Op.Op == OpKind::Read ? "read" : "write", Size, Bytes,
               (unsigned long)Op.Addr, (unsigned long)Op.UsedTag, Out.reset());
    break;
  case OpKind::Retag:
    Out.printf("%sretag to %s%s of %lu %s at 0x%lx from tag <%lu> to new tag "
               "<%lu>%s",
               Out.bold(), retagKindName(Op.RetagKind),
               protectorText(Op.RetagKind), Size, Bytes,
               (unsigned long)Op.Addr, (unsigned long)Op.UsedTag,
               (unsigned long)Op.NewTag, Out.reset());
    printSite(Out, Op.Site);
    Out.append("\n");
    break;
  case OpKind::Dealloc:
    Out.printf("%sdeallocation (%s) of %lu %s at 0x%lx with tag <%lu>%s\n",
               Out.bold(), Op.Function ? Op.Function : "free", Size, Bytes,
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
  switch (Vi.Kind) {
  case ViolationKind::ProtectedInvalidation:
  case ViolationKind::DeallocProtected:
    if (Op.Op == OpKind::Dealloc)
      Out.printf("item %s is %s protected by a call that is still running "
                 "(call #%lu): memory may not be deallocated while a "
                 "function holds a reference to it\n",
                 ItemText, Strength, (unsigned long)Vi.ProtectorCall);
    else
      Out.printf("the %s access through tag <%lu> would %s item %s, which "
                 "is %s protected by a call that is still running (call "
                 "#%lu)\n",
                 Vi.Access == AccessKind::Read ? "read" : "write", Used,
                 Vi.Access == AccessKind::Read ? "disable" : "pop", ItemText,
                 Strength, (unsigned long)Vi.ProtectorCall);
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
  printTrace(Out);
  printHistory(Out, Vi.UsedTag);
  if (Vi.Kind == ViolationKind::ProtectedInvalidation ||
      Vi.Kind == ViolationKind::DeallocProtected)
    printHistory(Out, Vi.Protected.tag());
  printBorrowStack(Out, V.Addr);
  endReport(Kind);
}

void reportBadFree(BadFreeKind K, uptr Addr, const char *Function,
                   uptr FreedAtPc, uptr Pc, uptr Bp) {
  RuntimeScope Scope;
  SpinLockGuard G(ReportLock);
  const char *Kind = K == BadFreeKind::DoubleFree ? "double-free" : "invalid-free";
  if (!beginReport(Kind, Addr, Pc, Bp))
    return;
  OutputBuffer &Out = S.Out;
  if (K == BadFreeKind::DoubleFree)
    Out.printf("%s%s of 0x%lx, which was already freed%s\n", Out.bold(),
               Function, (unsigned long)Addr, Out.reset());
  else
    Out.printf("%s%s of 0x%lx, which is not the start of a heap block (it "
               "lies inside a tracked stack, global or heap object)%s\n",
               Out.bold(), Function, (unsigned long)Addr, Out.reset());
  printTrace(Out);
  if (FreedAtPc) {
    Out.printf("0x%lx was freed by:\n", (unsigned long)Addr);
    printPc(Out, 0, FreedAtPc);
  }
  if (K == BadFreeKind::InvalidFree)
    printBorrowStack(Out, Addr);
  endReport(Kind);
}

uint64_t reportCount() { return __atomic_load_n(&NumReports, __ATOMIC_RELAXED); }
uint64_t suppressedReportCount() {
  return __atomic_load_n(&NumSuppressed, __ATOMIC_RELAXED);
}

void lockReports() { ReportLock.lock(); }
void unlockReports() { ReportLock.unlock(); }

void reportAtExit() {
  uint64_t N = reportCount();
  if (!N || flags().halt_on_error)
    return;
  char Buf[160];
  int Len = snprintf(Buf, sizeof(Buf),
                     "==%d==StackedBorrowsSanitizer: %lu report%s; exiting "
                     "with status %d\n",
                     int(getpid()), (unsigned long)N, N == 1 ? "" : "s",
                     flags().exitcode);
  if (Len > 0)
    outputWrite(Buf, size_t(Len) < sizeof(Buf) ? size_t(Len) : sizeof(Buf) - 1);
  fflush(nullptr); // stdio is still flushed, as a normal exit would
  _exit(flags().exitcode);
}

} // namespace sbsan
