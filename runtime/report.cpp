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
//===----------------------------------------------------------------------===//

#include "report.h"

#include "allocator.h"
#include "history.h"
#include "output.h"
#include "proc_maps.h"
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

constexpr unsigned kMaxInline = 8;
constexpr uint32_t kShowItems = 32;
// Frames of one history trace (the ring keeps at most this many).
constexpr unsigned kMaxHistoryFrames = TraceRing::kMaxFrames;

struct Scratch {
  OutputBuffer Out;
  StackTrace Trace;
  FrameInfo Frames[kMaxInline];
  FrameInfo Pending; // a frame held back by FramePrinter
  FrameInfo Site;    // a one-line creation site
  FrameInfo Caller;  // and the program's frame that led to it
  FrameInfo Summary;
  bool HaveSummary = false;
  // A whole stack: BorrowMemory::stackAt copies the top items, and the
  // root is at the bottom.
  Item StackItems[BorrowStack::kMaxItems] = {};
  uptr HistoryPcs[kMaxHistoryFrames] = {};
  DataInfo Data;
};
Scratch S;

// --- Names ---------------------------------------------------------------

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
    return "restrict retag";
  case SBSAN_ORIGIN_STACK_VAR:
    return "stack variable";
  }
  return "retag";
}

bool startsWith(const char *S, const char *Prefix) {
  return !strncmp(S, Prefix, strlen(Prefix));
}

// " (function-entry retag of parameter `x` in f)". The pass gives the
// function's linkage name; a mangled one is replaced by Demangled (the
// symbolized function of the retag, if known) or left out.
void printSite(OutputBuffer &Out, const sbsan_retag_site *Site,
               const char *Demangled = nullptr) {
  if (!Site)
    return;
  Out.printf(" (%s", originName(Site->origin));
  // "function-entry retag of parameter `x`", "retag of a returned
  // reference: return value".
  if (Site->what && Site->what[0])
    Out.printf("%s%s", startsWith(Site->what, "parameter") ? " of " : ": ",
               Site->what);
  const char *Fn = Site->function;
  bool Mangled = Fn && (!strncmp(Fn, "_Z", 2) || !strncmp(Fn, "_R", 2));
  if (Mangled || !Fn || !Fn[0])
    Fn = Demangled;
  if (Fn && Fn[0])
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

// --- Frames --------------------------------------------------------------

void formatWhere(char *Buf, size_t Size, const FrameInfo &F) {
  if (F.File[0] && F.Column)
    snprintf(Buf, Size, "%s:%u:%u", F.File, F.Line, F.Column);
  else if (F.File[0])
    snprintf(Buf, Size, "%s:%u", F.File, F.Line);
  else if (F.HasModule)
    snprintf(Buf, Size, "(%s+0x%lx)", F.Module, (unsigned long)F.ModuleOffset);
  else
    Buf[0] = 0;
}

void printFrame(OutputBuffer &Out, unsigned No, const FrameInfo &F) {
  char Where[2100];
  formatWhere(Where, sizeof(Where), F);
  Out.printf("    #%u 0x%lx%s%s%s%s\n", No, (unsigned long)F.Pc,
             F.Function[0] ? " in " : "", F.Function, Where[0] ? " " : "",
             Where);
}

// Frames of the language runtime and libc start-up, which say nothing
// about the bug. Rust runs main and thread closures below
// __rust_begin_short_backtrace; C code below main or a thread's entry.
bool isStartupFrame(const FrameInfo &F) {
  static const char *const Names[] = {"__libc_start_call_main",
                                      "__libc_start_main",
                                      "_start",
                                      "start_thread",
                                      "__clone3",
                                      "__clone",
                                      "clone"};
  if (startsWith(F.Function,
                 "std::sys::backtrace::__rust_begin_short_backtrace"))
    return true;
  for (const char *N : Names)
    if (!strcmp(F.Function, N))
      return true;
  return false;
}

// `<fn() as FnOnce<()>>::call_once` between a Rust main (or closure) and
// __rust_begin_short_backtrace: shown only if what follows is shown.
bool isTrampolineFrame(const FrameInfo &F) {
  return strstr(F.Function, "core::ops::function::FnOnce") &&
         strstr(F.Function, "call_once") &&
         strstr(F.File, "core/src/ops/function.rs");
}

// Allocator plumbing between a program's allocation and malloc: left out
// at the top of allocation traces, which should start in the program.
bool isAllocatorFrame(const FrameInfo &F) {
  static const char *const Prefixes[] = {"__rdl_",
                                         "__rust_alloc",
                                         "__rust_realloc",
                                         "__rg_",
                                         "alloc::alloc::",
                                         "<alloc::alloc::",
                                         "std::sys::alloc",
                                         "<std::alloc::",
                                         "std::alloc::",
                                         "alloc::raw_vec::",
                                         "<alloc::raw_vec::",
                                         "operator new",
                                         "malloc",
                                         "calloc",
                                         "realloc"};
  for (const char *P : Prefixes)
    if (startsWith(F.Function, P))
      return true;
  return false;
}

// Code of the Rust standard library (its sources are remapped to
// /rustc/<hash>/library/..., or come from the rust-src component).
bool isStdFrame(const FrameInfo &F) {
  return startsWith(F.File, "/rustc/") ||
         strstr(F.File, "/library/core/src/") ||
         strstr(F.File, "/library/alloc/src/") ||
         strstr(F.File, "/library/std/src/");
}

// Prints a sequence of frames with numbers, leaving out the start-up
// frames (strip_runtime_frames) and, optionally, leading allocator frames.
class FramePrinter {
public:
  FramePrinter(OutputBuffer &Out, bool SkipAllocator, bool IsSummary)
      : Out(Out), SkipAllocator(SkipAllocator), IsSummary(IsSummary) {}

  // Returns false once the trace is complete.
  bool add(const FrameInfo &F) {
    if (Stopped)
      return false;
    bool Strip = flags().strip_runtime_frames;
    if (Strip && isStartupFrame(F)) {
      HasPending = false; // the trampoline above it goes too
      Stopped = true;
      return false;
    }
    if (SkipAllocator && !Printed && !HasPending && isAllocatorFrame(F)) {
      ++Skipped;
      return true;
    }
    flushPending();
    if (Strip && isTrampolineFrame(F)) {
      S.Pending = F;
      HasPending = true;
      return true;
    }
    emit(F);
    if (Strip && !strcmp(F.Function, "main"))
      Stopped = true;
    return !Stopped;
  }
  void finish() {
    flushPending();
    if (!Printed && Skipped)
      Out.printf("    (%u allocator frames, no caller recorded)\n", Skipped);
  }
  unsigned printed() const { return Printed; }

private:
  void flushPending() {
    if (HasPending) {
      HasPending = false;
      emit(S.Pending);
    }
  }
  // The summary names the first frame of the program's own code: a
  // violation inside the standard library (a drop, an index) is caused by
  // the program's call of it.
  void emit(const FrameInfo &F) {
    if (IsSummary && (!S.HaveSummary || (SummaryInStd && !isStdFrame(F)))) {
      S.Summary = F;
      S.HaveSummary = true;
      SummaryInStd = isStdFrame(F);
    }
    printFrame(Out, Printed++, F);
  }

  OutputBuffer &Out;
  bool SkipAllocator, IsSummary;
  bool HasPending = false, Stopped = false, SummaryInStd = false;
  unsigned Printed = 0, Skipped = 0;
};

// Prints the frames of return addresses Pcs[0..N) (inlined frames first).
void printPcs(OutputBuffer &Out, const uptr *Pcs, unsigned N,
              bool SkipAllocator = false, bool IsSummary = false) {
  FramePrinter P(Out, SkipAllocator, IsSummary);
  unsigned Limit = maxFrames();
  for (unsigned I = 0; I < N && P.printed() < Limit; ++I) {
    unsigned M = symbolizePc(Pcs[I], false, S.Frames, kMaxInline, flags());
    bool More = true;
    for (unsigned J = 0; J < M && More && P.printed() < Limit; ++J)
      More = P.add(S.Frames[J]);
    if (!More)
      break;
  }
  P.finish();
}

// For one-line creation sites: the first frame of a trace (*First) and
// the first one in the program's own code (*Caller; not the allocator,
// not the standard library), if that is a different one. Returns false if
// the trace is empty.
bool siteFrames(const uptr *Pcs, unsigned N, FrameInfo *First,
                FrameInfo *Caller, bool *HasCaller) {
  *HasCaller = false;
  bool HasFirst = false;
  for (unsigned I = 0; I < N; ++I) {
    unsigned M = symbolizePc(Pcs[I], false, S.Frames, kMaxInline, flags());
    for (unsigned J = 0; J < M; ++J) {
      const FrameInfo &F = S.Frames[J];
      if (isAllocatorFrame(F))
        continue;
      if (!HasFirst) {
        *First = F;
        HasFirst = true;
        if (!isStdFrame(F))
          return true;
        continue;
      }
      if (!isStdFrame(F)) {
        *Caller = F;
        *HasCaller = true;
        return true;
      }
    }
  }
  if (!HasFirst && N) {
    symbolizePc(Pcs[0], false, S.Frames, 1, flags());
    *First = S.Frames[0];
    HasFirst = true;
  }
  return HasFirst;
}

// "F at file:line" (or "F, called from G at file:line" when F is library
// code called from the program).
void printSiteLine(OutputBuffer &Out, const uptr *Pcs, unsigned N,
                   const char *Verb) {
  bool HasCaller;
  if (!N || !siteFrames(Pcs, N, &S.Site, &S.Caller, &HasCaller))
    return;
  char Where[2100];
  const FrameInfo &F = S.Site;
  if (HasCaller) {
    formatWhere(Where, sizeof(Where), S.Caller);
    Out.printf("%s in %s, called from %s at %s", Verb,
               F.Function[0] ? F.Function : "??",
               S.Caller.Function[0] ? S.Caller.Function : "??", Where);
    return;
  }
  formatWhere(Where, sizeof(Where), F);
  Out.printf("%s in %s at %s", Verb, F.Function[0] ? F.Function : "??", Where);
}

// --- History -------------------------------------------------------------

bool findRecord(Tag T, TagRecord *R) {
  return T != kWildcardTag && T != kGlobalRootTag && history().enabled() &&
         history().find(T, R);
}

unsigned historyTrace(uint64_t Id) {
  return history().stack(Id, S.HistoryPcs, kMaxHistoryFrames);
}

const char *rootKindName(TagOrigin O) {
  switch (O) {
  case TagOrigin::HeapRoot:
    return "heap block";
  case TagOrigin::StackRoot:
    return "stack allocation";
  case TagOrigin::GlobalRoot:
    return "global";
  default:
    return nullptr;
  }
}

// "tag <N> was created by ... at:" and its trace.
void printCreation(OutputBuffer &Out, Tag T, const TagRecord &R,
                   const char *Role) {
  unsigned long UT = (unsigned long)T;
  unsigned N = historyTrace(R.CreateStack);
  // The function that made the tag: the innermost frame of its trace.
  char Function[sizeof(FrameInfo::Function)] = "";
  if (N && symbolizePc(S.HistoryPcs[0], false, S.Frames, kMaxInline, flags()))
    memcpy(Function, S.Frames[0].Function, sizeof(Function));
  Out.append(Out.magenta());
  switch (R.Origin) {
  case TagOrigin::HeapRoot:
  case TagOrigin::StackRoot:
  case TagOrigin::GlobalRoot:
    Out.printf("tag <%lu>%s is the root of a %s of %lu bytes, made at:", UT,
               Role, rootKindName(R.Origin), (unsigned long)R.AllocSize);
    break;
  case TagOrigin::Retag:
    Out.printf("tag <%lu>%s was created by a %s retag of %lu bytes from tag "
               "<%lu>%s",
               UT, Role, retagKindName(R.RetagKind), (unsigned long)R.AllocSize,
               (unsigned long)R.Parent, protectorText(R.RetagKind));
    printSite(Out, R.Site, Function);
    Out.append(" at:");
    break;
  case TagOrigin::Restrict:
    Out.printf("tag <%lu>%s is a restrict pointer derived from tag <%lu>, "
               "protected while its call runs",
               UT, Role, (unsigned long)R.Parent);
    printSite(Out, R.Site, Function);
    Out.append(", made at:");
    break;
  }
  Out.printf("%s\n", Out.reset());
  if (N)
    printPcs(Out, S.HistoryPcs, N, R.Origin == TagOrigin::HeapRoot);
  else
    Out.append("    (no stack trace recorded)\n");
}

// The creation of T and, if Invalidated, its latest invalidation.
void printTagHistory(OutputBuffer &Out, Tag T, const char *Role,
                     bool WantInvalidation, uptr Addr) {
  unsigned long UT = (unsigned long)T;
  if (T == kWildcardTag)
    return;
  if (T == kGlobalRootTag) {
    Out.printf("%stag <%lu>%s is the root tag of every global variable%s\n",
               Out.magenta(), UT, Role, Out.reset());
    return;
  }
  if (!history().enabled()) {
    Out.printf("%stag <%lu>%s: creation site unknown (history=0)%s\n",
               Out.magenta(), UT, Role, Out.reset());
    if (WantInvalidation)
      Out.printf("%stag <%lu>%s: invalidation site unknown (history=0)%s\n",
                 Out.magenta(), UT, Role, Out.reset());
    return;
  }
  TagRecord R;
  if (!history().find(T, &R))
    R = TagRecord();
  if (R.Created)
    printCreation(Out, T, R, Role);
  else
    Out.printf("%stag <%lu>%s: creation site unknown (its history record "
               "was overwritten; a larger history_size keeps more)%s\n",
               Out.magenta(), UT, Role, Out.reset());
  if (!WantInvalidation)
    return;
  if (R.How == Invalidation::None) {
    Out.printf("%sno invalidation of tag <%lu> is recorded: it was probably "
               "never derived for 0x%lx (or its record was overwritten)%s\n",
               Out.magenta(), UT, (unsigned long)Addr, Out.reset());
    return;
  }
  Out.printf("%stag <%lu> was later %s by a %s access through tag <%lu> "
             "at:%s\n",
             Out.magenta(), UT,
             R.How == Invalidation::Popped ? "popped" : "disabled",
             R.InvalAccess == AccessKind::Read ? "read" : "write",
             (unsigned long)R.InvalBy, Out.reset());
  unsigned N = historyTrace(R.InvalStack);
  if (N)
    printPcs(Out, S.HistoryPcs, N);
  else
    Out.append("    (no stack trace recorded)\n");
}

// --- Where an address lies -----------------------------------------------

// The bottom item's tag of the stack at A: the allocation's root, unless
// the stack was truncated. 0 if untracked or unknown.
Tag rootAt(uptr A) {
  constexpr uint32_t kMax = BorrowStack::kMaxItems;
  bool Truncated = false;
  uint32_t N = memory().stackAt(A, S.StackItems, kMax, &Truncated);
  if (!N || N > kMax || Truncated)
    return kWildcardTag;
  return S.StackItems[0].tag();
}

// The extent of the allocation with root Root around Addr: the bytes whose
// stacks have Root at the bottom. An allocation is contiguous, so whole
// granules are skipped when both of their ends match. Bounded: very large
// allocations get *Exact = false.
void allocationBounds(uptr Addr, Tag Root, uptr *Lo, uptr *Hi, bool *Exact) {
  constexpr unsigned kMaxSteps = 1u << 20;
  *Exact = true;
  uptr L = Addr;
  unsigned Steps = 0;
  while (L >= kGranuleSize && rootAt(L - 1) == Root) {
    if (++Steps > kMaxSteps) {
      *Exact = false;
      break;
    }
    if (L % kGranuleSize == 0 && rootAt(L - kGranuleSize) == Root)
      L -= kGranuleSize;
    else
      --L;
  }
  uptr H = Addr + 1;
  Steps = 0;
  while (rootAt(H) == Root) {
    if (++Steps > kMaxSteps) {
      *Exact = false;
      break;
    }
    if (H % kGranuleSize == 0 && rootAt(H + kGranuleSize - 1) == Root)
      H += kGranuleSize;
    else
      ++H;
  }
  *Lo = L;
  *Hi = H;
}

bool onThisThreadsStack(uptr Addr) {
  uptr Lo, Hi;
  uptr Fp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  return findMapping(Fp, &Lo, &Hi) && Addr >= Lo && Addr < Hi;
}

void printDataLocation(OutputBuffer &Out, uptr Addr) {
  DataInfo &D = S.Data;
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

// "0x... is located N bytes inside a <kind> of M bytes [lo, hi) ...".
// HeapBlock/HeapSize: a heap block known to the caller (a deallocation's
// block is no longer in the allocator's table while it is checked).
void describeAddress(OutputBuffer &Out, uptr Addr, uptr HeapBlock = 0,
                     uint64_t HeapBlockSize = 0) {
  unsigned long A = (unsigned long)Addr;
  Tag Root = rootAt(Addr);
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
  bool Known = findRecord(Root, &R) && R.Created;
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
  unsigned N = historyTrace(R.CreateStack);
  if (!N) {
    Out.printf(" with root tag <%lu>%s\n", (unsigned long)Root, Out.reset());
    return;
  }
  if (R.Origin == TagOrigin::StackRoot) {
    // The root is made in the prologue of the function owning the frame.
    symbolizePc(S.HistoryPcs[0], false, S.Frames, kMaxInline, flags());
    char Where[2100];
    formatWhere(Where, sizeof(Where), S.Frames[0]);
    const FrameInfo &F = S.Frames[0];
    if (F.Function[0])
      Out.printf(" in the frame of %s (%s)%s\n", F.Function, Where,
                 Out.reset());
    else // unsymbolized: Where is "(module+offset)"
      Out.printf(" in the frame of the function at %s%s\n", Where, Out.reset());
    return;
  }
  Out.append(",");
  printSiteLine(Out, S.HistoryPcs, N, " allocated");
  Out.printf("%s\n", Out.reset());
}

// --- The borrow stack ----------------------------------------------------

// One line: what made the item's tag and where.
void printItemOrigin(OutputBuffer &Out, Tag T) {
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
    printSite(Out, R.Site);
    break;
  case TagOrigin::Restrict:
    Out.printf("restrict pointer from tag <%lu>", (unsigned long)R.Parent);
    printSite(Out, R.Site);
    break;
  }
  unsigned N = historyTrace(R.CreateStack);
  if (N) {
    Out.append(",");
    printSiteLine(Out, S.HistoryPcs, N, " made");
  }
}

void printBorrowStack(OutputBuffer &Out, uptr Addr, Tag Used, Tag Protected) {
  bool Truncated = false;
  uint32_t N = memory().stackAt(Addr, S.StackItems, kShowItems, &Truncated);
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
    Item It = S.StackItems[I];
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

// --- Framing -------------------------------------------------------------

void printSummary(OutputBuffer &Out, const char *Kind) {
  const FrameInfo &F = S.Summary;
  Out.printf("SUMMARY: StackedBorrowsSanitizer: %s", Kind);
  if (S.HaveSummary) {
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
  for (unsigned I = 0; I < S.Trace.Size; ++I)
    H = mix64(H ^ S.Trace.Pcs[I]);
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
  for (unsigned I = 0; I < S.Trace.Size; ++I) {
    unsigned N =
        symbolizePc(S.Trace.Pcs[I], false, S.Frames, kMaxInline, flags());
    for (unsigned J = 0; J < N; ++J) {
      Rule = Sup.matchFrame(S.Frames[J].Function, S.Frames[J].File);
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
  captureStackTrace(&S.Trace, Pc, Bp, maxFrames());
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
  OutputBuffer &Out = S.Out;
  Out.printf(
      "=================================================================\n");
  Out.printf("%s==%d==ERROR: StackedBorrowsSanitizer: %s on address 0x%lx at "
             "pc 0x%lx%s\n",
             Out.red(), int(getpid()), Kind, (unsigned long)Addr,
             (unsigned long)Pc, Out.reset());
  S.HaveSummary = false;
  return true;
}

void printAccessTrace(OutputBuffer &Out) {
  printPcs(Out, S.Trace.Pcs, S.Trace.Size, false, true);
  Out.append("\n");
}

// Prints the summary, then exits or counts. Called with the lock held.
void endReport(const char *Kind) {
  OutputBuffer &Out = S.Out;
  printSummary(Out, Kind);
  __atomic_add_fetch(&NumReports, 1, __ATOMIC_RELAXED);
  if (flags().halt_on_error) {
    Out.printf("==%d==ABORTING\n", int(getpid()));
    Out.flush();
    _exit(flags().exitcode);
  }
  Out.flush();
}

// "by the call to F (parameter `x`)", from the protected tag's creation:
// a protector is made by a function-entry retag inside the protecting
// function, so that retag's first frame names the call.
void printProtectingCall(OutputBuffer &Out, Tag Protected, uint64_t CallId) {
  TagRecord R;
  FrameInfo &F = S.Site;
  if (findRecord(Protected, &R) && R.Created) {
    unsigned N = historyTrace(R.CreateStack);
    if (N &&
        symbolizePc(S.HistoryPcs[0], false, S.Frames, kMaxInline, flags())) {
      F = S.Frames[0];
      if (F.Function[0]) {
        Out.printf("the call to %s", F.Function);
      } else {
        char Where[2100];
        formatWhere(Where, sizeof(Where), F);
        Out.printf("the call to the function at %s", Where);
      }
      if (R.Site && R.Site->what && R.Site->what[0])
        Out.printf(" (%s)", R.Site->what);
      Out.printf(", which is still running (call #%lu)", (unsigned long)CallId);
      return;
    }
  }
  Out.printf("a call that is still running (call #%lu%s)",
             (unsigned long)CallId,
             history().enabled() ? "" : "; function unknown with history=0");
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
    printSite(Out, Op.Site);
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
  OutputBuffer &Out = S.Out;
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
  unsigned N = Freed ? historyTrace(Freed->FreeStack) : 0;
  Out.printf("%sit was freed at:%s\n", Out.magenta(), Out.reset());
  if (N)
    printPcs(Out, S.HistoryPcs, N);
  else if (Freed && Freed->FreePc)
    printPcs(Out, &Freed->FreePc, 1);
  else
    Out.append("    (no stack trace recorded)\n");
  TagRecord R;
  if (Freed && Freed->Root && findRecord(Freed->Root, &R) && R.Created) {
    Out.printf("%sit was allocated (root tag <%lu>) at:%s\n", Out.magenta(),
               (unsigned long)Freed->Root, Out.reset());
    N = historyTrace(R.CreateStack);
    if (N)
      printPcs(Out, S.HistoryPcs, N, true);
    else
      Out.append("    (no stack trace recorded)\n");
  } else if (!history().enabled()) {
    Out.printf("%sallocation site unknown (history=0)%s\n", Out.magenta(),
               Out.reset());
  }
  endReport(Kind);
}

uint64_t allocationIdOf(uptr Addr) {
  SpinLockGuard G(ReportLock);
  Tag Root = rootAt(Addr);
  if (Root == kWildcardTag)
    return 0;
  uptr Lo, Hi;
  bool Exact;
  allocationBounds(Addr, Root, &Lo, &Hi, &Exact);
  return Lo;
}

// Equal stacks of consecutive bytes print as one line: "[+from, +to):"
// and the items, bottom first.
void printBorrowState(uint64_t Id) {
  SpinLockGuard G(ReportLock);
  OutputBuffer &Out = S.Out;
  uptr Base = uptr(Id);
  Tag Root = Id ? rootAt(Base) : kWildcardTag;
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
    uint32_t N = A < Hi ? memory().stackAt(A, S.StackItems,
                                           BorrowStack::kMaxItems, &Truncated)
                        : 0;
    N = N < BorrowStack::kMaxItems ? N : BorrowStack::kMaxItems;
    bool Same = A > Lo && A < Hi && N == PrevN &&
                memcmp(Prev, S.StackItems, N * sizeof(Item)) == 0;
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
    memcpy(Prev, S.StackItems, N * sizeof(Item));
    PrevN = N;
  }
  Out.flush();
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
    OutputBuffer &Out = S.Out;
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
