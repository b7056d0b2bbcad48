//===- protectors.h - Which protected tags are live -----------------------===//
//
// A function-entry retag protects its item until the call returns. Calls
// are tracked per thread as a stack of frames (FrameStack), keyed by the
// frame address the instrumented function passes to __sbsan_func_enter and
// __sbsan_func_exit. Instrumented code calls exit on every way out,
// unwinding included, so the frames normally pair up. Addresses decide
// the rest (the stack grows down):
//  - Equal addresses are nested calls, not ended ones: a callee inlined
//    into its caller after instrumentation shares the caller's frame.
//  - enter(F) ends the frames strictly below F: a call made from F's level
//    reuses their stack space, so they were left without an exit (longjmp,
//    an unwinder that runs no cleanups).
//  - exit(F) ends the innermost frame at F and the frames strictly below
//    it, which were left behind the same way.
//  - A runtime entry point is a real call (never inlined into instrumented
//    code), so every live instrumented frame is strictly above the entry
//    point's own frame address; frames at or below it have ended
//    (pruneAtOrBelow).
// A frame left behind at exactly the address of a later call cannot be
// told from a nested one; it ends with that call's caller at the latest.
//
// The stacks are consulted from any thread, so the live protected tags are
// also kept in one concurrent map (ProtectorMap) from tag to (kind, call).
// Only tags with bit 0 set can be in it (tags.h), so unprotected items never
// cost a look-up. Restrict tags (borrow_stack.h) also have their parent
// there while their call runs.
//
// Every call adds and removes its protected tags, and every retag that pops
// items asks about each popped tag, so the map is a direct-mapped table
// indexed by the tag number, read and written without locks: tag numbers
// are handed out in sequence (tags.h), so the live protected tags of nested
// calls fill consecutive slots. A tag whose slot is held by another live
// tag (one made 2^16 tag numbers earlier and still protected, as main's
// are) goes to a locked hash map instead, which is only consulted while it
// has entries. Tags are never reused, so a reader that finds its tag in a
// slot before and after reading the value has read that tag's value.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PROTECTORS_H
#define SBSAN_PROTECTORS_H

#include "borrow_stack.h"
#include "hash_map.h"
#include "sbsan_common.h"

#include <atomic>

namespace sbsan {

class ProtectorMap final : public ProtectorOracle {
public:
  ProtectorMap();
  ~ProtectorMap();
  ProtectorMap(const ProtectorMap &) = delete;
  ProtectorMap &operator=(const ProtectorMap &) = delete;

  ProtectorKind protectorOf(Tag T, uint64_t *CallId) const override;
  bool restrictParentOf(Tag R, Tag *Parent) const override;
  void add(Tag T, ProtectorKind Kind, uint64_t CallId);
  // A restrict tag: strongly protected, with the parent it derives from.
  void addRestrict(Tag R, Tag Parent, uint64_t CallId);
  void remove(Tag T);
  // Live protected tags (a scan: for statistics and tests).
  uint64_t size() const;
  void lockAll() {
    Overflow.lockAll();
    RestrictParents.lockAll();
  }
  void unlockAll() {
    RestrictParents.unlockAll();
    Overflow.unlockAll();
  }
  void reset();

private:
  static constexpr size_t kSlots = size_t(1) << 16;
  struct Slot {
    std::atomic<Tag> T;
    std::atomic<uint64_t> Value; // CallId << 2 | ProtectorKind; 0 while set
  };
  Slot &slotOf(Tag T) const { return Slots[(T >> 3) & (kSlots - 1)]; }

  Slot *Slots;                           // kSlots, mapped at construction
  std::atomic<uint64_t> OverflowLive{0}; // tags in Overflow
  ShardedU64Map Overflow;                // tag -> CallId << 2 | ProtectorKind
  ShardedU64Map RestrictParents;         // restrict tag -> parent tag
};

// The calls of one thread. Not thread safe: only its own thread uses it.
// Constant-initialized and trivially destructible, so it can live in TLS.
class FrameStack {
public:
  constexpr FrameStack() = default;

  // A call starts; frames strictly below Frame are gone.
  void enter(uptr Frame, ProtectorMap &Map) {
    if (NumFrames && Frames[NumFrames - 1].Addr < Frame)
      prune(Frame, Map);
    if (SBSAN_UNLIKELY(NumFrames == FrameCap))
      growFrames();
    Frames[NumFrames++] = {Frame, nextCallId(), NumTags};
  }
  // The innermost call with this frame returns (with any frames strictly
  // below it left behind). Without a frame at Frame, only those end.
  void exit(uptr Frame, ProtectorMap &Map) {
    // Frames strictly below the returning one are gone whether or not it
    // has a frame here (its enter may have come before the runtime was up).
    if (NumFrames && Frames[NumFrames - 1].Addr < Frame)
      prune(Frame, Map);
    if (NumFrames && Frames[NumFrames - 1].Addr == Frame)
      popFrame(Map);
  }
  // The runtime was entered with its own frame at Addr: every live frame
  // is strictly above it, so frames at or below it are gone.
  void pruneAtOrBelow(uptr Addr, ProtectorMap &Map) {
    if (NumFrames && Frames[NumFrames - 1].Addr <= Addr)
      prune(Addr + 1, Map);
  }
  // Protects T until the innermost frame ends. Returns false if there is
  // no frame (the tag is then not protected).
  bool protect(Tag T, ProtectorKind Kind, ProtectorMap &Map);
  // Same for a restrict tag R (strong) deriving from Parent.
  bool protectRestrict(Tag R, Tag Parent, ProtectorMap &Map);
  // Ends every frame (thread exit) and frees the arrays.
  void clear(ProtectorMap &Map);
  // Adds this stack's live tags to Map again (a forked child keeps only
  // its own thread, so its map is rebuilt from that thread's frames).
  void reregister(ProtectorMap &Map) const;

  uint32_t depth() const { return NumFrames; }
  bool empty() const { return NumFrames == 0; }
  uint64_t currentCallId() const {
    return NumFrames ? Frames[NumFrames - 1].CallId : 0;
  }
  uptr frameAddress(uint32_t I) const { return Frames[I].Addr; }

private:
  struct Frame {
    uptr Addr;
    uint64_t CallId;
    uint32_t FirstTag; // index into Tags of this frame's first tag
  };
  // Ends the frames strictly below Addr.
  void prune(uptr Addr, ProtectorMap &Map);
  // Ends the innermost frame, and its protectors if it made any.
  void popFrame(ProtectorMap &Map) {
    uint32_t First = Frames[--NumFrames].FirstTag;
    if (First != NumTags)
      endTags(First, Map);
  }
  // Ends the protectors of the tags from index First on.
  void endTags(uint32_t First, ProtectorMap &Map);
  bool addTag(Tag T, ProtectorKind Kind, Tag Parent, ProtectorMap &Map);
  void growFrames();
  // Call ids only need to be distinct; threads take them in batches.
  uint64_t nextCallId() {
    if (SBSAN_UNLIKELY(CallIdNext == CallIdEnd))
      takeCallIds();
    return CallIdNext++;
  }
  void takeCallIds();

  Frame *Frames = nullptr;
  uint32_t NumFrames = 0, FrameCap = 0;
  struct ProtectedTag {
    Tag T;
    Tag Parent; // restrict tags only
    ProtectorKind Kind;
  };
  ProtectedTag *Tags = nullptr;
  uint32_t NumTags = 0, TagCap = 0;
  uint64_t CallIdNext = 0, CallIdEnd = 0;
};

} // namespace sbsan

#endif // SBSAN_PROTECTORS_H
