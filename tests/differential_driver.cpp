//===- differential_driver.cpp - BorrowMemory against the reference -------===//
//
// The generator works on a 512-byte arena that holds at most four live
// allocations of 1..200 bytes at any byte offset, often placed right after
// or before another one (so two allocations share a granule), where a
// freed one was (so old tags become stale there) or over a live one that
// is never untracked (a plain track resets stacks in use). Simulated
// threads take tag numbers in small batches as tags.h describes, so one
// thread's new tags can be smaller than another's older root (tags that
// lose precision, never soundness); heap roots are the newest tag of all.
// Tags are N << 3 | class, which both the older N << 2 numbering and the
// newer one with a "frozen SharedReadOnly" bit (bit 2) accept; that bit is
// set only on tags of SharedReadOnly retags without cells, as promised.
//
// Operations: track (heap-like SharedReadWrite root or stack-like Unique
// root), global registration (trackIfUntracked with kGlobalRootTag, over
// free or used bytes), free (checkDealloc, mostly of the allocation, then
// untrack), untrack of a range around an allocation, the three retags and
// retag to Disabled, with or without a weak or strong protector, the
// mixed shared retag with random cell ranges (unsorted, overlapping,
// partly outside), read, write, expose, entering and leaving calls of
// three simulated threads (leaving ends the protectors that call's retags
// made), and bulk retags that push a byte past BorrowStack::kMaxItems so
// that the bound and the truncated flag come into play. Ranges are whole
// allocations, single bytes, odd sub-ranges, an allocation plus some of
// its surroundings, or anywhere in the arena (zero-sized included). Tags
// used as parents or for accesses come from the stacks of the range (live
// tags), from the tags ever made for the allocation (often popped), its
// root, the wildcard, tags older than the root (stale), tags of other
// allocations and never-used tags.
//
// Deliberately left out: restrict tags (reference_model.h does not model
// them), the wildcard as a new tag (BorrowMemory does nothing then, which
// is not interesting), roots that are not Unique or SharedReadWrite (the
// dealloc fast path assumes a writable root), and concurrency (one real
// thread; "threads" here are only protector frames and tag batches).
//
//===----------------------------------------------------------------------===//

#include "differential_driver.h"

#include "sbsan_test_arena.h" // TestOracle

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace sbsan_test {
namespace {

constexpr uptr kBase = 0x100000; // a chunk boundary of the state table
constexpr uptr kArenaBytes = 512;
constexpr unsigned kMaxLive = 4;
constexpr unsigned kThreads = 3;
constexpr uint64_t kBatch = 4; // tag numbers a simulated thread takes at once
constexpr unsigned kClassBits = 3; // low tag bits that are not the number

// Hands out parts of the input; past its end every read is 0.
class ByteReader {
public:
  ByteReader(const uint8_t *Data, size_t Size) : Data(Data), Size(Size) {}
  bool done() const { return Pos >= Size; }
  uint8_t byte() { return Pos < Size ? Data[Pos++] : 0; }
  // A value in [0, N).
  uint64_t below(uint64_t N) {
    if (N <= 1)
      return 0;
    uint64_t V = byte();
    if (N > 256)
      V = V << 8 | byte();
    return V % N;
  }
  bool chance(unsigned Percent) { return below(100) < Percent; }

private:
  const uint8_t *Data;
  size_t Size;
  size_t Pos = 0;
};

const char *permName(Permission P) {
  switch (P) {
  case Permission::Unique:
    return "U";
  case Permission::SharedReadWrite:
    return "SRW";
  case Permission::SharedReadOnly:
    return "SRO";
  case Permission::Disabled:
    return "Dis";
  }
  return "?";
}

const char *kindName(ViolationKind K) {
  switch (K) {
  case ViolationKind::None:
    return "None";
  case ViolationKind::AccessNotGranted:
    return "AccessNotGranted";
  case ViolationKind::RetagNotGranted:
    return "RetagNotGranted";
  case ViolationKind::ProtectedInvalidation:
    return "ProtectedInvalidation";
  case ViolationKind::DeallocNotGranted:
    return "DeallocNotGranted";
  case ViolationKind::DeallocProtected:
    return "DeallocProtected";
  }
  return "?";
}

const char *protName(ProtectorKind K) {
  return K == ProtectorKind::Strong ? "strong"
         : K == ProtectorKind::Weak ? "weak"
                                    : "none";
}

std::string tagStr(Tag T) {
  return T == kWildcardTag ? "*" : std::to_string(T);
}

std::string itemStr(Item I) {
  return tagStr(I.tag()) + ":" + permName(I.perm()) + (I.exposed() ? "x" : "");
}

std::string itemsStr(const Item *Items, size_t N, bool Truncated) {
  std::string S = "[";
  for (size_t I = 0; I < N; ++I)
    S += (I ? " " : "") + itemStr(Items[I]);
  return S + "]" + (Truncated ? " truncated" : "");
}

std::string rangeStr(uptr Off, uptr Size) {
  return "[+" + std::to_string(Off) + ",+" + std::to_string(Off + Size) + ")";
}

std::string outcomeStr(bool Ok, const MemViolation &V) {
  if (Ok)
    return "ok";
  std::ostringstream S;
  S << "refused " << kindName(V.V.Kind) << " at +" << (V.Addr - kBase)
    << " (reason " << int(V.V.Reason) << ", "
    << (V.V.Access == AccessKind::Read ? "read" : "write") << " via "
    << tagStr(V.V.UsedTag);
  if (V.V.Protector != ProtectorKind::None)
    S << ", protected " << itemStr(V.V.Protected) << " "
      << protName(V.V.Protector) << " call " << V.V.ProtectorCall;
  S << ")";
  return S.str();
}

std::string eventsStr(const RefEvents &Ev) {
  std::string S = "{";
  for (const RefEvent &E : Ev)
    S += " " + itemStr(E.Victim) + (E.Popped ? " popped" : " disabled") +
         " by " + (E.By == AccessKind::Read ? "read" : "write") + " via " +
         tagStr(E.ByTag) + ";";
  return S + " }";
}

class Recorder : public InvalidationObserver {
public:
  void invalidated(Item Victim, bool Popped, AccessKind By,
                   Tag ByTag) override {
    Events.insert({Victim, Popped, By, ByTag});
  }
  RefEvents Events;
};

struct Alloc {
  uptr Off, Size;
  Tag Root;
  bool Live;
  std::vector<Tag> Tags; // every tag made for it, popped ones included
};

struct SimThread {
  uint64_t Next = 0, End = 0;           // the current batch of numbers
  std::vector<std::vector<Tag>> Frames; // protected tags per running call
};

struct Range {
  uptr Off, Size;
};

// One engine for the whole process: BorrowMemory::destroy walks every
// slot of the state table's 1 MiB chunk, which would cost more than a
// whole run. Each run starts by clearing what an earlier (possibly
// failed) run left, and ends by checking that untracking everything left
// nothing behind.
struct Harness {
  Harness()
      : Words(kArenaBytes / kGranuleSize, 0),
        Engine(ShadowAccessor::arena(kBase, kBase + kArenaBytes, Words.data()),
               Oracle) {
    Ready = Engine.init();
  }

  void reset() {
    Engine.untrack(kBase, kArenaBytes);
    for (Tag T : Protected)
      Oracle.end(T);
    Protected.clear();
  }

  std::vector<uint64_t> Words; // the arena's shadow words
  TestOracle Oracle;
  BorrowMemory Engine;
  bool Ready = false;
  std::vector<Tag> Protected; // tags the oracle may still protect
};

Harness &harness() {
  static Harness *H = new Harness(); // never destroyed: see above
  return *H;
}

class Run {
public:
  Run(const uint8_t *Data, size_t Size, const DifferentialOptions &Opts)
      : Opts(Opts), In(Data, Size), H(harness()), Oracle(H.Oracle),
        Engine(H.Engine), Ref(Oracle, kBase, kBase + kArenaBytes) {
    Ref.Mutation = Opts.Mutation;
    H.reset();
    Engine.setCoalescing(Opts.Coalesce ? 2 : 0);
    // Deep-stack approximation on detach, at depths random sequences reach.
    Engine.setDetachedKeep(1, 1);
  }

  bool go(std::string *Report, DifferentialStats *Stats) {
    if (!H.Ready) {
      *Report = "BorrowMemory::init failed";
      return false;
    }
    uint64_t CoalescedBefore = Engine.coalescedRuns();
    bool Ok = sameState();
    for (unsigned N = 0; N < Opts.MaxOps && !In.done() && Ok && !Undefined;
         ++N)
      Ok = step();
    if (Ok) {
      note("untrack everything");
      Engine.untrack(kBase, kArenaBytes);
      Ref.untrack(kBase, kArenaBytes);
      Ok = sameState();
    }
    this->Stats.Coalesced = unsigned(Engine.coalescedRuns() - CoalescedBefore);
    if (Stats)
      *Stats = this->Stats;
    if (Ok)
      return true;
    std::ostringstream S;
    S << "BorrowMemory and the reference differ after operation #"
      << Log.size() - 1 << ": " << Failure << "\noperations (offsets from "
      << std::hex << "0x" << kBase << std::dec << "):\n";
    for (size_t I = 0; I < Log.size(); ++I)
      S << "  #" << I << " " << Log[I] << "\n";
    *Report = S.str();
    return false;
  }

private:
  // --- Tags --------------------------------------------------------------

  // Tag number N is N << 3 | class: bit 0 for protected retags, bit 2 for
  // SharedReadOnly retags of frozen bytes (every item of such a tag is
  // SharedReadOnly), never both low bits (restrict tags), as tags.h does.
  Tag newTag(unsigned Th, bool Protected, bool Frozen = false) {
    SimThread &T = Threads[Th];
    if (T.Next == T.End) {
      T.Next = NextNumber;
      T.End = NextNumber + kBatch;
      NextNumber += kBatch;
    }
    Tag R = (T.Next++ << kClassBits) | (Frozen ? 4 : 0) | (Protected ? 1 : 0);
    AllTags.push_back(R);
    return R;
  }

  // Larger than every tag so far, smaller than the thread's later ones.
  Tag newRootTag(unsigned Th) {
    Tag R = NextNumber++ << kClassBits;
    Threads[Th].Next = Threads[Th].End;
    AllTags.push_back(R);
    return R;
  }

  Tag chooseTag(const Alloc *A, Range R) {
    unsigned Pick = unsigned(In.below(20));
    if (Pick < 9 && R.Size) {
      // An item of the stack of a byte of the range: mostly the top one.
      if (const RefStack *S = Ref.stackAt(kBase + R.Off + In.below(R.Size))) {
        size_t N = S->Items.size();
        return S->Items[In.chance(50) ? N - 1 : In.below(N)].tag();
      }
    }
    if (Pick < 12 && A && !A->Tags.empty())
      return A->Tags[In.below(A->Tags.size())];
    if (Pick < 14 && A)
      return A->Root;
    if (Pick < 15)
      return kWildcardTag;
    if (Pick < 17) {
      // Older than the root: made before this allocation existed.
      Tag Root = A ? A->Root : kGlobalRootTag;
      std::vector<Tag> Older;
      for (Tag T : AllTags)
        if (T < Root)
          Older.push_back(T);
      if (!Older.empty())
        return Older[In.below(Older.size())];
      return Tag(In.below(Root >> kClassBits)) << kClassBits; // made up
    }
    if (Pick < 18 && !AllTags.empty())
      return AllTags[In.below(AllTags.size())];
    // Made now, by some thread: newer than the root unless the thread's
    // batch is older than it.
    // (One read per statement: argument order is unspecified, and gcc and
    // clang builds must decode an input alike.)
    unsigned Th = unsigned(In.below(kThreads));
    return newTag(Th, In.chance(30));
  }

  // --- Ranges ------------------------------------------------------------

  unsigned liveCount() const {
    unsigned N = 0;
    for (const Alloc &A : Allocs)
      N += A.Live;
    return N;
  }

  Alloc *chooseLive() {
    std::vector<Alloc *> Live;
    for (Alloc &A : Allocs)
      if (A.Live)
        Live.push_back(&A);
    if (Live.empty())
      return nullptr;
    return Live[In.below(Live.size())];
  }

  Range randomRange() {
    uptr Off = In.below(kArenaBytes);
    if (In.below(20) == 0)
      return {Off, 0};
    return {Off, 1 + In.below(std::min<uptr>(200, kArenaBytes - Off))};
  }

  Range chooseRange(const Alloc *A) {
    if (!A)
      return randomRange();
    switch (In.below(10)) {
    case 0:
    case 1:
    case 2:
      return {A->Off, A->Size};
    case 3:
    case 4:
      return {A->Off + In.below(A->Size), 1};
    case 5:
    case 6:
    case 7: {
      uptr O = In.below(A->Size);
      return {A->Off + O, 1 + In.below(A->Size - O)};
    }
    case 8: {
      uptr Before = In.below(10), After = In.below(10);
      uptr Lo = A->Off >= Before ? A->Off - Before : 0;
      uptr Hi = std::min(A->Off + A->Size + After, kArenaBytes);
      return {Lo, Hi - Lo};
    }
    default:
      return randomRange();
    }
  }

  // The free stretch [*Lo, *Hi) around offset P, if P is not in a live
  // allocation.
  bool gapAround(uptr P, uptr *Lo, uptr *Hi) const {
    *Lo = 0;
    *Hi = kArenaBytes;
    for (const Alloc &A : Allocs) {
      if (!A.Live)
        continue;
      if (P >= A.Off && P < A.Off + A.Size)
        return false;
      if (A.Off + A.Size <= P)
        *Lo = std::max(*Lo, A.Off + A.Size);
      else
        *Hi = std::min(*Hi, A.Off);
    }
    return true;
  }

  bool overlapsLive(Range R) const {
    for (const Alloc &A : Allocs)
      if (A.Live && R.Off < A.Off + A.Size && A.Off < R.Off + R.Size)
        return true;
    return false;
  }

  // --- Comparison --------------------------------------------------------

  bool fail(const std::string &Why) {
    Failure = Why;
    return false;
  }

  bool sameOutcome(bool EngOk, const MemViolation &EV, const Recorder &ER,
                   bool RefOk, const MemViolation &RV, const RefEvents &REv) {
    std::string E = outcomeStr(EngOk, EV), R = outcomeStr(RefOk, RV);
    if (Opts.Coalesce) {
      if (!EngOk && RefOk)
        return fail("false report: engine " + E + ", reference allows it");
      Undefined = !RefOk;
      Log.back() += " -> " + E + (Undefined ? " (reference " + R + ")" : "");
      return true;
    }
    bool Same = EngOk == RefOk;
    if (Same && !EngOk)
      Same = EV.Addr == RV.Addr && EV.V.Kind == RV.V.Kind &&
             EV.V.Reason == RV.V.Reason && EV.V.Access == RV.V.Access &&
             EV.V.UsedTag == RV.V.UsedTag && EV.V.Protector == RV.V.Protector &&
             (RV.V.Protector == ProtectorKind::None ||
              (withoutExposure(EV.V.Protected) ==
                   withoutExposure(RV.V.Protected) &&
               EV.V.ProtectorCall == RV.V.ProtectorCall));
    if (!Same)
      return fail("engine " + E + ", reference " + R);
    // After a refusal the engine may have gone on past the refusing byte
    // (adoptAfterRefusal): it may have heard of more invalidations.
    if (EngOk ? ER.Events != REv
              : !std::includes(ER.Events.begin(), ER.Events.end(),
                               REv.begin(), REv.end()))
      return fail("invalidation events: engine " + eventsStr(ER.Events) +
                  ", reference " + eventsStr(REv));
    Log.back() += " -> " + E;
    if (!EngOk) {
      ++Stats.Refusals;
      ++Stats.ByKind[unsigned(EV.V.Kind) % 6];
    }
    return true;
  }

  // A refused range operation stops at the lowest refusing byte, but the
  // bytes above it may have been updated already: a run is updated as a
  // whole before its holes are visited (borrow_memory.h). Each byte above
  // the refusal must hold either its old stack or the one the operation
  // gives it; the reference takes the engine's choice. Apply(M, From, To,
  // Out) runs the operation on M over [From, To).
  template <typename Fn>
  bool adoptAfterRefusal(uptr FailAddr, uptr End, Fn &&Apply) {
    for (uptr From = FailAddr + 1; From < End;) {
      ReferenceMemory Trial(Ref);
      MemViolation TV;
      uptr Stop = Apply(Trial, From, End, &TV) ? End : TV.Addr;
      for (uptr A = From; A < Stop; ++A) {
        bool Truncated = false, RootBlock = false;
        uint32_t N = Engine.stackAt(A, Buf, BorrowStack::kMaxItems,
                                    &Truncated, &RootBlock);
        const RefStack *T = Trial.stackAt(A);
        if (!T || N != T->Items.size() || Truncated != T->Truncated ||
            RootBlock != T->RootBlockIncomplete)
          continue; // must be the old stack: sameState checks
        bool Applied = true;
        for (uint32_t I = 0; Applied && I < N; ++I)
          Applied = withoutExposure(Buf[I]) == withoutExposure(T->Items[I]);
        const RefStack *Old = Ref.stackAt(A);
        if (Applied && !(Old && sameIgnoringExposure(*Old, *T)))
          Ref.copyByte(Trial, A);
      }
      From = Stop + 1;
    }
    return true;
  }

  // True if the engine's bytes of the granule differ in exposed bits: it
  // may expose more bytes than asked (a whole run), and then keeps the
  // granule's bytes apart.
  bool exposureDiffers(uptr Granule) {
    std::vector<Item> First;
    for (uptr B = 0; B < kGranuleSize; ++B) {
      uint32_t N = Engine.stackAt(Granule + B, Buf, BorrowStack::kMaxItems,
                                  nullptr);
      std::vector<Item> Items(Buf, Buf + std::min<uint32_t>(
                                             N, BorrowStack::kMaxItems));
      if (B == 0)
        First = Items;
      else if (Items != First)
        return true;
    }
    return false;
  }

  // Stacks, tracked bytes, words and granule invariants of the bytes
  // [Lo, Hi) of the arena.
  bool sameState(uptr Lo = 0, uptr Hi = kArenaBytes) {
    bool AnyTruncated = false;
    for (uptr Off = Lo; Off < Hi; ++Off) {
      uptr A = kBase + Off;
      bool Truncated = false, RootBlock = false;
      uint32_t N = Engine.stackAt(A, Buf, BorrowStack::kMaxItems, &Truncated,
                                  &RootBlock);
      uint32_t Shown = std::min<uint32_t>(N, BorrowStack::kMaxItems);
      const RefStack *R = Ref.stackAt(A);
      auto Where = [Off] { return "byte +" + std::to_string(Off) + ": "; };
      if (Engine.isTracked(A) != (R != nullptr))
        return fail(Where() + (R ? "engine untracked" : "engine tracked"));
      if (Opts.Coalesce)
        continue; // approximated stacks: only the verdicts are compared
      if (!R) {
        if (N)
          return fail(Where() + "untracked, engine stack " +
                      itemsStr(Buf, Shown, Truncated));
        continue;
      }
      bool Same = N == R->Items.size() && Truncated == R->Truncated &&
                  RootBlock == R->RootBlockIncomplete;
      for (uint32_t I = 0; Same && I < N; ++I)
        Same = withoutExposure(Buf[I]) == withoutExposure(R->Items[I]) &&
               (Buf[I].exposed() || !R->Items[I].exposed());
      if (!Same)
        return fail(Where() + "engine " + itemsStr(Buf, Shown, Truncated) +
                    ", reference " +
                    itemsStr(R->Items.data(), R->Items.size(), R->Truncated));
      Stats.MaxStack = std::max<unsigned>(Stats.MaxStack, N);
      AnyTruncated |= Truncated;
    }
    SawTruncated = AnyTruncated;
    for (uptr G = roundDownTo(Lo, kGranuleSize); G < Hi; G += kGranuleSize) {
      uint64_t W = Engine.shadowWord(kBase + G),
               X = Ref.expectedWord(kBase + G);
      if (!Opts.Coalesce && W != X && W != Ref.expectedWord(kBase + G, true) &&
          !(W == kWordSlow && exposureDiffers(kBase + G)) &&
          !Ref.isQuietReaderWord(kBase + G, W))
        return fail("granule +" + std::to_string(G) + ": shadow word " +
                    std::to_string(W) + ", expected " + std::to_string(X));
      const char *Why = nullptr;
      if (!Engine.verifyGranule(kBase + G, &Why))
        return fail("granule +" + std::to_string(G) +
                    " fails verifyGranule: " + (Why ? Why : "?"));
    }
    return true;
  }

  void note(const std::string &S) { Log.push_back(S); }

  // --- Operations --------------------------------------------------------

  bool step() {
    ++Stats.Ops;
    bool Ok = dispatch();
    Stats.Truncated += SawTruncated;
    return Ok;
  }

  bool dispatch() {
    unsigned Th = unsigned(In.below(kThreads));
    unsigned Op = unsigned(In.below(32));
    if (liveCount() == 0 && In.chance(70))
      Op = 0;
    if (Op < 3)
      return opTrack(Th);
    if (Op < 5)
      return opFree();
    if (Op < 6)
      return opUntrack();
    if (Op < 7)
      return opGlobal();
    if (Op < 10)
      return opRetag(Th, Permission::Unique);
    if (Op < 13)
      return opRetag(Th, Permission::SharedReadOnly);
    if (Op < 16)
      return opRetag(Th, In.chance(90) ? Permission::SharedReadWrite
                                       : Permission::Disabled);
    if (Op < 18)
      return opMixed(Th);
    if (Op < 22)
      return opAccess(AccessKind::Read);
    if (Op < 26)
      return opAccess(AccessKind::Write);
    if (Op < 27)
      return opExpose();
    if (Op < 29)
      return opEnter(Th);
    if (Op < 31)
      return opExit(Th);
    return opBulk(Th);
  }

  bool opTrack(unsigned Th) {
    if (liveCount() >= kMaxLive)
      return true;
    uptr Size = In.chance(50) ? 1 + In.below(16) : 1 + In.below(200);
    Alloc *Near = chooseLive();
    std::vector<const Alloc *> Dead;
    for (const Alloc &A : Allocs)
      if (!A.Live)
        Dead.push_back(&A);
    uptr Start, Lo, Hi;
    switch (In.below(5)) {
    case 0: // right after another allocation
      Start = Near ? Near->Off + Near->Size : In.below(kArenaBytes);
      break;
    case 1: // right before another allocation
      if (Near && Near->Off > 0 && gapAround(Near->Off - 1, &Lo, &Hi)) {
        Start = std::max(Lo, Near->Off >= Size ? Near->Off - Size : 0);
        Size = Near->Off - Start;
      } else {
        Start = In.below(kArenaBytes);
      }
      break;
    case 2: // where a freed allocation was: its tags are stale here
      Start = Dead.empty() ? In.below(kArenaBytes)
                           : Dead[In.below(Dead.size())]->Off;
      break;
    case 3: // over a live one, never untracked: stacks in use are reset
      if (Near) {
        Near->Live = false;
        Start = Near->Off;
      } else {
        Start = In.below(kArenaBytes);
      }
      break;
    default:
      Start = In.below(kArenaBytes);
      break;
    }
    if (Start >= kArenaBytes || !gapAround(Start, &Lo, &Hi))
      return true;
    Size = std::min(Size, Hi - Start);
    bool Heap = In.chance(60);
    Tag Root = Heap ? newRootTag(Th) : newTag(Th, false);
    Permission P = Heap ? Permission::SharedReadWrite : Permission::Unique;
    note("T" + std::to_string(Th) + " track " + rangeStr(Start, Size) +
         " root " + tagStr(Root) + ":" + permName(P));
    Engine.track(kBase + Start, Size, Root, P);
    Ref.track(kBase + Start, Size, Root, P);
    Allocs.push_back({Start, Size, Root, true, {Root}});
    return sameState();
  }

  bool opGlobal() {
    uptr Off = In.below(kArenaBytes);
    Range R{Off, 1 + In.below(std::min<uptr>(64, kArenaBytes - Off))};
    bool NewAlloc = !overlapsLive(R) && liveCount() < kMaxLive;
    note("trackIfUntracked " + rangeStr(R.Off, R.Size) + " root " +
         tagStr(kGlobalRootTag) + ":SRW");
    Engine.trackIfUntracked(kBase + R.Off, R.Size, kGlobalRootTag,
                            Permission::SharedReadWrite);
    Ref.trackIfUntracked(kBase + R.Off, R.Size, kGlobalRootTag,
                         Permission::SharedReadWrite);
    if (NewAlloc)
      Allocs.push_back({R.Off, R.Size, kGlobalRootTag, true, {}});
    return sameState();
  }

  bool opFree() {
    Alloc *A = chooseLive();
    if (!A)
      return true;
    Range R{A->Off, A->Size};
    Tag T = In.chance(65) ? A->Root : chooseTag(A, R);
    if (In.chance(85)) {
      // Mostly the allocation, sometimes any range (the check is a query).
      Range C = In.chance(10) ? chooseRange(A) : R;
      note("checkDealloc " + rangeStr(C.Off, C.Size) + " via " + tagStr(T));
      MemViolation EV, RV;
      Recorder ER;
      RefEvents REv;
      bool EOk = Engine.checkDealloc(kBase + C.Off, C.Size, T, &EV, &ER);
      bool ROk = Ref.checkDealloc(kBase + C.Off, C.Size, T, &RV, &REv);
      if (!sameOutcome(EOk, EV, ER, ROk, RV, REv) || !sameState())
        return false;
    }
    note("untrack " + rangeStr(R.Off, R.Size));
    Engine.untrack(kBase + R.Off, R.Size);
    Ref.untrack(kBase + R.Off, R.Size);
    A->Live = false;
    return sameState();
  }

  // A stack frame ending: its objects and maybe bytes around them.
  bool opUntrack() {
    Alloc *A = chooseLive();
    if (!A)
      return true;
    uptr Before = In.below(10), After = In.below(10);
    uptr Lo = A->Off >= Before ? A->Off - Before : 0;
    uptr Hi = std::min(A->Off + A->Size + After, kArenaBytes);
    note("untrack " + rangeStr(Lo, Hi - Lo));
    Engine.untrack(kBase + Lo, Hi - Lo);
    Ref.untrack(kBase + Lo, Hi - Lo);
    A->Live = false;
    return sameState();
  }

  // The protector of a new tag: a weak or strong one of the innermost call
  // of the thread (entered now if it runs none).
  ProtectorKind chooseProtector(unsigned Th) {
    if (!In.chance(30))
      return ProtectorKind::None;
    ProtectorKind K =
        In.chance(50) ? ProtectorKind::Weak : ProtectorKind::Strong;
    if (Threads[Th].Frames.empty()) {
      note("T" + std::to_string(Th) + " enter call");
      Threads[Th].Frames.emplace_back();
    }
    return K;
  }

  void protect(unsigned Th, Tag T, ProtectorKind K) {
    if (K == ProtectorKind::None)
      return;
    Oracle.protect(T, K);
    H.Protected.push_back(T);
    Threads[Th].Frames.back().push_back(T);
  }

  bool opRetag(unsigned Th, Permission P) {
    Alloc *A = In.chance(90) ? chooseLive() : nullptr;
    Range R = chooseRange(A);
    Tag Parent = chooseTag(A, R);
    ProtectorKind K = chooseProtector(Th);
    bool Frozen = P == Permission::SharedReadOnly && In.chance(50);
    Tag New = newTag(Th, K != ProtectorKind::None, Frozen);
    note("T" + std::to_string(Th) + " retag " + rangeStr(R.Off, R.Size) + " " +
         tagStr(Parent) + " -> " + tagStr(New) + ":" + permName(P) +
         (K != ProtectorKind::None ? std::string(" protected ") + protName(K)
                                   : ""));
    MemViolation EV, RV;
    Recorder ER;
    RefEvents REv;
    bool EOk = Engine.retag(kBase + R.Off, R.Size, Parent, New, P, &EV, &ER);
    bool ROk = Ref.retag(kBase + R.Off, R.Size, Parent, New, P, &RV, &REv);
    protect(Th, New, K);
    if (A)
      A->Tags.push_back(New);
    if (!sameOutcome(EOk, EV, ER, ROk, RV, REv))
      return false;
    if (!EOk)
      adoptAfterRefusal(EV.Addr, kBase + R.Off + R.Size,
                        [&](ReferenceMemory &M, uptr From, uptr To,
                            MemViolation *Out) {
                          RefEvents Unused;
                          return M.retag(From, To - From, Parent, New, P, Out,
                                         &Unused);
                        });
    return sameState();
  }

  bool opMixed(unsigned Th) {
    Alloc *A = In.chance(90) ? chooseLive() : nullptr;
    Range R = chooseRange(A);
    Tag Parent = chooseTag(A, R);
    ProtectorKind K = chooseProtector(Th);
    uint64_t Cells[6];
    unsigned NumCells = unsigned(In.below(4));
    // Without cells every byte is frozen: the tag may say so.
    Tag New = newTag(Th, K != ProtectorKind::None, !NumCells && In.chance(50));
    std::string CellStr;
    for (unsigned I = 0; I < NumCells; ++I) {
      Cells[2 * I] = In.below(R.Size + 4);
      Cells[2 * I + 1] = In.below(12);
      CellStr += " (" + std::to_string(Cells[2 * I]) + "," +
                 std::to_string(Cells[2 * I + 1]) + ")";
    }
    note("T" + std::to_string(Th) + " retagSharedMixed " +
         rangeStr(R.Off, R.Size) + " " + tagStr(Parent) + " -> " + tagStr(New) +
         " cells {" + CellStr + " }" +
         (K != ProtectorKind::None ? std::string(" protected ") + protName(K)
                                   : ""));
    MemViolation EV, RV;
    Recorder ER;
    RefEvents REv;
    bool EOk = Engine.retagSharedMixed(kBase + R.Off, R.Size, Parent, New,
                                       Cells, NumCells, &EV, &ER);
    bool ROk = Ref.retagSharedMixed(kBase + R.Off, R.Size, Parent, New, Cells,
                                    NumCells, &RV, &REv);
    protect(Th, New, K);
    if (A)
      A->Tags.push_back(New);
    return sameOutcome(EOk, EV, ER, ROk, RV, REv) && sameState();
  }

  bool opAccess(AccessKind Kind) {
    Alloc *A = In.chance(90) ? chooseLive() : nullptr;
    Range R = chooseRange(A);
    Tag T = chooseTag(A, R);
    note(std::string(Kind == AccessKind::Read ? "read " : "write ") +
         rangeStr(R.Off, R.Size) + " via " + tagStr(T));
    MemViolation EV, RV;
    Recorder ER;
    RefEvents REv;
    if (!Opts.Coalesce) {
      // The query first: it must predict the access (except that it may
      // refuse what lazily made restrict items would allow).
      bool Predicted = Engine.wouldGrant(kBase + R.Off, R.Size, T, Kind);
      ReferenceMemory Trial(Ref);
      MemViolation TV;
      RefEvents TEv;
      bool Allowed = Trial.access(kBase + R.Off, R.Size, T, Kind, &TV, &TEv);
      if (Predicted != Allowed && !(isRestrictTag(T) && Allowed))
        return fail(std::string("wouldGrant says ") +
                    (Predicted ? "allowed" : "refused") +
                    ", the access is " + (Allowed ? "allowed" : "refused"));
    }
    // The words-only answer (retags without a child) may only claim
    // accesses that the reference allows without invalidating anything. (Coalesced stacks are approximations
    // whose tops the reference need not share.)
    bool AtTops = !Opts.Coalesce &&
                  Engine.grantedAtTops(kBase + R.Off, R.Size, T, Kind);
    // With SBSAN_RETAG_PARENT_SHARED the answer also claims that on every
    // tracked byte T's item is shared and no Unique item lies above it (so
    // no read through any tag disables it, or changes anything above it).
    constexpr uint32_t SharedParent =
        SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_PARENT_SHARED;
    if (!Opts.Coalesce && Kind == AccessKind::Read &&
        Engine.grantedAtTops(kBase + R.Off, R.Size, T,
                             sbsan_no_child_low(SharedParent),
                             sbsan_no_child_bound(SharedParent)))
      for (uptr B = kBase + R.Off; B < kBase + R.Off + R.Size; ++B)
        if (const RefStack *S = Ref.stackAt(B);
            S && !ReferenceMemory::isQuietSharedReader(*S, T))
          return fail("grantedAtTops with a shared parent claims a byte "
                      "where T's item is not a quiet shared reader");
    bool EOk = Engine.access(kBase + R.Off, R.Size, T, Kind, &EV, &ER);
    bool ROk = Ref.access(kBase + R.Off, R.Size, T, Kind, &RV, &REv);
    if (!sameOutcome(EOk, EV, ER, ROk, RV, REv))
      return false;
    if (AtTops && (!ROk || !REv.empty()))
      return fail("grantedAtTops claims an access that is refused or "
                  "invalidates items");
    if (!EOk)
      adoptAfterRefusal(EV.Addr, kBase + R.Off + R.Size,
                        [&](ReferenceMemory &M, uptr From, uptr To,
                            MemViolation *Out) {
                          RefEvents Unused;
                          return M.access(From, To - From, T, Kind, Out,
                                          &Unused);
                        });
    return sameState();
  }

  bool opExpose() {
    Alloc *A = In.chance(90) ? chooseLive() : nullptr;
    Range R = chooseRange(A);
    Tag T = chooseTag(A, R);
    note("expose " + rangeStr(R.Off, R.Size) + " " + tagStr(T));
    Engine.expose(kBase + R.Off, R.Size, T);
    Ref.expose(kBase + R.Off, R.Size, T);
    return sameState();
  }

  bool opEnter(unsigned Th) {
    if (Threads[Th].Frames.size() >= 4)
      return true;
    note("T" + std::to_string(Th) + " enter call");
    Threads[Th].Frames.emplace_back();
    return true;
  }

  // The innermost call of the thread returns: its protectors end.
  bool opExit(unsigned Th) {
    if (Threads[Th].Frames.empty())
      return true;
    std::string Ended;
    for (Tag T : Threads[Th].Frames.back()) {
      Oracle.end(T);
      Ended += " " + tagStr(T);
    }
    Threads[Th].Frames.pop_back();
    note("T" + std::to_string(Th) + " leave call (ends {" + Ended + " })");
    // Nothing changes in the stacks, but the next operations see it.
    return true;
  }

  // Many retags of a few bytes in a row: past kMaxItems the stacks drop
  // their oldest items and become incomplete.
  bool opBulk(unsigned Th) {
    Alloc *A = chooseLive();
    if (!A)
      return true;
    uptr O = In.below(A->Size);
    Range R{A->Off + O, 1 + In.below(std::min<uptr>(16, A->Size - O))};
    Tag Parent = chooseTag(A, R);
    unsigned Mode = unsigned(In.below(4));
    unsigned Count = 120 + In.byte();
    static const char *const ModeName[] = {"SRO children of", "SRW children of",
                                           "U/SRW chain from",
                                           "SRO chain from"};
    std::string Head = "T" + std::to_string(Th) + " bulk " +
                       std::to_string(Count) + " retags " +
                       rangeStr(R.Off, R.Size) + ": " + ModeName[Mode] + " " +
                       tagStr(Parent);
    note(Head);
    size_t Line = Log.size() - 1;
    Tag Prev = Parent, First = 0, Last = 0;
    for (unsigned I = 0; I < Count; ++I) {
      Permission P = Mode == 0 || Mode == 3 ? Permission::SharedReadOnly
                     : Mode == 1            ? Permission::SharedReadWrite
                     : I % 2                ? Permission::Unique
                                            : Permission::SharedReadWrite;
      Tag New = newTag(Th, false, P == Permission::SharedReadOnly && I % 2);
      First = First ? First : New;
      Last = New;
      Tag From = Mode >= 2 ? Prev : Parent;
      MemViolation EV, RV;
      Recorder ER;
      RefEvents REv;
      bool EOk = Engine.retag(kBase + R.Off, R.Size, From, New, P, &EV, &ER);
      bool ROk = Ref.retag(kBase + R.Off, R.Size, From, New, P, &RV, &REv);
      A->Tags.push_back(New);
      // One line for the whole run; it names the retag that runs now.
      Log[Line] = Head + " (fresh tags " + tagStr(First) + ".." + tagStr(Last) +
                  "; #" + std::to_string(I) + " is " + tagStr(From) + " -> " +
                  tagStr(New) + ":" + permName(P) + ")";
      if (!sameOutcome(EOk, EV, ER, ROk, RV, REv))
        return false;
      if (!EOk)
        adoptAfterRefusal(EV.Addr, kBase + R.Off + R.Size,
                          [&](ReferenceMemory &M, uptr B, uptr E,
                              MemViolation *Out) {
                            RefEvents Unused;
                            return M.retag(B, E - B, From, New, P, Out,
                                           &Unused);
                          });
      if (!sameState(R.Off, R.Off + R.Size))
        return false;
      if (!EOk)
        break;
      Prev = New;
    }
    return sameState();
  }

  DifferentialOptions Opts;
  ByteReader In;
  Harness &H;
  TestOracle &Oracle;
  BorrowMemory &Engine;
  ReferenceMemory Ref;

  std::vector<Alloc> Allocs;
  SimThread Threads[kThreads];
  uint64_t NextNumber = 1; // tag numbers start at 1 (tags.h)
  std::vector<Tag> AllTags;

  Item Buf[BorrowStack::kMaxItems]; // stackAt's output
  std::vector<std::string> Log;
  std::string Failure;
  DifferentialStats Stats;
  bool SawTruncated = false; // the last state check saw an incomplete stack
  bool Undefined = false; // the reference refused: the rest is not compared
};

} // namespace

bool runDifferential(const uint8_t *Data, size_t Size,
                     const DifferentialOptions &Opts, std::string *Report,
                     DifferentialStats *Stats) {
  Run R(Data, Size, Opts);
  return R.go(Report, Stats);
}

} // namespace sbsan_test
