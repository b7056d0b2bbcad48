//===- report_frames.h - Stack traces in reports --------------------------===//
//
// A trace should show the program's own code: the frames of libc start-up,
// of the Rust runtime below main and of the allocator above an allocation
// say nothing about the bug, and the summary line should name the
// program's frame rather than the standard library code it called.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_FRAMES_H
#define SBSAN_REPORT_FRAMES_H

#include "output.h"
#include "sbsan_common.h"
#include "symbolizer.h"

namespace sbsan {

// The max_stack_frames flag, at least 1.
unsigned maxStackFrames();

// "file:line:col", "file:line", "(module+0xoffset)" or "".
void formatWhere(char *Buf, size_t Size, const FrameInfo &F);

// Prints the frames of return addresses Pcs[0..N) (inlined frames first),
// numbered, leaving out the start-up frames (strip_runtime_frames) and,
// with SkipAllocator, leading allocator frames. IsSummary: this is the
// report's trace; its first frame of the program's own code is kept in
// Scratch.Summary.
void printPcs(OutputBuffer &Out, const uptr *Pcs, unsigned N,
              bool SkipAllocator = false, bool IsSummary = false);

// "<Verb> in F at file:line" (or "<Verb> in F, called from G at file:line"
// when F is library code called from the program), from the trace
// Pcs[0..N). Prints nothing for an empty trace.
void printSiteLine(OutputBuffer &Out, const uptr *Pcs, unsigned N,
                   const char *Verb);

} // namespace sbsan

#endif // SBSAN_REPORT_FRAMES_H
