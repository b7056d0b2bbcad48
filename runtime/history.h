//===- history.h - Where tags were created and invalidated ----------------===//
//
// A report is much easier to act on when it says where the offending tag
// came from and what killed it, with a stack trace for each. Keeping that
// for every tag would cost unbounded memory, so history is a fixed-size
// ring: tag number N (tags.h) lives in record N mod 2^size, so the most
// recent 2^size tags are remembered and older ones are overwritten; a
// report about an overwritten tag just says less.
//
// Cost matters more than anything here, because a record is written on
// every retag. Indexing by tag number makes a thread's writes sequential
// (it takes tag numbers in batches), so records stream through the cache
// instead of evicting the borrow stacks; a creation record is one cache
// line; stack traces are a few frames from the frame-pointer unwinder
// (fast_unwind.h), appended to a ring (trace_ring.h) and referred to by
// position. Records take no locks (see CreationSlot).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_HISTORY_H
#define SBSAN_HISTORY_H

#include "borrow_stack.h"
#include "sbsan_common.h"
#include "sbsan_interface.h"
#include "trace_ring.h"

#include <atomic>

namespace sbsan {

enum class TagOrigin : uint8_t {
  Retag,      // __sbsan_retag / __sbsan_retag_shared_mixed
  HeapRoot,   // malloc & co.
  StackRoot,  // __sbsan_alloca
  GlobalRoot, // __sbsan_register_global
  Restrict,   // __sbsan_retag_restrict (items made lazily)
};

enum class Invalidation : uint8_t { None, Popped, Disabled };

// What a report learns about a tag (a copy; see HistoryTable::find).
struct TagRecord {
  Tag T = kWildcardTag;
  // Creation (Created is false if it is not known).
  bool Created = false;
  TagOrigin Origin = TagOrigin::Retag;
  Tag Parent = kWildcardTag;
  const sbsan_retag_site *Site = nullptr;
  uint64_t AllocSize = 0;   // roots: size of the allocation; retags: size
  uint32_t RetagKind = 0;   // SBSAN_RETAG_* kind and protector flags
  uint64_t CreateStack = 0; // trace ids (trace_ring.h); 0: no trace
  // The latest invalidation (How is None if there was none known).
  Invalidation How = Invalidation::None;
  AccessKind InvalAccess = AccessKind::Read;
  Tag InvalBy = kWildcardTag;
  uint64_t InvalStack = 0;
};

class HistoryTable {
public:
  // Frames kept per trace of retags and invalidations; heap roots (whose
  // first frames are allocator plumbing) get kRootFramesFactor times more.
  // A stack root keeps at most kStackRootFrames: its frame says which
  // variable it is, as in other sanitizers' reports, and its function's
  // caller tells the calls of a small helper apart. A frame's variables
  // are registered on every call, so deeper traces cost in every call.
  static constexpr unsigned kDefaultFrames = 8;
  static constexpr unsigned kRootFramesFactor = 2;
  static constexpr unsigned kStackRootFrames = 2;

  HistoryTable() = default;
  HistoryTable(const HistoryTable &) = delete;
  HistoryTable &operator=(const HistoryTable &) = delete;

  // 2^LogEntries records (96 bytes each) and a ring of traces (64 bytes
  // per record), reserved lazily by the kernel. Frames (1 to 32) bounds
  // each trace.
  bool init(unsigned LogEntries, unsigned Frames = kDefaultFrames);
  void destroy();
  bool enabled() const { return Creations != nullptr; }
  uint64_t size() const { return NumRecords; }
  unsigned frames() const { return Frames; }

  // Pc is the return address of the runtime entry point that creates or
  // invalidates the tag; the trace of the program above it is captured
  // here. Bp, if known, is that entry point's frame address (its frame
  // record holds Pc), which saves searching the runtime's own frames for
  // it (fast_unwind.h: captureFromEntry). Returns the creation trace's id.
  uint64_t recordCreation(Tag T, Tag Parent, TagOrigin Origin,
                          uint32_t RetagKind, uint64_t Size, uptr Pc,
                          const sbsan_retag_site *Site, uptr Bp = 0);
  // The same with the creation trace already captured (a trace id).
  void recordCreationAt(Tag T, Tag Parent, TagOrigin Origin, uint32_t RetagKind,
                        uint64_t Size, uint64_t Stack,
                        const sbsan_retag_site *Site);
  void recordInvalidation(Tag Victim, Invalidation How, AccessKind By,
                          Tag ByTag, uptr Pc);
  // The same with a trace already captured (StackId from captureStack).
  void recordInvalidationAt(Tag Victim, Invalidation How, AccessKind By,
                            Tag ByTag, uint64_t StackId);
  // Captures the program's trace at the entry point returning to Pc (whose
  // frame address is Bp, if known).
  SBSAN_NOINLINE uint64_t captureStack(uptr Pc, unsigned MaxFrames,
                                       uptr Bp = 0);
  // Copies the record of T, if it is still there.
  bool find(Tag T, TagRecord *Out);
  // The frames of a trace id (0 frames for id 0 or an overwritten trace).
  unsigned stack(uint64_t Id, uptr *Out, unsigned Max) const {
    return Traces.get(Id, Out, Max);
  }
  const TraceRing &traces() const { return Traces; }

  // Nothing to do: records take no locks (kept for the fork protocol).
  void lockAll() {}
  void unlockAll() {}

private:
  // Per tag number, a creation slot (one cache line) and an invalidation
  // slot (half of one), in separate arrays so that the frequent creations
  // stream through memory on their own. A creation slot is written once,
  // by the thread that made the tag; an invalidation slot by whichever
  // thread invalidates the tag last. Neither takes a lock: a writer stores
  // the fields, then a checksum of them and the tag, then the tag; a reader
  // accepts a copy only if the tag and the checksum agree with it, which
  // rejects slots being overwritten (by a newer tag of the same slot, or by
  // two threads at once) while it copied.
  struct alignas(64) CreationSlot {
    std::atomic<Tag> T;
    Tag Parent;
    const sbsan_retag_site *Site;
    uint64_t AllocSize;
    uint64_t CreateStack;
    uint32_t RetagKind;
    uint32_t Origin;
    uint64_t Check;
  };
  struct alignas(32) InvalidationSlot {
    std::atomic<Tag> T;
    Tag By;
    uint64_t StackAndKind; // trace id | How << 60 | access << 58
    uint64_t Check;
  };
  static_assert(sizeof(CreationSlot) == 64, "one cache line per record");
  static_assert(sizeof(InvalidationSlot) == 32, "two per cache line");

  // Tag number (the tag without its two class bits) modulo the size.
  uint64_t indexOf(Tag T) const {
    return (T >> kTagClassBits) & (NumRecords - 1);
  }

  CreationSlot *Creations = nullptr;
  InvalidationSlot *Invalidations = nullptr;
  uint64_t NumRecords = 0;
  unsigned Frames = kDefaultFrames;
  TraceRing Traces;
};

// Records the invalidations of one operation in a HistoryTable. One access
// over many granules invalidates the same few tags again and again; a small
// table of recent victims keeps that to about one record per tag, and the trace
// of the operation is captured once, on its first invalidation. A retag
// passes its new tag's creation trace, which is the same trace.
class HistoryObserver final : public InvalidationObserver {
public:
  HistoryObserver(HistoryTable &Table, uptr Pc, uptr Bp,
                  uint64_t KnownStack = 0)
      : Table(Table), Pc(Pc), Bp(Bp), StackId(KnownStack),
        Captured(KnownStack != 0) {}
  void invalidated(Item Victim, bool Popped, AccessKind By, Tag ByTag) override;

private:
  static constexpr unsigned kWindow = 8;
  HistoryTable &Table;
  uptr Pc, Bp;
  uint64_t StackId;
  bool Captured;
  // Recent victims, one per slot chosen by the tag: a tag found in its
  // slot was recorded already (one pushed out is only recorded again).
  Tag Recent[kWindow] = {};
};

} // namespace sbsan

#endif // SBSAN_HISTORY_H
