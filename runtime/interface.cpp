//===- interface.cpp - The C entry points of sbsan_interface.h ------------===//
//
// A thin layer: argument checks, the shadow-word fast path, and calls into
// BorrowMemory / the protector frames / the reporter. Every entry point
// that may report captures its own return address and frame address, so
// stack traces start in the instrumented caller.
//
// This file also holds the TLS tag slots and the .preinit_array entry that
// runs __sbsan_init before any constructor. Instrumented code always
// references __sbsan_init, so this object (and, through it, the malloc
// interceptors) is always linked in.
//
//===----------------------------------------------------------------------===//

#include "sbsan_interface.h"

#include "allocator.h"
#include "counters.h"
#include "history.h"
#include "provenance.h"
#include "report.h"
#include "runtime.h"
#include "shadow_mapping.h"
#include "tags.h"

using namespace sbsan;

uint8_t __sbsan_elide_frozen_reborrows = 0;
__thread struct sbsan_tag_slot __sbsan_arg_slots[SBSAN_ARG_SLOTS]
    __attribute__((tls_model("initial-exec")));
__thread struct sbsan_tag_slot __sbsan_ret_slot
    __attribute__((tls_model("initial-exec")));

SBSAN_INTERFACE void __sbsan_init(void) { initRuntime(); }

// Runs before every constructor of the program and its libraries, with
// the environment as an argument (libc's environ is not set up yet).
static void preinit(int, char **, char **Envp) {
  setStartupEnvironment(Envp);
  initRuntime();
}
__attribute__((section(".preinit_array"),
               used)) static void (*PreinitEntry)(int, char **,
                                                  char **) = preinit;

// Pulls the malloc interceptors out of the archive even for a program that
// never calls malloc itself (libc and the loader still do).
extern "C" char __sbsan_malloc_interceptors_linked;
__attribute__((used)) static char *ForceInterceptors =
    &__sbsan_malloc_interceptors_linked;

// Runs a stack operation with a history observer when history is on (the
// observer records who invalidated which tag), with none otherwise.
template <class Operation>
static SBSAN_ALWAYS_INLINE bool withHistory(uptr Pc, uptr Bp, Operation &&Op,
                                            uint64_t KnownStack = 0) {
  if (history().enabled()) {
    HistoryObserver Obs(history(), Pc, Bp, KnownStack);
    return Op(&Obs);
  }
  return Op(nullptr);
}

// --- Accesses ------------------------------------------------------------

void sbsan::checkAccess(uptr A, uptr Size, Tag T, AccessKind Kind, uptr Pc,
                        uptr Bp, const char *Function) {
  pruneDeadFrames(Bp);
  MemViolation V;
  bool Ok = withHistory(Pc, Bp, [&](HistoryObserver *Obs) {
    return memory().access(A, Size, T, Kind, &V, Obs);
  });
  if (Ok)
    return;
  OperationInfo Op;
  Op.Op = Kind == AccessKind::Read ? OpKind::Read : OpKind::Write;
  Op.Addr = A;
  Op.Size = Size;
  Op.UsedTag = T;
  Op.Function = Function;
  reportViolation(Op, V, Pc, Bp);
}

static SBSAN_NOINLINE void accessSlow(uptr A, uptr Size, Tag T, AccessKind Kind,
                                      uptr Pc, uptr Bp) {
  if (!ensureCoreInit())
    return;
  countEvent(Event::AccessRuntime);
  checkAccess(A, Size, T, Kind, Pc, Bp);
}

// True when the shadow words alone allow the access (no call needed).
template <unsigned Size>
static SBSAN_ALWAYS_INLINE bool fastAllows(uptr A, Tag T, AccessKind Kind) {
  if (Size <= 8) {
    if ((A & 7) + Size > 8)
      return false;
    return wordAllows(resolveWord(*shadowWordFor(A)), T, Kind);
  }
  // 16 bytes: two whole granules when aligned (and both tracked ranges).
  if ((A & 7) || !isAppMem(A + 8))
    return false;
  return wordAllows(resolveWord(*shadowWordFor(A)), T, Kind) &&
         wordAllows(resolveWord(*shadowWordFor(A + 8)), T, Kind);
}

template <unsigned Size, AccessKind Kind>
static SBSAN_ALWAYS_INLINE void sizedAccess(const void *Addr, Tag T, uptr Pc,
                                            uptr Bp) {
  uptr A = reinterpret_cast<uptr>(Addr);
  if (T == kWildcardTag || !isAppMem(A) || SBSAN_UNLIKELY(!coreReady()))
    return;
  if (SBSAN_LIKELY(fastAllows<Size>(A, T, Kind)))
    return;
  accessSlow(A, Size, T, Kind, Pc, Bp);
}

#define SBSAN_DEFINE_ACCESS(Name, Size, Kind)                                  \
  SBSAN_INTERFACE void Name(const void *Addr, sbsan_tag T) {                   \
    sizedAccess<Size, Kind>(Addr, T, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP());  \
  }
SBSAN_DEFINE_ACCESS(__sbsan_read1, 1, AccessKind::Read)
SBSAN_DEFINE_ACCESS(__sbsan_read2, 2, AccessKind::Read)
SBSAN_DEFINE_ACCESS(__sbsan_read4, 4, AccessKind::Read)
SBSAN_DEFINE_ACCESS(__sbsan_read8, 8, AccessKind::Read)
SBSAN_DEFINE_ACCESS(__sbsan_read16, 16, AccessKind::Read)
SBSAN_DEFINE_ACCESS(__sbsan_write1, 1, AccessKind::Write)
SBSAN_DEFINE_ACCESS(__sbsan_write2, 2, AccessKind::Write)
SBSAN_DEFINE_ACCESS(__sbsan_write4, 4, AccessKind::Write)
SBSAN_DEFINE_ACCESS(__sbsan_write8, 8, AccessKind::Write)
SBSAN_DEFINE_ACCESS(__sbsan_write16, 16, AccessKind::Write)
#undef SBSAN_DEFINE_ACCESS

static SBSAN_ALWAYS_INLINE void rangeAccess(const void *Addr, uint64_t Size,
                                            Tag T, AccessKind Kind, uptr Pc,
                                            uptr Bp) {
  uptr A = reinterpret_cast<uptr>(Addr);
  if (T == kWildcardTag || Size == 0 || !coreReady())
    return;
  if (Size <= 8 && isAppMem(A) && (A & 7) + Size <= 8 &&
      wordAllows(resolveWord(*shadowWordFor(A)), T, Kind))
    return;
  accessSlow(A, Size, T, Kind, Pc, Bp);
}

SBSAN_INTERFACE void __sbsan_read(const void *Addr, uint64_t Size,
                                  sbsan_tag T) {
  rangeAccess(Addr, Size, T, AccessKind::Read, SBSAN_CURRENT_PC(),
              SBSAN_CURRENT_BP());
}

SBSAN_INTERFACE void __sbsan_write(const void *Addr, uint64_t Size,
                                   sbsan_tag T) {
  rangeAccess(Addr, Size, T, AccessKind::Write, SBSAN_CURRENT_PC(),
              SBSAN_CURRENT_BP());
}

// --- Retags --------------------------------------------------------------

static ProtectorKind protectorOfFlags(uint32_t Flags) {
  if (Flags & SBSAN_RETAG_PROTECT_STRONG)
    return ProtectorKind::Strong;
  if (Flags & SBSAN_RETAG_PROTECT_WEAK)
    return ProtectorKind::Weak;
  return ProtectorKind::None;
}

// A SharedReadOnly retag of bytes that are all frozen: its tag is a
// frozen-shared one (isFrozenSharedTag), all of whose items are
// SharedReadOnly.
static bool isFrozenSharedRetag(uint32_t Kind) {
  return (Kind & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_SHARED_RO &&
         !(Kind & kRetagMixedFlag);
}

// A fresh tag for a retag, protected by the innermost frame if asked and
// possible. Also records its creation.
// Stack (if not null) receives the id of the creation trace, which is also
// the trace of whatever the retag invalidates.
static Tag newRetagTag(Tag Parent, uint32_t Kind, uint64_t Size, uptr Pc,
                       uptr Bp, const sbsan_retag_site *Site, uint64_t *Stack) {
  pruneDeadFrames(Bp);
  ProtectorKind PK = protectorOfFlags(Kind);
  FrameStack &Frames = threadFrames();
  bool Protect = PK != ProtectorKind::None && Size && !Frames.empty();
  Tag New = newTag(Protect, isFrozenSharedRetag(Kind));
  if (Protect)
    Frames.protect(New, PK, protectors());
  else
    Kind &= ~uint32_t(SBSAN_RETAG_PROTECT_STRONG | SBSAN_RETAG_PROTECT_WEAK);
  if (history().enabled())
    *Stack = history().recordCreation(New, Parent, TagOrigin::Retag, Kind, Size,
                                      Pc, Site, Bp);
  return New;
}

// A retag of bytes without stacks (memory the runtime does not track: std's
// own variables, constants, buffers of uninstrumented allocators). Its
// access through the parent and its new item would change nothing, so what
// the full retag hands back is a tag with no item anywhere; this is that
// tag, without the protector (it guards items, and there are none) or the
// history record (a report about the tag then names no creation site).
static Tag untrackedRetagTag(uint32_t Kind) {
  countEvent(Event::RetagUntracked);
  bool RawChild = (Kind & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_UNIQUE &&
                  (Kind & SBSAN_RETAG_RAW_CHILD);
  return newTag(false, !RawChild && isFrozenSharedRetag(Kind));
}

// Reports a refused retag. The new tag's items exist only on the bytes
// before the refusal, so the pointer continues as a wildcard: once the
// report is made (or suppressed), its later uses are not reported again.
static SBSAN_NOINLINE sbsan_tag refusedRetag(uptr A, uint64_t Size, Tag Parent,
                                             Tag New, uint32_t Kind,
                                             const sbsan_retag_site *Site,
                                             const MemViolation &V, uptr Pc,
                                             uptr Bp) {
  OperationInfo Op;
  Op.Op = OpKind::Retag;
  Op.Addr = A;
  Op.Size = Size;
  Op.UsedTag = Parent;
  Op.NewTag = New;
  Op.RetagKind = Kind;
  Op.Site = Site;
  reportViolation(Op, V, Pc, Bp);
  return kWildcardTag;
}

// A SharedReadOnly reborrow of frozen bytes through a parent whose items
// are all SharedReadOnly (isFrozenSharedTag). The child's item would sit
// above the parent's with only SharedReadOnly items between and above them,
// so whatever pops one pops the other, neither is ever disabled, and both
// refuse writes and grant reads: the child is valid exactly where and as
// long as the parent is. Its tag can be the parent's, once a read through
// the parent is known to be allowed over the range (else the retag is made
// and refused as usual). A protected child adds a protector, which changes
// nothing while the parent is strongly protected by a call that is still
// running: that call encloses the child's (or runs on another thread, and
// may end first: then reports are only missed). What is given up
// (docs/design.md, "Elided reborrows"): a use of the child outside its own
// range but inside the parent's is not reported, and a report names the
// parent's protector, not the child's.
static bool isElidedReborrow(uptr A, uint64_t Size, Tag Parent, uint32_t Kind,
                             uptr Bp) {
  if (!isFrozenSharedRetag(Kind) || (Kind & SBSAN_RETAG_PROTECT_WEAK) ||
      !isFrozenSharedTag(Parent) || !flags().elide_frozen_reborrows)
    return false;
  if (Kind & SBSAN_RETAG_PROTECT_STRONG) {
    if (!mayBeProtected(Parent))
      return false;
    pruneDeadFrames(Bp);
    if (protectors().protectorOf(Parent, nullptr) != ProtectorKind::Strong)
      return false;
  }
  return memory().grantedAtTops(A, Size, Parent, AccessKind::Read) ||
         memory().wouldGrant(A, Size, Parent, AccessKind::Read);
}

static SBSAN_NOINLINE sbsan_tag retagImpl(uptr A, uint64_t Size, Tag Parent,
                                          uint32_t Kind,
                                          const sbsan_retag_site *Site, uptr Pc,
                                          uptr Bp) {
  if (!ensureCoreInit())
    return Parent;
  Permission Perm;
  switch (Kind & SBSAN_RETAG_KIND_MASK) {
  case SBSAN_RETAG_UNIQUE:
    Perm = Permission::Unique;
    break;
  case SBSAN_RETAG_SHARED_RW:
    Perm = Permission::SharedReadWrite;
    break;
  case SBSAN_RETAG_SHARED_RO:
    Perm = Permission::SharedReadOnly;
    break;
  default:
    return Parent; // unknown kind: derive nothing, keep the parent's rights
  }
  if (isElidedReborrow(A, Size, Parent, Kind, Bp)) {
    countEvent(Event::RetagElided);
    return Parent;
  }
  memory().prefetch(A, Size);
  if (flags().skip_untracked_retags && memory().untrackedRange(A, Size))
    return untrackedRetagTag(Kind);
  countEvent(Perm == Permission::Unique           ? Event::RetagUnique
             : Perm == Permission::SharedReadOnly ? Event::RetagSharedRO
                                                  : Event::RetagSharedRW);
  uint64_t Stack = 0;
  Tag New = newRetagTag(Parent, Kind, Size, Pc, Bp, Site, &Stack);
  bool RawChild = Perm == Permission::Unique && (Kind & SBSAN_RETAG_RAW_CHILD);
  Tag Child = kWildcardTag;
  if (RawChild) {
    Child = newTag(false);
    if (history().enabled())
      history().recordCreationAt(Child, New, TagOrigin::Retag,
                                 SBSAN_RETAG_SHARED_RW, Size, Stack, Site);
  }
  if (!Size)
    return RawChild ? Child : New;
  MemViolation V;
  bool Ok = withHistory(
      Pc, Bp,
      [&](HistoryObserver *Obs) {
        return memory().retag(A, Size, Parent, New, Perm, &V, Obs, Child);
      },
      Stack);
  if (!Ok)
    return refusedRetag(A, Size, Parent, New, Kind, Site, V, Pc, Bp);
  return RawChild ? Child : New;
}

// A retag without a child over at most this many bytes, or inside one run
// with at most kNoChildAccessHoleGranules granules in its holes, whose
// parent is not on top is answered by the retag's own access through the
// parent: a walk of a few granules or steps, where the retag would walk
// the same and also make a tag, record its history and push an item that
// is dead at once. Other ranges may be fragmented, and the walk then
// costs more than the retag.
constexpr uint64_t kNoChildAccessBytes = 8 * kGranuleSize;
constexpr uint64_t kNoChildAccessHoleGranules = 16;

// The access a retag of Kind makes through its parent, made alone. False
// (the retag is then made, and refused at the same byte) if it is refused.
static SBSAN_NOINLINE bool answeredByAccess(uptr A, uint64_t Size, Tag Parent,
                                            uint32_t Kind, uptr Pc, uptr Bp) {
  AccessKind Access = (Kind & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_UNIQUE
                          ? AccessKind::Write
                          : AccessKind::Read;
  pruneDeadFrames(Bp);
  MemViolation V;
  return withHistory(Pc, Bp, [&](HistoryObserver *Obs) {
    return memory().access(A, Size, Parent, Access, &V, Obs);
  });
}

SBSAN_INTERFACE sbsan_tag __sbsan_retag(const void *Addr, uint64_t Size,
                                        sbsan_tag Parent, uint32_t Kind,
                                        const struct sbsan_retag_site *Site) {
  // A retag without a child is answered with the parent's tag when its
  // access through the parent leaves the stacks as the real retag would,
  // but for the child's item, which is dead as soon as the reference is
  // (docs/design.md section 5): when the words show that the access
  // changes nothing (the common case: the parent is on top), without a
  // frame or history; over a few granules, by making the access. Any
  // other is made as written. With SBSAN_RETAG_PARENT_SHARED the argument
  // needs the parent's item shared with no Unique item above it: the
  // words show it, or the stacks do (the parent is a quiet reader of each,
  // and the words then say so for the next time).
  uptr A = reinterpret_cast<uptr>(Addr);
  if ((Kind & SBSAN_RETAG_NO_CHILD) && Parent != kWildcardTag && coreReady() &&
      (Kind & SBSAN_RETAG_KIND_MASK) != SBSAN_RETAG_SHARED_RW) {
    if (memory().grantedAtTops(A, Size, Parent, sbsan_no_child_low(Kind),
                               sbsan_no_child_bound(Kind)) ||
        ((Kind & SBSAN_RETAG_PARENT_SHARED) &&
         memory().readsQuietly(A, Size, Parent)) ||
        (Size && !(Kind & SBSAN_RETAG_PARENT_SHARED) &&
         (Size <= kNoChildAccessBytes ||
          memory().inOneRunWithFewHoles(A, Size, kNoChildAccessHoleGranules)) &&
         answeredByAccess(A, Size, Parent, Kind, SBSAN_CURRENT_PC(),
                          SBSAN_CURRENT_BP()))) {
      countEvent(Event::RetagNoChild);
      return Parent;
    }
  }
  return retagImpl(A, Size, Parent,
                   Kind & ~(SBSAN_RETAG_NO_CHILD | SBSAN_RETAG_PARENT_SHARED),
                   Site, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP());
}

SBSAN_INTERFACE sbsan_tag __sbsan_retag_shared_mixed(
    const void *Addr, uint64_t Size, sbsan_tag Parent,
    const uint64_t *CellRanges, uint64_t NumRanges, uint32_t Flags,
    const struct sbsan_retag_site *Site) {
  uptr Pc = SBSAN_CURRENT_PC(), Bp = SBSAN_CURRENT_BP();
  uptr A = reinterpret_cast<uptr>(Addr);
  if (!ensureCoreInit())
    return Parent;
  if (!NumRanges || !CellRanges)
    return retagImpl(A, Size, Parent,
                     SBSAN_RETAG_SHARED_RO | (Flags & ~SBSAN_RETAG_KIND_MASK),
                     Site, Pc, Bp);
  uint32_t Kind = SBSAN_RETAG_SHARED_RO | kRetagMixedFlag |
                  (Flags & ~SBSAN_RETAG_KIND_MASK);
  if (flags().skip_untracked_retags && memory().untrackedRange(A, Size))
    return untrackedRetagTag(Kind);
  uint64_t Stack = 0;
  Tag New = newRetagTag(Parent, Kind, Size, Pc, Bp, Site, &Stack);
  if (!Size)
    return New;
  MemViolation V;
  bool Ok = withHistory(
      Pc, Bp,
      [&](HistoryObserver *Obs) {
        return memory().retagSharedMixed(A, Size, Parent, New, CellRanges,
                                         NumRanges, &V, Obs);
      },
      Stack);
  if (!Ok)
    return refusedRetag(A, Size, Parent, New, Kind, Site, V, Pc, Bp);
  return New;
}

SBSAN_INTERFACE sbsan_tag __sbsan_retag_restrict(
    const void *Addr, sbsan_tag Parent, const struct sbsan_retag_site *Site) {
  uptr Pc = SBSAN_CURRENT_PC(), Bp = SBSAN_CURRENT_BP();
  if (!ensureCoreInit())
    return Parent;
  pruneDeadFrames(Bp);
  FrameStack &Frames = threadFrames();
  // Without a frame nothing would end the restriction: keep the parent's
  // rights instead.
  if (Frames.empty())
    return Parent;
  Tag New = newRestrictTag();
  Frames.protectRestrict(New, Parent, protectors());
  if (history().enabled())
    history().recordCreation(New, Parent, TagOrigin::Restrict,
                             SBSAN_RETAG_PROTECT_STRONG, 0, Pc, Site);
  (void)Addr; // the items are made on first access, per byte
  return New;
}

// --- Protector frames ----------------------------------------------------

SBSAN_INTERFACE void __sbsan_func_enter(const void *Frame) {
  if (SBSAN_UNLIKELY(!coreReady()))
    return;
  countEvent(Event::CallEnter);
  enterFrame(reinterpret_cast<uptr>(Frame));
}

SBSAN_INTERFACE void __sbsan_func_exit(const void *Frame) {
  if (SBSAN_UNLIKELY(!coreReady()))
    return;
  exitFrame(reinterpret_cast<uptr>(Frame));
}

// --- Allocations the pass knows about -----------------------------------

SBSAN_INTERFACE sbsan_tag __sbsan_alloca(const void *Addr, uint64_t Size,
                                         const sbsan_retag_site *Site) {
  uptr Pc = SBSAN_CURRENT_PC(), Bp = SBSAN_CURRENT_BP();
  if (!ensureCoreInit())
    return kWildcardTag;
  Tag Root = newTag(false);
  uptr A = reinterpret_cast<uptr>(Addr);
  memory().track(A, Size, Root, Permission::Unique);
  if (history().enabled())
    history().recordCreation(Root, kWildcardTag, TagOrigin::StackRoot, 0,
                             Site && Site->var_size ? Site->var_size : Size, Pc,
                             Site, Bp);
  return Root;
}

SBSAN_INTERFACE void __sbsan_dealloca(const void *Addr, uint64_t Size) {
  if (!coreReady())
    return;
  uptr A = reinterpret_cast<uptr>(Addr);
  memory().untrack(A, Size);
  clearProvenance(A, Size); // the slot will hold other frames' data
}

SBSAN_INTERFACE void __sbsan_register_global(const void *Addr, uint64_t Size) {
  if (!ensureCoreInit())
    return;
  // Registering twice (one global seen by two modules) must not reset
  // stacks already in use.
  memory().trackIfUntracked(reinterpret_cast<uptr>(Addr), Size, kGlobalRootTag,
                            Permission::SharedReadWrite);
}

SBSAN_INTERFACE void __sbsan_expose(const void *Addr, sbsan_tag T) {
  if (T == kWildcardTag || !coreReady())
    return;
  // Exposure is bookkeeping only (wildcard accesses are always granted);
  // it is recorded on the granule the integer was made from.
  uptr A = reinterpret_cast<uptr>(Addr);
  memory().expose(roundDownTo(A, kGranuleSize), kGranuleSize, T);
}

// --- Provenance ----------------------------------------------------------

SBSAN_INTERFACE void __sbsan_store_ptr(const void *Slot, const void *Value,
                                       sbsan_tag T) {
  storeProvenance(reinterpret_cast<uptr>(Slot), reinterpret_cast<uptr>(Value),
                  T);
}

SBSAN_INTERFACE sbsan_tag __sbsan_load_ptr(const void *Slot,
                                           const void *Value) {
  return loadProvenance(reinterpret_cast<uptr>(Slot),
                        reinterpret_cast<uptr>(Value));
}

SBSAN_INTERFACE void __sbsan_copy_provenance(void *Dst, const void *Src,
                                             uint64_t Size) {
  copyProvenance(reinterpret_cast<uptr>(Dst), reinterpret_cast<uptr>(Src),
                 Size);
}

SBSAN_INTERFACE void __sbsan_clear_provenance(void *Dst, uint64_t Size) {
  clearProvenance(reinterpret_cast<uptr>(Dst), Size);
}

// --- Debugging aids (Miri's names) ---------------------------------------

SBSAN_INTERFACE uint64_t miri_get_alloc_id(const void *Ptr) {
  if (!ensureCoreInit())
    return 0;
  return allocationIdOf(reinterpret_cast<uptr>(Ptr));
}

SBSAN_INTERFACE void miri_print_borrow_state(uint64_t AllocId,
                                             bool ShowUnnamed) {
  (void)ShowUnnamed; // every item is printed; tags have no names
  if (!ensureCoreInit())
    return;
  printBorrowState(AllocId);
}
