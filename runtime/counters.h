//===- counters.h - Counts of runtime events for print_stats --------------===//
//
// What the program made the runtime do: how many retags of each kind,
// how many of them were elided, how many accesses the inline fast path
// could not answer, how many calls were entered, how many C library calls
// were checked, how many granules range operations looked at one by one
// (a run they cover counts once). Counting costs an atomic
// add per event, so it happens only with print_stats=1 (one predictable
// branch otherwise).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_COUNTERS_H
#define SBSAN_COUNTERS_H

#include "sbsan_common.h"

#include <atomic>

namespace sbsan {

enum class Event : unsigned {
  RetagUnique,   // Unique retags (with or without their raw child)
  RetagSharedRW, // SharedReadWrite retags
  RetagSharedRO, // SharedReadOnly retags that were made
  RetagElided,   // SharedReadOnly retags answered with the parent's tag
  RetagNoChild,  // retags of SBSAN_RETAG_NO_CHILD answered from the words
  RetagUntracked, // retags of untracked bytes: a fresh tag, nothing else
  AccessRuntime, // accesses the inline fast path sent to the runtime
  CallEnter,     // __sbsan_func_enter
  LibcCall,      // intercepted C library calls made by instrumented code
  GranuleStep,   // granules that range operations looked at one by one
  NumEvents
};

inline std::atomic<bool> CountingEvents{false};
inline std::atomic<uint64_t> EventCounts[unsigned(Event::NumEvents)];

SBSAN_ALWAYS_INLINE void countEvent(Event E) {
  if (SBSAN_UNLIKELY(CountingEvents.load(std::memory_order_relaxed)))
    EventCounts[unsigned(E)].fetch_add(1, std::memory_order_relaxed);
}

inline uint64_t eventCount(Event E) {
  return EventCounts[unsigned(E)].load(std::memory_order_relaxed);
}

} // namespace sbsan

#endif // SBSAN_COUNTERS_H
