//===- report_scratch.h - Buffers shared by the parts of a report ---------===//
//
// A report may be made from inside malloc, from any thread, while others
// keep running, so it allocates nothing: it is built in static buffers
// under one lock. Every part of a report (frames, history, the address,
// the borrow stack) works in the same buffers, and a part may leave
// something for a later one (the access trace picks the frame that the
// summary names).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_SCRATCH_H
#define SBSAN_REPORT_SCRATCH_H

#include "borrow_stack.h"
#include "output.h"
#include "spin_lock.h"
#include "stack_trace.h"
#include "symbolizer.h"
#include "trace_ring.h"

namespace sbsan {

// Frames of one pc: the function and the ones inlined into it.
constexpr unsigned kMaxInline = 8;
// Frames of one history trace (the ring keeps at most this many).
constexpr unsigned kMaxHistoryFrames = TraceRing::kMaxFrames;

struct ReportScratch {
  OutputBuffer Out;
  StackTrace Trace;
  FrameInfo Frames[kMaxInline];
  FrameInfo Pending; // a frame held back by the frame printer
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

// Serializes reports and every other user of Scratch.
extern SpinLock ReportLock;
extern ReportScratch Scratch;

} // namespace sbsan

#endif // SBSAN_REPORT_SCRATCH_H
