//===- stack_trace.h - Frame-pointer unwinding ----------------------------===//
//
// Reports show the stack of the offending access. The runtime is built
// with frame pointers and the instrumented code is compiled with them by
// the wrapper scripts, so walking the %rbp chain from the runtime entry
// point is enough, needs no unwind tables and allocates nothing. The walk
// stops at the first frame pointer that leaves the current stack mapping.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_STACK_TRACE_H
#define SBSAN_STACK_TRACE_H

#include "sbsan_common.h"

namespace sbsan {

struct StackTrace {
  static constexpr unsigned kMaxFrames = 256;
  uptr Pcs[kMaxFrames] = {};
  unsigned Size = 0;
};

// Pc: the return address of the runtime entry point (the first frame);
// Bp: that entry point's frame address.
void captureStackTrace(StackTrace *Out, uptr Pc, uptr Bp, unsigned MaxFrames);

} // namespace sbsan

#endif // SBSAN_STACK_TRACE_H
