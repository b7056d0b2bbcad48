//===- fast_unwind.h - Short stack traces for tag history -----------------===//
//
// History records where every tag is created and invalidated, so the
// capture runs on every retag and must cost a few dozen cycles: it follows
// the %rbp chain for a handful of frames, with the bounds of the current
// thread's stack cached in TLS (looked up in /proc/self/maps once per
// thread, and again only when a frame lies outside the cached mapping, e.g.
// on a signal stack). A frame pointer outside those bounds, or not above
// the previous one, ends the walk: code built without frame pointers leaves
// arbitrary values in %rbp, and they must never be dereferenced.
//
// History is recorded deep inside the runtime, whose entry points only pass
// down their return address (Pc). captureFromEntry walks the runtime's own
// frames (built with frame pointers) until it meets the frame record whose
// return address is Pc, and continues from there into the program. If Pc
// is not found within a few frames, the trace is just Pc.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_FAST_UNWIND_H
#define SBSAN_FAST_UNWIND_H

#include "sbsan_common.h"

namespace sbsan {

// The trace of the program at the runtime entry point that returns to Pc:
// Out[0] = Pc, then up to Max - 1 return addresses of its callers. Call it
// from inside the runtime, below that entry point. Returns the count (at
// least 1 when Max > 0).
SBSAN_NOINLINE unsigned captureFromEntry(uptr Pc, uptr *Out, unsigned Max);

// The same from a known frame: Out[0] = Pc, then the callers found by
// following the frame record at Bp (the frame address of the function that
// Pc returns from).
unsigned unwindFrom(uptr Pc, uptr Bp, uptr *Out, unsigned Max);

} // namespace sbsan

#endif // SBSAN_FAST_UNWIND_H
