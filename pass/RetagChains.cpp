//===- RetagChains.cpp - Folding chains of retags after inlining ----------===//
//
// SBSanPass runs before inlining, so every call of a small std function
// (`Index::index`, `Deref::deref`, `as_slice`, iterator adaptors) makes its
// own retags: the entry retag of `self`, the retag of the returned
// reference. Once the inliner has put such functions into their caller,
// the same range is retagged several times in a row, each retag's parent
// the previous one's result. SBSanRetagChainsPass runs at the end of the
// optimization pipeline and answers four shapes of such chains at compile
// time (docs/design.md, section 5, "Chains after inlining", has the
// arguments):
//
//  - Reuse. C2 = retag(p2, n2, C1, K2) with C1 = retag(p1, n1, G, K1),
//    both SharedReadOnly, C2 unprotected, with any code between them and
//    any ranges. C2's uses take C1's tag: they then act through C1's
//    item, right below where C2's would be. Neither tag can
//    write, so what could invalidate C2's item and not C1's is an item
//    between them, which only a wildcard-derived pointer can have made:
//    reports lost there, never added. Where C2's range leaves C1's, the
//    real retag is already refused. (For Unique, a write through C1 before
//    a use of C2 is the very violation to report: no reuse.)
//  - Folding. C2 = retag(p, n, C1, K2) with C1 = retag(p, n, G, K1): same
//    pointer and size, same block, C1 unprotected and with C2's
//    permission (Unique or SharedReadOnly), used by nothing but C2 and
//    dead tag-slot stores, and nothing between them that reaches the
//    runtime but frame entries and exits. Both become retag(p, n, G, K2)
//    at C2's place: C1's items are dead once C2 exists, and stacks without
//    dead items pop and disable a subset of what the real ones do.
//  - Elision. A SharedReadOnly retag whose parent P is a strongly
//    protected SharedReadOnly retag of the same range, while P's frame is
//    known to be running, takes P's tag, as the runtime's elision does
//    (P's call encloses the child's, so an access that would pop the child
//    pops P and is reported by P's protector).
//  - Without a child. A Unique or SharedReadOnly retag C whose tag dies at
//    once: it reaches only checks of its own accesses, retags of its
//    children and C library functions that only read through it
//    (ReadOnlyCFunctions), and nothing that could invalidate C's item
//    runs between C and its last use (for a protected C: until its
//    frame's exit). Where the parent is on top of C's range, so that the
//    retag's access through it changes nothing, C gets the parent's tag
//    and no item (SBSAN_RETAG_NO_CHILD; a small range is tested inline),
//    and the parent then grants what C would have; C's item would be dead
//    after.
//
// Reuse and elision are static forms of the runtime's elision of frozen
// reborrows, so its flag __sbsan_elide_frozen_reborrows still decides at
// run time: the retag's call is made only when the flag is off. All four
// only remove runtime work; they are off with -sbsan-fold-retag-chains=0,
// the last one alone with -sbsan-retags-without-child=0.
//
//===----------------------------------------------------------------------===//
#include "RetagChains.h"

#include "ConditionalCalls.h"
#include "ModuleContext.h"
#include "RuntimeHooks.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"
#include "sbsan_interface.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Analysis/CFG.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#include <cstddef>
#include <optional>

using namespace llvm;

namespace sbsan {

namespace {

// Operand positions of __sbsan_retag(addr, size, parent, kind, site).
enum RetagOperand { Addr = 0, Size = 1, Parent = 2, Kind = 3 };

// A field of the thread-local tag slots: which slot global, at what offset
// (sbsan_interface.h: struct sbsan_tag_slot { value; tag; }).
struct SlotField {
  const GlobalVariable *Slots = nullptr;
  int64_t Offset = 0;
  bool isTag() const {
    return Offset % int64_t(sizeof(sbsan_tag_slot)) ==
           int64_t(offsetof(sbsan_tag_slot, tag));
  }
  // The value field of the same slot (for a tag field).
  SlotField valueField() const {
    return {Slots, Offset - int64_t(offsetof(sbsan_tag_slot, tag)) +
                       int64_t(offsetof(sbsan_tag_slot, value))};
  }
  bool operator==(const SlotField &O) const {
    return Slots == O.Slots && Offset == O.Offset;
  }
  // True for a field of the argument slots (not the return slot).
  bool inArgSlots() const {
    return Slots->getName() == RuntimeHooks::slotName(/*Ret=*/false);
  }
};

static std::optional<SlotField> slotFieldOf(const Value *P,
                                            const DataLayout &DL) {
  APInt Offset(64, 0);
  const Value *Base = P->stripAndAccumulateConstantOffsets(
      DL, Offset, /*AllowNonInbounds=*/false);
  const auto *TLS = dyn_cast<IntrinsicInst>(Base);
  if (!TLS || TLS->getIntrinsicID() != Intrinsic::threadlocal_address)
    return std::nullopt;
  const auto *G = dyn_cast<GlobalVariable>(TLS->getArgOperand(0));
  if (!G || (G->getName() != RuntimeHooks::slotName(false) &&
             G->getName() != RuntimeHooks::slotName(true)))
    return std::nullopt;
  return SlotField{G, Offset.getSExtValue()};
}

// C library functions that only read through their pointer arguments and
// keep none of them: the runtime's interceptors (runtime/
// interceptors_libc.cpp) check those reads through the tags the caller
// put in the argument slots, and do nothing else to any stack.
constexpr const char *ReadOnlyCFunctions[] = {
    "memcmp",  "bcmp",   "memchr",  "strlen", "strnlen", "strcmp",
    "strncmp", "strchr", "strrchr", "strstr", "wcslen",  "wcscmp"};

// True if S ends the tag in field Tag: it overwrites the tag, or clears the
// slot's value field (readers use a slot's tag only if its value field
// matches the pointer, so that kills the tag as surely).
static bool killsSlotTag(const StoreInst *S, const SlotField &Tag,
                         const DataLayout &DL) {
  std::optional<SlotField> F = slotFieldOf(S->getPointerOperand(), DL);
  auto *Zero = dyn_cast<ConstantInt>(S->getValueOperand());
  return F && (*F == Tag || (*F == Tag.valueField() && Zero && Zero->isZero()));
}

class ChainFolder {
public:
  explicit ChainFolder(Module &M)
      : Hooks(M), Retag(M.getFunction(hookName(Hook::Retag))),
        RetagMixed(M.getFunction(hookName(Hook::RetagSharedMixed))),
        FuncEnter(M.getFunction(hookName(Hook::FuncEnter))),
        FuncExit(M.getFunction(hookName(Hook::FuncExit))),
        Alloca(M.getFunction(hookName(Hook::Alloca))),
        Dealloca(M.getFunction(hookName(Hook::Dealloca))) {
    for (Hook H : {Hook::Read, Hook::Read1, Hook::Read2, Hook::Read4,
                   Hook::Read8, Hook::Read16})
      if (Function *F = M.getFunction(hookName(H)))
        AccessHooks[F] = false;
    for (Hook H : {Hook::Write, Hook::Write1, Hook::Write2, Hook::Write4,
                   Hook::Write8, Hook::Write16})
      if (Function *F = M.getFunction(hookName(H)))
        AccessHooks[F] = true;
    // Moving pointers' tags, or exposing a tag, adds and removes no item.
    for (Hook H : {Hook::LoadPtr, Hook::StorePtr, Hook::CopyProvenance,
                   Hook::ClearProvenance, Hook::Expose})
      if (Function *F = M.getFunction(hookName(H)))
        ProvenanceHooks.insert(F);
    for (const char *Name : ReadOnlyCFunctions)
      if (Function *F = M.getFunction(Name); F && F->isDeclaration())
        ReadOnlyCCalls.insert(F);
  }

  bool hasRetags() const { return Retag != nullptr; }
  bool run(Function &F);

private:
  CallInst *asRetag(Value *V) const {
    auto *CI = dyn_cast<CallInst>(V);
    if (!CI || CI->getCalledFunction() != Retag || !Retag ||
        !isa<ConstantInt>(CI->getArgOperand(Kind)))
      return nullptr;
    return CI;
  }
  static uint32_t kindOf(const CallInst *CI) {
    return uint32_t(cast<ConstantInt>(CI->getArgOperand(Kind))->getZExtValue());
  }
  // True if F is __sbsan_retag or __sbsan_retag_shared_mixed (both take
  // the parent at operand Parent).
  bool isRetagHook(const Function *F) const {
    return F && (F == Retag || F == RetagMixed);
  }
  // True if CB is an __sbsan_retag call of a SharedReadOnly kind.
  bool isSharedRetag(const CallBase *CB) const {
    auto *KindArg = dyn_cast<ConstantInt>(CB->getArgOperand(Kind));
    return CB->getCalledFunction() == Retag && KindArg &&
           (KindArg->getZExtValue() & SBSAN_RETAG_KIND_MASK) ==
               SBSAN_RETAG_SHARED_RO;
  }
  // The tag operand of an access check: its last argument (sized checks
  // take (addr, tag), the generic ones (addr, size, tag)).
  static unsigned checkTagOperand(const CallBase *CB) {
    return CB->arg_size() - 1;
  }
  // Chosen in this run, or in an earlier run of the pass over the module
  // (the pipeline may run it again after link-time inlining).
  bool isWithoutChild(const CallInst *C) const {
    return IsWithoutChild.count(C) || (kindOf(C) & SBSAN_RETAG_NO_CHILD);
  }
  static bool sameRange(const CallInst *A, const CallInst *B) {
    return A->getArgOperand(Addr)->stripPointerCasts() ==
               B->getArgOperand(Addr)->stripPointerCasts() &&
           A->getArgOperand(Size) == B->getArgOperand(Size);
  }
  // True if nothing strictly between From and To (same block, From first)
  // reaches the runtime, other than frame entries and (if ExitsAllowed)
  // frame exits.
  bool onlyFramesBetween(Instruction *From, Instruction *To,
                         bool ExitsAllowed) const;
  // True if CB is a frame entry (or, if ExitsAllowed, exit), or an
  // intrinsic that neither the runtime nor the tag slots can observe.
  bool isFrameOrInert(const CallBase *CB, bool ExitsAllowed) const {
    const Function *Callee = CB->getCalledFunction();
    if (Callee == FuncEnter || (ExitsAllowed && Callee == FuncExit))
      return true;
    return Callee && Callee->isIntrinsic() && !isa<MemIntrinsic>(CB) &&
           (CB->onlyAccessesInaccessibleMemory() || !CB->mayWriteToMemory() ||
            CB->isLifetimeStartOrEnd());
  }
  // True if S stores to a tag slot that a later store in its block
  // overwrites before anything can read it (inlining leaves the callee's
  // return-slot stores behind the caller's own).
  bool isDeadSlotStore(const User *U) const;
  // The call of a read-only C function (ReadOnlyCFunctions) that takes the
  // tag S stores into an argument slot, if that call is the next thing in
  // the block that can look at the slot and the slot dies after it
  // (slotDiesAfter); else null.
  const CallBase *readOnlyCallTaking(const StoreInst *S) const;
  // True if the tag slot Tag can no longer be taken once After has run.
  bool slotDiesAfter(const Instruction *After, const SlotField &Tag) const;
  // The tags a read-only C call reads through: those stored into the
  // argument slots right before it. *Untagged: a pointer argument may
  // have none (the runtime then reads through the wildcard).
  void slotTagsOf(const CallBase *CB, SmallVectorImpl<const Value *> &Tags,
                  bool *Untagged) const;
  // True if no frame exit lies strictly between From and To.
  bool noExitBetween(Instruction *From, Instruction *To) const;
  // +1 for a frame entry, -1 for an exit, else 0.
  int frameDelta(const Instruction &I) const;
  // The frame depth (entries minus exits since the function's start) after
  // each call, and the exits; nothing if a block is reached at two depths.
  void computeDepths(Function &F);
  // True if the protector frame that is innermost right after P is still
  // running whenever C runs (P dominates C).
  bool frameLiveAt(CallInst *P, CallInst *C);
  // Retags without a child (SBSAN_RETAG_NO_CHILD): C's tag reaches only
  // checks of its own accesses and retags of its children, and nothing
  // that could invalidate C's item runs between C and its last use. The
  // flags to add to C's kind: 0 if it does not qualify; with
  // SBSAN_RETAG_PARENT_SHARED for a SharedReadOnly C that qualifies only
  // if reads through any tag are harmless.
  uint32_t withoutChildFlags(CallInst *C) const;
  // The instructions that use C's tag, directly or through the arithmetic
  // of the inline checks; false if the tag may outlive them (stored,
  // returned, passed, merged in a phi) or write through a shared tag.
  bool collectTagUses(CallInst *C, bool ReadsOnly,
                      SmallVectorImpl<Instruction *> &Uses) const;
  // True if V is one of Tags at run time: in Tags, or a retag without a
  // child of one of them (an earlier run of the pass made it), or a phi
  // of such values.
  bool isSameTagAs(const Value *V, const SmallPtrSetImpl<const Value *> &Tags,
                   unsigned Depth = 0) const;
  // Root and the results of the retags derived from it, transitively
  // (and phis of them).
  void addDescendants(Value *Root, SmallPtrSetImpl<const Value *> &Out) const;
  // What may run between C and its uses.
  struct Harmless {
    // Accesses through these tags and retags from them: C's own tag and
    // its descendants', whose items lie above C's.
    SmallPtrSet<const Value *, 8> Family;
    // For a SharedReadOnly C, also reads through these and SharedReadOnly
    // retags from them: C's parent and its descendants. A read through an
    // item at or above the parent's disables neither C nor the parent.
    SmallPtrSet<const Value *, 8> ReadersAbove;
    // C's range lies in this local variable, whose address stays inside
    // the function: accesses and retags through pointers that come from
    // elsewhere cannot reach C's bytes.
    const AllocaInst *Local = nullptr;
    // For a SharedReadOnly C answered only where its parent's item is not
    // Unique (SBSAN_RETAG_PARENT_SHARED): reads and SharedReadOnly retags
    // through any tag. A read disables only Unique items.
    bool AnyReads = false;
    // Set when a call was harmless only because of AnyReads.
    mutable bool NeededAnyReads = false;
  };
  // True if A's address reaches nothing but loads and stores through it,
  // comparisons, memory intrinsics and the runtime's hooks (which keep no
  // pointer the program can use): then no pointer loaded from memory,
  // passed in, or returned by a call can point into A.
  bool staysLocal(const AllocaInst *A) const;
  // True if Ptr cannot point into A, a variable that stays local: every
  // object it may be based on is another variable, a constant (a global,
  // null), an argument, a loaded pointer or a call's result.
  bool pointsElsewhere(const Value *Ptr, const AllocaInst *A) const;
  // True if every runtime call that can run after C and before one of
  // Uses is harmless to C.
  bool onlyHarmlessUntil(CallInst *C, ArrayRef<Instruction *> Uses,
                         const Harmless &H) const;
  // True if every runtime call that can run after C and before the exit
  // of the frame that protects C is harmless to C.
  bool onlyHarmlessUntilFrameEnd(CallInst *C, const Harmless &H) const;
  bool isHarmless(const CallBase *CB, const Harmless &H) const;
  // Records why the retag being decided keeps its tag (for -sbsan-debug)
  // and returns false.
  bool keep(const char *Why, const Value *At = nullptr) const {
    KeptWhy = Why;
    KeptAt = At;
    return false;
  }
  void emitWithoutChild(CallInst *C, uint32_t Flags);
  bool isReusable(CallInst *C2) const;
  bool tryFold(CallInst *C2);
  bool tryElide(CallInst *C2);
  void emitElision(CallInst *C2, Value *ParentTag);

  // Answered with their parent's tag while the runtime elides, by rule.
  SmallVector<CallInst *, 16> Reused, Elided;
  // Answered by their parent where it is on top (SBSAN_RETAG_NO_CHILD).
  SmallVector<std::pair<CallInst *, uint32_t>, 16> WithoutChild;
  SmallPtrSet<const CallInst *, 16> IsWithoutChild;

  RuntimeHooks Hooks;
  Function *Retag, *RetagMixed, *FuncEnter, *FuncExit, *Alloca, *Dealloca;
  // The access checks (true for writes), and the hooks that only read or
  // write the tags of pointers in memory.
  DenseMap<const Function *, bool> AccessHooks;
  SmallPtrSet<const Function *, 4> ProvenanceHooks;
  SmallPtrSet<const Function *, 4> ReadOnlyCCalls;
  mutable DenseMap<const AllocaInst *, bool> StaysLocal;
  mutable const char *KeptWhy = nullptr;
  mutable const Value *KeptAt = nullptr;
  // Computed on the first elision that crosses blocks (frameLiveAt).
  bool DepthsComputed = false;
  DenseMap<const Instruction *, int> DepthAfter;
  SmallVector<const CallBase *, 16> Exits;
  std::optional<DominatorTree> DT;
};

bool ChainFolder::onlyFramesBetween(Instruction *From, Instruction *To,
                                    bool ExitsAllowed) const {
  for (Instruction *I = From->getNextNode(); I && I != To;
       I = I->getNextNode()) {
    auto *CB = dyn_cast<CallBase>(I);
    if (CB && !isFrameOrInert(CB, ExitsAllowed))
      return false;
  }
  return true;
}

bool ChainFolder::isDeadSlotStore(const User *U) const {
  auto *S = dyn_cast<StoreInst>(U);
  if (!S)
    return false;
  const DataLayout &DL = S->getDataLayout();
  std::optional<SlotField> Field = slotFieldOf(S->getPointerOperand(), DL);
  if (!Field || !Field->isTag())
    return false;
  for (const Instruction *I = S->getNextNode(); I; I = I->getNextNode()) {
    if (auto *Later = dyn_cast<StoreInst>(I)) {
      if (killsSlotTag(Later, *Field, DL))
        return true;
      continue;
    }
    if (isa<LoadInst>(I) || I->isTerminator())
      return false;
    if (auto *CB = dyn_cast<CallBase>(I))
      if (CB->getCalledFunction() != Retag && !isFrameOrInert(CB, true))
        return false;
  }
  return false;
}

const CallBase *ChainFolder::readOnlyCallTaking(const StoreInst *S) const {
  const DataLayout &DL = S->getDataLayout();
  std::optional<SlotField> Field = slotFieldOf(S->getPointerOperand(), DL);
  if (!Field || !Field->isTag() || !Field->inArgSlots())
    return nullptr;
  // The next call that can look at the slot: only stores into slots and
  // inert intrinsics may come between.
  const CallBase *Reader = nullptr;
  for (const Instruction *I = S->getNextNode(); I; I = I->getNextNode()) {
    if (auto *Later = dyn_cast<StoreInst>(I)) {
      std::optional<SlotField> F = slotFieldOf(Later->getPointerOperand(), DL);
      if (!F || *F == *Field)
        return nullptr;
      continue;
    }
    auto *CB = dyn_cast<CallBase>(I);
    if (!CB && !I->mayReadOrWriteMemory() && !I->isTerminator())
      continue; // address and value arithmetic
    if (!CB || !isFrameOrInert(CB, /*ExitsAllowed=*/false) ||
        CB->getCalledFunction() == FuncEnter) {
      Reader = CB;
      break;
    }
  }
  if (!Reader || !isa<CallInst>(Reader) ||
      !ReadOnlyCCalls.count(Reader->getCalledFunction()))
    return nullptr;
  return slotDiesAfter(Reader, *Field) ? Reader : nullptr;
}

bool ChainFolder::slotDiesAfter(const Instruction *After,
                                const SlotField &Tag) const {
  // On every path from After, the slot's value field is cleared or its
  // tag overwritten (the optimizer may have merged the clear into the
  // next call's stores) before anything that could take the tag: a call
  // other than the runtime's hooks (which take no slot) and inert
  // intrinsics, a load, or leaving the function.
  constexpr unsigned kMaxBlocks = 64;
  const DataLayout &DL = After->getDataLayout();
  SmallVector<const Instruction *, 8> Work{After->getNextNode()};
  SmallPtrSet<const BasicBlock *, 8> Seen;
  while (!Work.empty()) {
    const Instruction *I = Work.pop_back_val();
    bool Dead = false;
    for (; I && !I->isTerminator(); I = I->getNextNode()) {
      if (auto *S = dyn_cast<StoreInst>(I)) {
        if (killsSlotTag(S, Tag, DL)) {
          Dead = true;
          break;
        }
        continue;
      }
      if (isa<LoadInst>(I))
        return false;
      if (auto *CB = dyn_cast<CallBase>(I);
          CB && !Hooks.isHook(CB->getCalledFunction()) &&
          !isFrameOrInert(CB, /*ExitsAllowed=*/false))
        return false;
    }
    if (Dead)
      continue;
    if (!I || (!isa<BranchInst>(I) && !isa<SwitchInst>(I)))
      return false;
    for (const BasicBlock *Succ : successors(I)) {
      if (!Seen.insert(Succ).second)
        continue;
      if (Seen.size() > kMaxBlocks)
        return false;
      Work.push_back(&Succ->front());
    }
  }
  return true;
}

void ChainFolder::slotTagsOf(const CallBase *CB,
                             SmallVectorImpl<const Value *> &Tags,
                             bool *Untagged) const {
  const DataLayout &DL = CB->getDataLayout();
  for (const Instruction *I = CB->getPrevNode(); I; I = I->getPrevNode()) {
    auto *S = dyn_cast<StoreInst>(I);
    if (!S && !isa<CallBase>(I) && !I->mayReadOrWriteMemory())
      continue; // address and value arithmetic
    if (!S) {
      auto *Other = dyn_cast<CallBase>(I);
      if (Other && isFrameOrInert(Other, /*ExitsAllowed=*/false) &&
          Other->getCalledFunction() != FuncEnter)
        continue;
      break;
    }
    std::optional<SlotField> F = slotFieldOf(S->getPointerOperand(), DL);
    if (!F)
      break;
    if (F->isTag() && F->inArgSlots())
      Tags.push_back(S->getValueOperand());
  }
  unsigned Pointers = 0;
  for (const Use &A : CB->args())
    Pointers += A->getType()->isPointerTy();
  *Untagged = Tags.size() < Pointers;
}

bool ChainFolder::noExitBetween(Instruction *From, Instruction *To) const {
  for (Instruction *I = From->getNextNode(); I && I != To; I = I->getNextNode())
    if (auto *CB = dyn_cast<CallBase>(I))
      if (CB->getCalledFunction() == FuncExit || !CB->getCalledFunction())
        return false;
  return true;
}

// A retag of SBSAN_RETAG_NO_CHILD (made by an earlier run of the pass)
// returns its parent's tag, and so does the phi that skips it.
bool ChainFolder::isSameTagAs(const Value *V,
                              const SmallPtrSetImpl<const Value *> &Tags,
                              unsigned Depth) const {
  if (Tags.count(V))
    return true;
  if (Depth > 4)
    return false;
  if (auto *CB = dyn_cast<CallInst>(V))
    return asRetag(const_cast<CallInst *>(CB)) && isWithoutChild(CB) &&
           Tags.count(CB->getArgOperand(Parent));
  auto *Phi = dyn_cast<PHINode>(V);
  if (!Phi)
    return false;
  for (const Value *In : Phi->incoming_values())
    if (In == Phi || !isSameTagAs(In, Tags, Depth + 1))
      return false;
  return true;
}

bool ChainFolder::collectTagUses(CallInst *C, bool ReadsOnly,
                                 SmallVectorImpl<Instruction *> &Uses) const {
  // C's tag, and values that are C's tag at run time.
  SmallPtrSet<const Value *, 8> Tags{C};
  SmallVector<Value *, 8> Work{C};
  SmallPtrSet<Value *, 8> Seen{C};
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    bool IsTag = Tags.count(V);
    for (User *U : V->users()) {
      auto *I = dyn_cast<Instruction>(U);
      if (!I)
        return keep("its tag is used by a constant", U);
      if (auto *CB = dyn_cast<CallBase>(I)) {
        // Only the tag itself, and only as the tag of a check or the
        // parent of a retag.
        const Function *F = CB->getCalledFunction();
        unsigned TagArg = checkTagOperand(CB);
        auto Check = AccessHooks.find(F);
        bool AsCheck = Check != AccessHooks.end() &&
                       CB->getArgOperand(TagArg) == V &&
                       !(ReadsOnly && Check->second);
        // A shared tag's children must be shared too: a raw or mutable
        // child of it is refused, which its parent's tag would not be.
        bool AsParent = isRetagHook(F) && CB->getArgOperand(Parent) == V &&
                        (!ReadsOnly || isSharedRetag(CB));
        if (!IsTag || !(AsCheck || AsParent))
          return keep("its tag is passed to a call", CB);
        for (unsigned A = 0; A < CB->arg_size(); ++A)
          if (CB->getArgOperand(A) == V && A != (AsCheck ? TagArg : Parent))
            return keep("its tag is passed to a call", CB);
        Uses.push_back(I);
        if (AsParent && isSameTagAs(CB, Tags)) {
          Tags.insert(CB);
          if (Seen.insert(CB).second)
            Work.push_back(CB);
        }
        continue;
      }
      if (isDeadSlotStore(I))
        continue;
      // Passed to a C function that only reads through it.
      if (auto *S = dyn_cast<StoreInst>(I);
          S && IsTag && S->getValueOperand() == V)
        if (const CallBase *Reader = readOnlyCallTaking(S)) {
          Uses.push_back(const_cast<CallBase *>(Reader));
          continue;
        }
      if (auto *Phi = dyn_cast<PHINode>(I)) {
        if (!IsTag || !isSameTagAs(Phi, Tags))
          return keep("its tag is merged with another", Phi);
        Tags.insert(Phi);
        if (Seen.insert(Phi).second)
          Work.push_back(Phi);
        Uses.push_back(I);
        continue;
      }
      // The inline checks' arithmetic, ending in branches.
      if (isa<BinaryOperator>(I) || isa<ICmpInst>(I) || isa<SelectInst>(I) ||
          isa<FreezeInst>(I) || isa<ZExtInst>(I) || isa<TruncInst>(I) ||
          isa<SExtInst>(I)) {
        if (Seen.insert(I).second)
          Work.push_back(I);
        Uses.push_back(I);
        continue;
      }
      if (isa<BranchInst>(I) || isa<SwitchInst>(I)) {
        Uses.push_back(I);
        continue;
      }
      return keep("its tag is stored, returned or passed on", I);
    }
  }
  return true;
}

void ChainFolder::addDescendants(Value *Root,
                                 SmallPtrSetImpl<const Value *> &Out) const {
  SmallVector<Value *, 8> Work{Root};
  Out.insert(Root);
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    for (User *U : V->users()) {
      auto *CB = dyn_cast<CallBase>(U);
      const Function *F = CB ? CB->getCalledFunction() : nullptr;
      if (isRetagHook(F) && CB->getArgOperand(Parent) == V &&
          Out.insert(CB).second)
        Work.push_back(CB);
      auto *Phi = dyn_cast<PHINode>(U);
      if (Phi && isSameTagAs(Phi, Out) && Out.insert(Phi).second)
        Work.push_back(Phi);
    }
  }
}

bool ChainFolder::staysLocal(const AllocaInst *A) const {
  auto [It, New] = StaysLocal.try_emplace(A, false);
  if (!New)
    return It->second;
  constexpr unsigned kMaxValues = 4096;
  SmallVector<const Value *, 16> Work{A};
  SmallPtrSet<const Value *, 16> Seen{A};
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    for (const Use &U : V->uses()) {
      const User *Usr = U.getUser();
      // The address, as a pointer or an integer (the inline checks compute
      // shadow addresses from it); an int-to-pointer cast of it is treated
      // as pointing into A again.
      if (isa<GetElementPtrInst>(Usr) || isa<PHINode>(Usr) ||
          isa<SelectInst>(Usr) || isa<CastInst>(Usr) ||
          isa<BinaryOperator>(Usr) || isa<FreezeInst>(Usr)) {
        if (Seen.insert(Usr).second) {
          if (Seen.size() > kMaxValues)
            return false;
          Work.push_back(Usr);
        }
        continue;
      }
      if (isa<LoadInst>(Usr) || isa<ICmpInst>(Usr))
        continue;
      if (auto *SI = dyn_cast<StoreInst>(Usr)) {
        if (U.getOperandNo() == SI->getPointerOperandIndex())
          continue;
        return false;
      }
      if (auto *CB = dyn_cast<CallBase>(Usr))
        if (CB->isLifetimeStartOrEnd() ||
            (isa<MemIntrinsic>(CB) && U->getType()->isPointerTy()) ||
            Hooks.isHook(CB->getCalledFunction()))
          continue;
      return false;
    }
  }
  return It->second = true;
}

bool ChainFolder::pointsElsewhere(const Value *Ptr, const AllocaInst *A) const {
  SmallVector<const Value *, 4> Objects;
  getUnderlyingObjects(Ptr, Objects);
  for (const Value *O : Objects)
    if (O == A || !(isa<AllocaInst>(O) || isa<Constant>(O) ||
                    isa<Argument>(O) || isa<LoadInst>(O) || isa<CallBase>(O)))
      return false;
  return !Objects.empty();
}

bool ChainFolder::isHarmless(const CallBase *CB, const Harmless &H) const {
  const Function *F = CB->getCalledFunction();
  if (!F)
    return false;
  // A variable's registration and its end replace the stacks of its bytes
  // whole, the same whether C's item or its parent's is in them.
  if (F == Alloca || F == Dealloca)
    return true;
  if ((AccessHooks.count(F) || isRetagHook(F)) && H.Local &&
      pointsElsewhere(CB->getArgOperand(0), H.Local))
    return true;
  // A read through Tag (or a shared retag from it): harmless through C's
  // parent or its descendants, or through any tag under AnyReads.
  auto ReadHarmless = [&](const Value *Tag) {
    if (H.ReadersAbove.count(Tag))
      return true;
    H.NeededAnyReads |= H.AnyReads;
    return H.AnyReads;
  };
  if (auto Check = AccessHooks.find(F); Check != AccessHooks.end()) {
    const Value *Tag = CB->getArgOperand(checkTagOperand(CB));
    bool IsRead = !Check->second;
    return H.Family.count(Tag) || (IsRead && ReadHarmless(Tag));
  }
  if (isRetagHook(F)) {
    const Value *From = CB->getArgOperand(Parent);
    return H.Family.count(From) || (isSharedRetag(CB) && ReadHarmless(From));
  }
  if (ProvenanceHooks.count(F))
    return true;
  if (ReadOnlyCCalls.count(F)) {
    SmallVector<const Value *, 4> Tags;
    bool Untagged;
    slotTagsOf(CB, Tags, &Untagged);
    for (const Value *Tag : Tags)
      if (!H.Family.count(Tag) && !ReadHarmless(Tag))
        return false;
    return !Untagged || ReadHarmless(nullptr);
  }
  // Frames add and end protectors, never items.
  return isFrameOrInert(CB, /*ExitsAllowed=*/true);
}

bool ChainFolder::onlyHarmlessUntil(CallInst *C, ArrayRef<Instruction *> Uses,
                                    const Harmless &H) const {
  // The region: blocks on a path from C to a use that does not pass C
  // again. A block that a path only enters counts up to its last use; a
  // block it crosses counts whole (C's own block: from C on).
  constexpr unsigned kMaxBlocks = 1024;
  BasicBlock *Home = C->getParent();
  DenseMap<BasicBlock *, Instruction *> LastUse;
  for (Instruction *U : Uses) {
    Instruction *&Last = LastUse[U->getParent()];
    if (!Last || Last->comesBefore(U))
      Last = U;
  }
  SmallPtrSet<BasicBlock *, 16> Crossed;
  SmallVector<BasicBlock *, 16> Work;
  bool HomeCrossed = false;
  for (auto &[BB, Last] : LastUse)
    if (BB != Home)
      Work.push_back(BB);
  while (!Work.empty()) {
    BasicBlock *BB = Work.pop_back_val();
    for (BasicBlock *Pred : predecessors(BB)) {
      if (Pred == Home) {
        HomeCrossed = true;
        continue;
      }
      if (Crossed.insert(Pred).second) {
        if (Crossed.size() > kMaxBlocks)
          return keep("too many blocks before its last use");
        Work.push_back(Pred);
      }
    }
  }
  auto Scan = [&](Instruction *From, Instruction *To) {
    for (Instruction *I = From; I; I = I->getNextNode()) {
      if (auto *CB = dyn_cast<CallBase>(I))
        if (I != C && !isHarmless(CB, H))
          return keep("a call before its last use could invalidate it", CB);
      if (I == To)
        break;
    }
    return true;
  };
  Instruction *HomeEnd = HomeCrossed ? Home->getTerminator() : LastUse[Home];
  if (HomeEnd && !Scan(C, HomeEnd))
    return false;
  for (auto &[BB, Last] : LastUse)
    if (BB != Home && !Crossed.count(BB) && !Scan(&BB->front(), Last))
      return false;
  for (BasicBlock *BB : Crossed)
    if (!Scan(&BB->front(), BB->getTerminator()))
      return false;
  return true;
}

uint32_t ChainFolder::withoutChildFlags(CallInst *C) const {
  if (!opts::RetagsWithoutChild)
    return 0;
  // A Unique retag's raw child (SBSAN_RETAG_RAW_CHILD) dies with it. A
  // protector lasts until C's frame ends, so for a protected C (a
  // function-entry reference) nothing harmful may run until then.
  constexpr uint32_t Protectors =
      SBSAN_RETAG_PROTECT_STRONG | SBSAN_RETAG_PROTECT_WEAK;
  bool Protected = kindOf(C) & Protectors;
  uint32_t K = kindOf(C) & ~(SBSAN_RETAG_RAW_CHILD | Protectors);
  if (K != SBSAN_RETAG_UNIQUE && K != SBSAN_RETAG_SHARED_RO)
    return 0;
  bool Shared = K == SBSAN_RETAG_SHARED_RO;
  SmallVector<Instruction *, 16> Uses;
  KeptWhy = nullptr;
  KeptAt = nullptr;
  auto Kept = [&] {
    SBSAN_LOG({
      log() << "sbsan: " << C->getFunction()->getName() << ": retag " << *C
            << " keeps its tag: "
            << (KeptWhy ? KeptWhy : "(no reason recorded)");
      if (KeptAt)
        log() << ": " << *KeptAt;
      log() << "\n";
    });
    return 0;
  };
  if (!collectTagUses(C, Shared, Uses))
    return Kept();
  Harmless H;
  addDescendants(C, H.Family);
  if (auto *A =
          dyn_cast<AllocaInst>(getUnderlyingObject(C->getArgOperand(Addr))))
    if (staysLocal(A))
      H.Local = A;
  // (A constant parent's users are the whole module's.)
  Value *From = C->getArgOperand(Parent);
  if (Shared && !isa<Constant>(From))
    addDescendants(From, H.ReadersAbove);
  // One search for a SharedReadOnly C: reads through any tag count as
  // harmless, and the answer needs SBSAN_RETAG_PARENT_SHARED only if one
  // of them had to.
  H.AnyReads = Shared;
  if (!onlyHarmlessUntil(C, Uses, H) ||
      (Protected && !onlyHarmlessUntilFrameEnd(C, H)))
    return Kept();
  return H.NeededAnyReads ? SBSAN_RETAG_NO_CHILD | SBSAN_RETAG_PARENT_SHARED
                          : SBSAN_RETAG_NO_CHILD;
}

bool ChainFolder::onlyHarmlessUntilFrameEnd(CallInst *C,
                                            const Harmless &H) const {
  // Every path from C, followed with its frame depth relative to C's
  // frame (frames of calls inlined after instrumentation come and go),
  // until the exit that ends C's frame.
  constexpr unsigned kMaxStates = 1024;
  constexpr int kMaxDepth = 4;
  SmallVector<std::pair<Instruction *, int>, 16> Work{{C->getNextNode(), 0}};
  DenseSet<std::pair<const BasicBlock *, int>> Seen;
  while (!Work.empty()) {
    auto [I, Depth] = Work.pop_back_val();
    bool Ended = false;
    for (; I && !I->isTerminator(); I = I->getNextNode()) {
      auto *CB = dyn_cast<CallBase>(I);
      if (!CB)
        continue;
      const Function *F = CB->getCalledFunction();
      if (F && F == FuncEnter) {
        if (++Depth > kMaxDepth)
          return keep("frames nest too deep before its frame ends");
      } else if (F && F == FuncExit) {
        if (--Depth < 0) {
          Ended = true;
          break;
        }
      } else if (!isHarmless(CB, H)) {
        return keep("a call before its frame ends could invalidate it", CB);
      }
    }
    if (Ended)
      continue;
    if (!I)
      return keep("a block without a terminator");
    if (auto *CB = dyn_cast<CallBase>(I)) // invoke, callbr
      if (!isHarmless(CB, H))
        return keep("a call before its frame ends could invalidate it", CB);
    // Leaving the function with C's frame still open: not this frame's.
    if (isa<ReturnInst>(I) || isa<ResumeInst>(I))
      return keep("its protector outlives the function", I);
    for (BasicBlock *Succ : successors(I)) {
      if (!Seen.insert({Succ, Depth}).second)
        continue;
      if (Seen.size() > kMaxStates)
        return keep("too many paths before its frame ends");
      Work.push_back({&Succ->front(), Depth});
    }
  }
  return true;
}

// The call gets SBSAN_RETAG_NO_CHILD: the runtime answers it with the
// parent's tag when the words show that the parent's access changes
// nothing. That test is made inline and the call is skipped when it
// passes: granule by granule for a small range, and for a larger one (or
// one of unknown size) when a run without holes holds all of it.
void ChainFolder::emitWithoutChild(CallInst *C, uint32_t Flags) {
  constexpr uint64_t kMaxInlineSize = 32;
  uint32_t K = kindOf(C) | Flags;
  C->setArgOperand(Kind,
                   ConstantInt::get(C->getArgOperand(Kind)->getType(), K));
  Value *ParentTag = C->getArgOperand(Parent);
  auto *Size = dyn_cast<ConstantInt>(C->getArgOperand(RetagOperand::Size));
  if (Size && Size->isZero()) {
    C->replaceAllUsesWith(ParentTag);
    C->eraseFromParent();
    return;
  }
  MDNode *Unlikely = MDBuilder(C->getContext()).createUnlikelyBranchWeights();
  IRBuilder<> B(C);
  Value *Addr = C->getArgOperand(RetagOperand::Addr);
  if (!Size || Size->getZExtValue() > kMaxInlineSize) {
    Value *Top =
        emitWholeRunTopWord(B, Addr, C->getArgOperand(RetagOperand::Size));
    Value *Allows = emitWordWithin(B, Top, ParentTag, sbsan_no_child_low(K),
                                   sbsan_no_child_bound(K));
    runOnlyIf(C, B.CreateNot(Allows, "sbsan.parent.refuses"), Unlikely,
              ParentTag, "sbsan.retag.parent");
    return;
  }
  // Every granule the range touches: one at each 8 bytes, and the last.
  uint64_t N = Size->getZExtValue();
  SmallVector<uint64_t, 5> Offsets;
  for (uint64_t Off = 0; Off < N; Off += 8)
    Offsets.push_back(Off);
  if (Offsets.back() != N - 1)
    Offsets.push_back(N - 1);
  Value *Skip = nullptr;
  for (uint64_t Off : Offsets) {
    Value *At = Off ? B.CreateConstGEP1_64(Hooks.I8, Addr, Off) : Addr;
    Value *Allows =
        emitWordWithin(B, emitTopWord(B, At), ParentTag, sbsan_no_child_low(K),
                       sbsan_no_child_bound(K));
    Skip = Skip ? B.CreateAnd(Skip, Allows) : Allows;
  }
  runOnlyIf(C, B.CreateNot(Skip, "sbsan.parent.refuses"), Unlikely, ParentTag,
            "sbsan.retag.parent");
}

bool ChainFolder::isReusable(CallInst *C2) const {
  CallInst *C1 = asRetag(C2->getArgOperand(Parent));
  if (!C1 || isWithoutChild(C1))
    return false;
  uint32_t K1 = kindOf(C1), K2 = kindOf(C2);
  return (K1 & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_SHARED_RO &&
         K2 == SBSAN_RETAG_SHARED_RO && !(K1 & SBSAN_RETAG_RAW_CHILD);
}

bool ChainFolder::tryFold(CallInst *C2) {
  // (A C2 without a child would hand C1's tag on: C1 is not dead.)
  CallInst *C1 = asRetag(C2->getArgOperand(Parent));
  if (!C1 || C1->getParent() != C2->getParent() || !sameRange(C1, C2) ||
      isWithoutChild(C2))
    return false;
  uint32_t K1 = kindOf(C1), K2 = kindOf(C2);
  uint32_t Perm = K1 & SBSAN_RETAG_KIND_MASK;
  if (Perm != (K2 & SBSAN_RETAG_KIND_MASK) ||
      (Perm != SBSAN_RETAG_UNIQUE && Perm != SBSAN_RETAG_SHARED_RO) ||
      (K1 & (SBSAN_RETAG_PROTECT_STRONG | SBSAN_RETAG_PROTECT_WEAK)) ||
      !onlyFramesBetween(C1, C2, /*ExitsAllowed=*/true))
    return false;
  SmallVector<Instruction *, 4> DeadStores;
  for (User *U : C1->users()) {
    if (U == C2)
      continue;
    if (!isDeadSlotStore(U))
      return false;
    DeadStores.push_back(cast<Instruction>(U));
  }
  for (Instruction *S : DeadStores)
    S->eraseFromParent();
  C2->setArgOperand(Parent, C1->getArgOperand(Parent));
  C1->eraseFromParent();
  ++stats::NumRetagsFolded;
  return true;
}

int ChainFolder::frameDelta(const Instruction &I) const {
  const auto *CB = dyn_cast<CallBase>(&I);
  const Function *Callee = CB ? CB->getCalledFunction() : nullptr;
  return Callee == FuncEnter ? 1 : Callee == FuncExit ? -1 : 0;
}

void ChainFolder::computeDepths(Function &F) {
  DepthAfter.clear();
  Exits.clear();
  DenseMap<const BasicBlock *, int> Start, Delta;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      Delta[&BB] += frameDelta(I);
  SmallVector<const BasicBlock *, 32> Work;
  Start[&F.getEntryBlock()] = 0;
  Work.push_back(&F.getEntryBlock());
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    int End = Start[BB] + Delta[BB];
    for (const BasicBlock *Succ : successors(BB)) {
      auto [It, New] = Start.try_emplace(Succ, End);
      if (New)
        Work.push_back(Succ);
      else if (It->second != End)
        return; // no depths: only same-block elision
    }
  }
  for (auto &[BB, Depth] : Start) {
    for (const Instruction &I : *BB) {
      Depth += frameDelta(I);
      if (!isa<CallBase>(I))
        continue;
      DepthAfter[&I] = Depth;
      if (frameDelta(I) < 0)
        Exits.push_back(cast<CallBase>(&I));
    }
  }
}

bool ChainFolder::frameLiveAt(CallInst *P, CallInst *C) {
  if (P->getParent() == C->getParent() && P->comesBefore(C))
    return noExitBetween(P, C);
  if (!DepthsComputed) {
    computeDepths(*P->getFunction());
    DepthsComputed = true;
  }
  if (!DepthAfter.count(P) || !DepthAfter.count(C))
    return false;
  if (!DT)
    DT.emplace(*P->getFunction());
  if (!DT->dominates(P, C))
    return false;
  // P's frame ends at an exit that leaves a depth below P's. C must not be
  // reachable from any such exit that P reaches.
  int Frame = DepthAfter.lookup(P);
  if (Frame <= 0 || DepthAfter.lookup(C) < Frame)
    return false;
  for (const CallBase *Exit : Exits)
    if (DepthAfter.lookup(Exit) < Frame &&
        isPotentiallyReachable(P, Exit, nullptr, &*DT) &&
        isPotentiallyReachable(Exit, C, nullptr, &*DT))
      return false;
  return true;
}

bool ChainFolder::tryElide(CallInst *C2) {
  CallInst *P = asRetag(C2->getArgOperand(Parent));
  if (!P || isWithoutChild(P) || !sameRange(P, C2))
    return false;
  uint32_t KP = kindOf(P), KC = kindOf(C2);
  if (KP != (SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_PROTECT_STRONG) ||
      (KC != SBSAN_RETAG_SHARED_RO &&
       KC != (SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_PROTECT_STRONG)) ||
      !frameLiveAt(P, C2))
    return false;
  Elided.push_back(C2);
  return true;
}

// C2's result becomes its parent's tag while the runtime's elision flag is
// set, and C2 itself runs only when it is not.
void ChainFolder::emitElision(CallInst *C2, Value *ParentTag) {
  IRBuilder<> B(C2);
  Value *Flag =
      B.CreateLoad(Hooks.I8, Hooks.elideFlagGlobal(), "sbsan.elide.chain");
  Value *Off = B.CreateICmpEQ(Flag, B.getInt8(0));
  runOnlyIf(C2, Off, /*Weights=*/nullptr, ParentTag, "sbsan.retag.chain");
}

bool ChainFolder::run(Function &F) {
  bool Changed = false;
  // Folding first (it only erases instructions before the one visited),
  // then reuse and elision of what is left: both chosen before any is
  // emitted, so that a chain of three is answered in full.
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (CallInst *C = asRetag(&I))
        while (tryFold(C))
          Changed = true;
  Reused.clear();
  Elided.clear();
  WithoutChild.clear();
  IsWithoutChild.clear();
  DepthsComputed = false;
  DT.reset();
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (CallInst *C = asRetag(&I)) {
        if (uint32_t Flags = withoutChildFlags(C)) {
          WithoutChild.push_back({C, Flags});
          IsWithoutChild.insert(C);
        } else if (isReusable(C)) {
          Reused.push_back(C);
        } else {
          tryElide(C);
        }
      }
  for (auto [C, Flags] : WithoutChild)
    emitWithoutChild(C, Flags);
  for (CallInst *C : Reused)
    emitElision(C, C->getArgOperand(Parent));
  for (CallInst *C : Elided)
    emitElision(C, C->getArgOperand(Parent));
  stats::NumRetagsReused += Reused.size();
  stats::NumRetagsElidedInChains += Elided.size();
  stats::NumRetagsWithoutChild += WithoutChild.size();
  return Changed || !Reused.empty() || !Elided.empty() || !WithoutChild.empty();
}

} // namespace

PreservedAnalyses SBSanRetagChainsPass::run(Module &M,
                                            ModuleAnalysisManager &) {
  if (!opts::FoldRetagChains || !M.getNamedMetadata(InstrumentedModuleMD))
    return PreservedAnalyses::all();
  ChainFolder Folder(M);
  if (!Folder.hasRetags())
    return PreservedAnalyses::all();
  bool Changed = false;
  for (Function &F : M)
    if (!F.isDeclaration())
      Changed |= Folder.run(F);
  // SBSanPass printed its statistics before inlining; these come after.
  if (opts::PrintStats)
    errs() << "sbsan: after inlining: " << stats::NumRetagsReused.getValue()
           << " retags reused, " << stats::NumRetagsFolded.getValue()
           << " folded, " << stats::NumRetagsElidedInChains.getValue()
           << " elided, " << stats::NumRetagsWithoutChild.getValue()
           << " without a child\n";
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace sbsan
