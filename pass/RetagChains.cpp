//===- RetagChains.cpp - Folding chains of retags after inlining ----------===//
//
// SBSanPass runs before inlining, so every call of a small std function
// (`Index::index`, `Deref::deref`, `as_slice`, iterator adaptors) makes its
// own retags: the entry retag of `self`, the retag of the returned
// reference. Once the inliner has put such functions into their caller,
// the same range is retagged several times in a row, each retag's parent
// the previous one's result. SBSanRetagChainsPass runs at the end of the
// optimization pipeline and answers three shapes of such chains at compile
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
//
// Reuse and elision are static forms of the runtime's elision of frozen
// reborrows, so its flag __sbsan_elide_frozen_reborrows still decides at
// run time: the retag's call is made only when the flag is off. All three
// only remove runtime calls; they are off with -sbsan-fold-retag-chains=0.
//
//===----------------------------------------------------------------------===//
#include "RetagChains.h"

#include "ConditionalCalls.h"
#include "ModuleContext.h"
#include "RuntimeHooks.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"
#include "sbsan_interface.h"

#include "llvm/Analysis/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
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

class ChainFolder {
public:
  explicit ChainFolder(Module &M)
      : Hooks(M), Retag(M.getFunction(hookName(Hook::Retag))),
        FuncEnter(M.getFunction(hookName(Hook::FuncEnter))),
        FuncExit(M.getFunction(hookName(Hook::FuncExit))) {}

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
  bool isReusable(CallInst *C2) const;
  bool tryFold(CallInst *C2);
  bool tryElide(CallInst *C2);
  void emitElision(CallInst *C2, Value *ParentTag);

  // Answered with their parent's tag while the runtime elides, by rule.
  SmallVector<CallInst *, 16> Reused, Elided;

  RuntimeHooks Hooks;
  Function *Retag, *FuncEnter, *FuncExit;
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
  // Readers use a slot's tag only if its value field matches the pointer,
  // so clearing the value field kills the tag as surely as overwriting it.
  SlotField Value = Field->valueField();
  for (const Instruction *I = S->getNextNode(); I; I = I->getNextNode()) {
    if (auto *Later = dyn_cast<StoreInst>(I)) {
      std::optional<SlotField> F = slotFieldOf(Later->getPointerOperand(), DL);
      auto *C = dyn_cast<ConstantInt>(Later->getValueOperand());
      if (F && (*F == *Field || (*F == Value && C && C->isZero())))
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

bool ChainFolder::noExitBetween(Instruction *From, Instruction *To) const {
  for (Instruction *I = From->getNextNode(); I && I != To; I = I->getNextNode())
    if (auto *CB = dyn_cast<CallBase>(I))
      if (CB->getCalledFunction() == FuncExit || !CB->getCalledFunction())
        return false;
  return true;
}

bool ChainFolder::isReusable(CallInst *C2) const {
  CallInst *C1 = asRetag(C2->getArgOperand(Parent));
  if (!C1)
    return false;
  uint32_t K1 = kindOf(C1), K2 = kindOf(C2);
  return (K1 & SBSAN_RETAG_KIND_MASK) == SBSAN_RETAG_SHARED_RO &&
         K2 == SBSAN_RETAG_SHARED_RO && !(K1 & SBSAN_RETAG_RAW_CHILD);
}

bool ChainFolder::tryFold(CallInst *C2) {
  CallInst *C1 = asRetag(C2->getArgOperand(Parent));
  if (!C1 || C1->getParent() != C2->getParent() || !sameRange(C1, C2))
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
  if (!P || !sameRange(P, C2))
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
  DepthsComputed = false;
  DT.reset();
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (CallInst *C = asRetag(&I)) {
        if (isReusable(C))
          Reused.push_back(C);
        else
          tryElide(C);
      }
  for (CallInst *C : Reused)
    emitElision(C, C->getArgOperand(Parent));
  for (CallInst *C : Elided)
    emitElision(C, C->getArgOperand(Parent));
  stats::NumRetagsReused += Reused.size();
  stats::NumRetagsElidedInChains += Elided.size();
  return Changed || !Reused.empty() || !Elided.empty();
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
           << " elided\n";
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace sbsan
