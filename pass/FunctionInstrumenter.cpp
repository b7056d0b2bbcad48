//===- FunctionInstrumenter.cpp - Phases of one function's instrumentation ===//
//
// The driver of the collect / instrument / finalize phases described in
// FunctionInstrumenter.h, and the collect phase itself. The instruction list
// is collected before anything is inserted, so the pass only ever visits
// instructions of the original function; everything it inserts is
// bookkeeping the walk must not see again.
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/InstIterator.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

FunctionInstrumenter::FunctionInstrumenter(Function &F, ModuleContext &MC)
    : F(F), MC(MC), H(MC.Hooks), DL(MC.DL) {
  SourceLang L = MC.languageOf(F);
  IsRust = L == SourceLang::Rust;
  IsC = L == SourceLang::C;
  LowerRustRetags = MC.hasRustRetagIntrinsics();
}

bool FunctionInstrumenter::shouldSkip() {
  // Funclet-based EH (Windows) needs funclet bundles on every call we add;
  // it does not occur on the targets SBSan supports.
  for (BasicBlock &BB : F)
    if (BB.isEHPad() && !BB.isLandingPad()) {
      SBSAN_LOG(log() << "sbsan: " << F.getName()
                      << ": funclet EH pads, not instrumented\n");
      return true;
    }
  return false;
}

bool FunctionInstrumenter::run() {
  if (shouldSkip()) {
    ++stats::NumFunctionsSkipped;
    return false;
  }
  ++stats::NumFunctions;
  SBSAN_LOG(log() << "sbsan: instrumenting " << F.getName()
                  << (IsRust ? " (Rust)"
                      : IsC  ? " (C)"
                             : "")
                  << "\n");

  // ---- prepare (the only IR changes before instrumenting) ----
  normalize();
  // ---- collect (reads the IR, plans every retag) ----
  collect();

  // ---- instrument ----
  readArgumentSlots();
  initLocalShadows();
  if (NeedsProtectorFrame)
    ensureFrame();
  emitEntryRetags();
  if (IsC && opts::Restrict)
    emitRestrictRetags();
  registerAllocas();
  instrumentLandingPads();

  for (Instruction *I : Work) {
    if (RustRetags.count(I)) {
      instrumentRustRetag(I);
      continue;
    }
    if (auto *LI = dyn_cast<LoadInst>(I)) {
      instrumentLoad(LI);
      instrumentLoadRetag(LI);
    } else if (auto *SI = dyn_cast<StoreInst>(I)) {
      instrumentStore(SI);
    } else if (auto *RMW = dyn_cast<AtomicRMWInst>(I)) {
      instrumentAtomicRMW(RMW);
    } else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(I)) {
      instrumentCmpXchg(CX);
    } else if (auto *PI = dyn_cast<PtrToIntInst>(I)) {
      instrumentPtrToInt(PI);
    } else if (auto *RI = dyn_cast<ReturnInst>(I)) {
      instrumentReturn(RI);
    } else if (isa<ResumeInst>(I)) {
      instrumentResume(I);
    } else if (auto *II = dyn_cast<IntrinsicInst>(I)) {
      switch (II->getIntrinsicID()) {
      case Intrinsic::lifetime_end:
        instrumentLifetimeEnd(II);
        break;
      case Intrinsic::memcpy:
      case Intrinsic::memcpy_inline:
      case Intrinsic::memmove:
      case Intrinsic::memset:
      case Intrinsic::memset_inline:
      case Intrinsic::memcpy_element_unordered_atomic:
      case Intrinsic::memmove_element_unordered_atomic:
      case Intrinsic::memset_element_unordered_atomic:
        instrumentMemIntrinsic(II);
        break;
      default:
        instrumentMaskedOrUnknownIntrinsic(II);
        break;
      }
    } else if (auto *CB = dyn_cast<CallBase>(I)) {
      instrumentCall(CB);
    }
  }

  // ---- finalize ----
  fillPhiTags();
  expandGuardedCalls();
  expandFastPaths();
  expandInlineElisions();
  // __rust_retag_mem calls in unreachable blocks were never visited; they
  // must go too (the function does not exist at link time). The visited
  // ones are queued already, and blocks may have been split since.
  SmallPtrSet<Instruction *, 16> Queued(ToErase.begin(), ToErase.end());
  for (auto &[I, R] : RustRetags)
    if (R.IsMem && Queued.insert(I).second)
      ToErase.push_back(I);
  for (Instruction *I : ToErase)
    I->eraseFromParent();
  // Last: it turns calls into invokes, which splits blocks.
  emitUnwindExits();
  return true;
}

// Gives every value whose tag must be materialized after it a place to put
// that code: the result of an invoke is only available in its normal
// destination, so that edge gets its own block when the destination has
// other predecessors or phis that use the result.
void FunctionInstrumenter::normalize() {
  SmallVector<InvokeInst *, 8> Invokes;
  for (BasicBlock &BB : F)
    if (auto *II = dyn_cast<InvokeInst>(BB.getTerminator()))
      if (hasPointerLeaves(II->getType()))
        Invokes.push_back(II);
  for (InvokeInst *II : Invokes) {
    BasicBlock *Dest = II->getNormalDest();
    if (Dest->getSinglePredecessor() && !isa<PHINode>(Dest->front()))
      continue;
    BasicBlock *From = II->getParent();
    BasicBlock *Mid =
        BasicBlock::Create(F.getContext(), "sbsan.invoke.cont", &F, Dest);
    BranchInst::Create(Dest, Mid);
    II->setNormalDest(Mid);
    // Only the phi entries of this edge move; other edges from From to Dest
    // (the unwind edge cannot be one: Dest is not a landing pad) stay.
    for (PHINode &Phi : Dest->phis()) {
      int Idx = Phi.getBasicBlockIndex(From);
      if (Idx >= 0)
        Phi.setIncomingBlock(Idx, Mid);
    }
  }

  if (LowerRustRetags || MC.hasInlinedRetags())
    lowerRustRetagPlaceholders();
}

void FunctionInstrumenter::collectBlocks() {
  ReversePostOrderTraversal<Function *> RPOT(&F);
  for (BasicBlock *BB : RPOT) {
    RPO.push_back(BB);
    Reachable.insert(BB);
  }
}

void FunctionInstrumenter::collect() {
  collectBlocks();
  for (BasicBlock *BB : RPO)
    for (Instruction &I : *BB) {
      if (auto *AI = dyn_cast<AllocaInst>(&I))
        Allocas.push_back(AI);
      if (auto *PI = dyn_cast<PtrToIntInst>(&I)) {
        if (opts::ExposeAll || addressMayBecomePointer(*PI))
          Work.push_back(&I);
        else
          ++stats::NumAddressesNotExposed;
        continue;
      }
      if (RustRetags.count(&I) || isa<LoadInst>(I) || isa<StoreInst>(I) ||
          isa<AtomicRMWInst>(I) || isa<AtomicCmpXchgInst>(I) ||
          isa<ReturnInst>(I) || isa<ResumeInst>(I) || isa<CallBase>(I))
        Work.push_back(&I);
    }
  DT = std::make_unique<DominatorTree>(F);
  collectDebugVars();
  analyzeAllocas();
  planLocalProvenance();
  if (IsRust && !LowerRustRetags)
    planRetags();
}

// Every retag of the function, decided on the original code (the uses
// instrumentation adds, slot checks and runtime calls, are no uses by the
// program). rustc's retag intrinsics, when present, are planned where
// they are lowered (RustRetagIntrinsics.cpp) and replace these.
void FunctionInstrumenter::planRetags() {
  planBoundary();
  for (Instruction *I : Work) {
    if (auto *LI = dyn_cast<LoadInst>(I)) {
      if (!opts::LoadRetags)
        continue;
      RetagPlan P = planLoadRetag(LI);
      if (P.isRetag())
        LoadPlans[LI] = std::move(P);
    } else if (auto *CB = dyn_cast<CallBase>(I)) {
      if (!opts::CallResultRetags)
        continue;
      RetagPlan P = planCallResultRetag(CB);
      if (P.isRetag())
        CallResultPlans[CB] = std::move(P);
    } else if (auto It = RustRetags.find(I);
               It != RustRetags.end() && It->second.Inlined) {
      // An inlined call's returned value: retagged like the call's.
      if (!opts::CallResultRetags)
        continue;
      RetagPlan P = planThinResultRetag(I);
      if (P.isRetag())
        CallResultPlans[I] = std::move(P);
    }
  }
}

void FunctionInstrumenter::planBoundary() {
  if (opts::EntryRetags)
    for (Argument &A : F.args()) {
      RetagPlan P = planParamRetag(A);
      if (P.isRetag())
        EntryPlans.push_back({&A, std::move(P)});
    }
  if (opts::ReturnRetags)
    ReturnPlan = planReturnRetag();
}

void FunctionInstrumenter::planBoundaryRetags(
    SmallVectorImpl<std::pair<Argument *, RetagPlan>> &Entry,
    RetagPlan &Return) {
  collectBlocks();
  collectDebugVars();
  if (!IsRust || LowerRustRetags)
    return;
  planBoundary();
  Entry.append(EntryPlans.begin(), EntryPlans.end());
  Return = ReturnPlan;
}

} // namespace sbsan
