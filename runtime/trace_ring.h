//===- trace_ring.h - Recent stack traces, appended to a ring -------------===//
//
// Every history record refers to one or two short stack traces, and a
// trace is captured on every retag, so storing one must cost little more
// than writing it down. Traces are appended to one big ring of words:
// each thread reserves a chunk of the ring with one atomic add and then
// writes its traces into it sequentially, with plain stores. Sequential
// writes stream through the cache instead of evicting the program's (and
// the borrow stacks') data, and nothing is shared between threads but the
// chunk counter. Most traces repeat, so putOrReuse first looks a trace up
// in a small per-thread table of the ones it stored recently.
//
// A trace's id is its position in the ring (plus one). When the ring wraps,
// old traces are overwritten; get() then reports that the trace is gone.
// The ring is sized for the history table (about four traces per record),
// so a trace normally outlives the record that refers to it.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_TRACE_RING_H
#define SBSAN_TRACE_RING_H

#include "sbsan_common.h"

#include <atomic>

namespace sbsan {

class TraceRing {
public:
  static constexpr unsigned kMaxFrames = 64;
  // Words a thread reserves at a time.
  static constexpr uint64_t kChunkWords = 512;

  TraceRing() = default;
  TraceRing(const TraceRing &) = delete;
  TraceRing &operator=(const TraceRing &) = delete;

  // A ring of 2^LogWords words (at least a few chunks), reserved lazily.
  bool init(unsigned LogWords);
  void destroy();
  bool enabled() const { return Ring != nullptr; }

  // Appends the N (at most kMaxFrames) frames; returns the trace's id, 0
  // if the ring is disabled or N is 0. Ids fit in 56 bits.
  uint64_t put(const uptr *Pcs, unsigned N);
  // The same, except that a trace this thread stored recently (in the
  // newer half of the ring, so that it outlives new records about as long
  // as a fresh copy would) is not stored again: its id is returned. Most
  // traces repeat (a loop retags at the same place again and again), and
  // writing each one would stream a cache line to memory per retag.
  uint64_t putOrReuse(const uptr *Pcs, unsigned N);
  // Copies up to Max frames of trace Id into Out; returns the count, 0 if
  // the trace was overwritten (or Id is 0).
  unsigned get(uint64_t Id, uptr *Out, unsigned Max) const;

  // Words handed out to threads so far (statistics).
  uint64_t wordsReserved() const {
    return Cursor.load(std::memory_order_relaxed);
  }
  uint64_t size() const { return Mask + 1; }

private:
  // put's work once the ring is known enabled and 0 < N <= kMaxFrames.
  uint64_t append(const uptr *Pcs, unsigned N);

  uint64_t *Ring = nullptr; // per trace: header (position << 8 | N), frames
  uint64_t Mask = 0;
  std::atomic<uint64_t> Cursor{0}; // next unreserved position
  // Tells the thread chunks of different rings (tests) apart.
  uint64_t Generation = 0;
};

} // namespace sbsan

#endif // SBSAN_TRACE_RING_H
