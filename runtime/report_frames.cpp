//===- report_frames.cpp - Stack traces in reports ------------------------===//
//
// See report_frames.h. The frame filters match on symbolized names and
// files, as no other trace of the runtime or the language is available.
//
//===----------------------------------------------------------------------===//

#include "report_frames.h"

#include "report_names.h"
#include "report_scratch.h"
#include "runtime.h"

#include <stdio.h>
#include <string.h>

namespace sbsan {

unsigned maxStackFrames() {
  int N = flags().max_stack_frames;
  return N < 1 ? 1 : unsigned(N);
}

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

namespace {

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
      Scratch.Pending = F;
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
      emit(Scratch.Pending);
    }
  }
  // The summary names the first frame of the program's own code: a
  // violation inside the standard library (a drop, an index) is caused by
  // the program's call of it.
  void emit(const FrameInfo &F) {
    if (IsSummary &&
        (!Scratch.HaveSummary || (SummaryInStd && !isStdFrame(F)))) {
      Scratch.Summary = F;
      Scratch.HaveSummary = true;
      SummaryInStd = isStdFrame(F);
    }
    printFrame(Out, Printed++, F);
  }

  OutputBuffer &Out;
  bool SkipAllocator, IsSummary;
  bool HasPending = false, Stopped = false, SummaryInStd = false;
  unsigned Printed = 0, Skipped = 0;
};

// For one-line creation sites: the first frame of a trace (*First) and
// the first one in the program's own code (*Caller; not the allocator,
// not the standard library), if that is a different one. Returns false if
// the trace is empty.
bool siteFrames(const uptr *Pcs, unsigned N, FrameInfo *First,
                FrameInfo *Caller, bool *HasCaller) {
  *HasCaller = false;
  bool HasFirst = false;
  for (unsigned I = 0; I < N; ++I) {
    unsigned M =
        symbolizePc(Pcs[I], false, Scratch.Frames, kMaxInline, flags());
    for (unsigned J = 0; J < M; ++J) {
      const FrameInfo &F = Scratch.Frames[J];
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
    symbolizePc(Pcs[0], false, Scratch.Frames, 1, flags());
    *First = Scratch.Frames[0];
    HasFirst = true;
  }
  return HasFirst;
}

} // namespace

void printPcs(OutputBuffer &Out, const uptr *Pcs, unsigned N,
              bool SkipAllocator, bool IsSummary) {
  FramePrinter P(Out, SkipAllocator, IsSummary);
  unsigned Limit = maxStackFrames();
  for (unsigned I = 0; I < N && P.printed() < Limit; ++I) {
    unsigned M =
        symbolizePc(Pcs[I], false, Scratch.Frames, kMaxInline, flags());
    bool More = true;
    for (unsigned J = 0; J < M && More && P.printed() < Limit; ++J)
      More = P.add(Scratch.Frames[J]);
    if (!More)
      break;
  }
  P.finish();
}

void printSiteLine(OutputBuffer &Out, const uptr *Pcs, unsigned N,
                   const char *Verb) {
  bool HasCaller;
  if (!N || !siteFrames(Pcs, N, &Scratch.Site, &Scratch.Caller, &HasCaller))
    return;
  char Where[2100];
  const FrameInfo &F = Scratch.Site;
  if (HasCaller) {
    formatWhere(Where, sizeof(Where), Scratch.Caller);
    Out.printf("%s in %s, called from %s at %s", Verb,
               F.Function[0] ? F.Function : "??",
               Scratch.Caller.Function[0] ? Scratch.Caller.Function : "??",
               Where);
    return;
  }
  formatWhere(Where, sizeof(Where), F);
  Out.printf("%s in %s at %s", Verb, F.Function[0] ? F.Function : "??", Where);
}

} // namespace sbsan
