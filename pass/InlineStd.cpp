//===- InlineStd.cpp - Small standard-library calls inlined first ---------===//
//
// rustc's code is full of calls to std's small generic functions
// (`Index::index`, `deref`, `as_slice`, iterator constructors and `next`,
// `__iterator_get_unchecked`), instantiated in the crate being compiled and
// instrumented there. Instrumented, they are too large for the inliner, so
// every iterator step stays a call with a frame, a protected retag of the
// iterator (a stack variable that is tracked only because it is passed to
// that call) and a provenance load. SBSanInlineStdPass runs before SBSanPass
// above -O0 and inlines calls of such functions (defined in the module,
// their source under rustc's `library/`, at most -sbsan-inline-std-limit IR
// instructions, not drop glue) into their callers, so that SBSanPass sees
// one function: the iterator no longer escapes, is not tracked, and its
// pointers' tags live in SSA values.
//
// What the call meant to Stacked Borrows is kept at the call site, as
// placeholders that SBSanPass lowers like rustc's retag intrinsics
// (RustRetagIntrinsics.cpp), planned by the same code that plans the
// callee's own retags (FunctionInstrumenter::planBoundaryRetags):
//  - each entry retag is made where the call was, with the same parent,
//    kind and size, and the inlined body uses the new tag (the argument
//    becomes the placeholder's result);
//  - the return retag is made on the returned value, which the caller
//    adopts, as after a call.
// What is given up, never invented: the protectors of these calls (a
// protector only adds reports), and the checks on a temporary of the
// caller (an iterator, a Zip) or a variable of the standard library's own
// code that only the inlined calls took by reference: it no longer
// escapes, so SBSanPass does not track it. A variable of the program's
// own code that such a call took stays tracked (metadata
// EscapedIntoInlinedCallMD). Unprotected shared retags may be elided by
// the runtime where protected ones were not (docs/design.md section 5).
//
//===----------------------------------------------------------------------===//
#include "InlineStd.h"
#include "DebugInfoTypes.h"
#include "FunctionInstrumenter.h"
#include "ModuleContext.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Analysis/InlineCost.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Cloning.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

namespace {

struct BoundaryPlans {
  SmallVector<std::pair<Argument *, RetagPlan>, 4> Entry;
  RetagPlan Return;
};

// The instructions all inlining may add: this many times the module's
// instrumented Rust code, plus a constant for small modules.
constexpr uint64_t kGrowthFactor = 16;
constexpr uint64_t kGrowthSlack = 1 << 16;

unsigned instructionCount(const Function &F, unsigned Limit) {
  unsigned N = 0;
  for (const BasicBlock &BB : F) {
    N += BB.sizeWithoutDebug();
    if (N > Limit)
      break;
  }
  return N;
}

class StdInliner {
public:
  explicit StdInliner(Module &M) : MC(M), M(M) {}
  // Returns whether the module changed.
  bool run();

private:
  // F's size in IR instructions if its calls are inlined, else 0.
  unsigned inlineSize(Function &F);
  const BoundaryPlans &plansFor(Function &F);
  bool inlineCall(CallBase *CB, Function &Callee,
                  SmallVectorImpl<CallBase *> &NewCalls);
  Function *placeholder();
  CallInst *emitPlaceholder(IRBuilderBase &B, Value *Ptr, Value *Size,
                            const RetagPlan &P);

  ModuleContext MC;
  Module &M;
  DenseMap<Function *, unsigned> InlineSizes;
  DenseMap<Function *, std::unique_ptr<BoundaryPlans>> Plans;
  Function *Placeholder = nullptr;
};

unsigned StdInliner::inlineSize(Function &F) {
  auto [It, New] = InlineSizes.try_emplace(&F, 0);
  if (!New)
    return It->second;
  const DISubprogram *SP = F.getSubprogram();
  if (F.isDeclaration() || F.isInterposable() || F.isVarArg() ||
      F.hasFnAttribute(Attribute::NoInline) || !MC.shouldInstrument(F) ||
      MC.languageOf(F) != SourceLang::Rust || !isStdLibrarySource(SP) ||
      isDropGlue(SP))
    return 0;
  unsigned Size = instructionCount(F, opts::InlineStdLimit);
  if (Size <= opts::InlineStdLimit && isInlineViable(F).isSuccess())
    It->second = Size;
  return It->second;
}

const BoundaryPlans &StdInliner::plansFor(Function &F) {
  std::unique_ptr<BoundaryPlans> &BP = Plans[&F];
  if (!BP) {
    BP = std::make_unique<BoundaryPlans>();
    FunctionInstrumenter(F, MC).planBoundaryRetags(BP->Entry, BP->Return);
  }
  return *BP;
}

Function *StdInliner::placeholder() {
  if (!Placeholder) {
    LLVMContext &C = M.getContext();
    Type *Ptr = PointerType::getUnqual(C);
    auto *FTy = FunctionType::get(
        Ptr, {Ptr, Type::getInt64Ty(C), Type::getInt8Ty(C), Ptr, Ptr}, false);
    Placeholder = cast<Function>(
        M.getOrInsertFunction(InlinedRetagName, FTy).getCallee());
  }
  return Placeholder;
}

CallInst *StdInliner::emitPlaceholder(IRBuilderBase &B, Value *Ptr, Value *Size,
                                      const RetagPlan &P) {
  uint64_t Flags = 0;
  Constant *Null =
      ConstantPointerNull::get(PointerType::getUnqual(M.getContext()));
  Constant *Cells = Null;
  switch (P.Kind) {
  case RetagPlan::Unique:
    Flags |= retag_flags::Mutable;
    break;
  case RetagPlan::SharedRO:
    Flags |= retag_flags::Freeze;
    break;
  case RetagPlan::SharedMixed: {
    uint64_t N;
    Cells = P.cellRangesConstant(M, N);
    break;
  }
  case RetagPlan::SharedRW:
  case RetagPlan::None:
    break;
  }
  return B.CreateCall(placeholder(),
                      {Ptr, Size, B.getInt8(Flags), Cells, Null});
}

// Places the callee's retags around the call, then inlines it. Returns
// false, with the IR unchanged, when the call cannot be inlined.
bool StdInliner::inlineCall(CallBase *CB, Function &Callee,
                            SmallVectorImpl<CallBase *> &NewCalls) {
  Function *Caller = CB->getFunction();
  if (Caller == &Callee || CB->isMustTailCall() ||
      CB->getFunctionType() != Callee.getFunctionType() ||
      CB->hasOperandBundles())
    return false;
  if (Callee.hasPersonalityFn() && Caller->hasPersonalityFn() &&
      Callee.getPersonalityFn()->stripPointerCasts() !=
          Caller->getPersonalityFn()->stripPointerCasts())
    return false;
  const BoundaryPlans &BP = plansFor(Callee);
  bool RetagResult = BP.Return.isRetag() && !CB->use_empty();
  BasicBlock::iterator After;
  if (auto *II = dyn_cast<InvokeInst>(CB)) {
    if (RetagResult && !II->getNormalDest()->getSinglePredecessor())
      return false;
    After = II->getNormalDest()->getFirstInsertionPt();
  } else {
    After = std::next(CB->getIterator());
    // Before the debug records there, which describe the result.
    After.setHeadBit(true);
  }

  // A variable of the program's own code that the call would have let
  // escape stays tracked (Allocas.cpp); temporaries such as iterators, and
  // the standard library's own variables, do not.
  for (Value *Op : CB->args())
    if (auto *AI = dyn_cast<AllocaInst>(getUnderlyingObject(Op)))
      for (DbgVariableRecord *DVR : findDVRDeclares(AI))
        if (isProgramVariable(DVR->getVariable()))
          AI->setMetadata(EscapedIntoInlinedCallMD,
                          MDNode::get(AI->getContext(), {}));
  IRBuilder<> B(CB);
  for (auto &[A, P] : BP.Entry) {
    Value *Len = nullptr;
    if (P.Length) {
      auto *LenArg = dyn_cast<Argument>(P.Length);
      if (!LenArg || LenArg->getParent() != &Callee)
        continue;
      Len = CB->getArgOperand(LenArg->getArgNo());
    }
    unsigned ArgNo = A->getArgNo();
    CB->setArgOperand(ArgNo, emitPlaceholder(B, CB->getArgOperand(ArgNo),
                                             P.emitSize(B, Len), P));
  }
  if (RetagResult) {
    // The uses of the call's value move to the retagged value, except in
    // the instructions computing it.
    SmallPtrSet<Instruction *, 8> Added;
    IRBuilder<ConstantFolder, IRBuilderCallbackInserter> RB(
        CB->getContext(), ConstantFolder(),
        IRBuilderCallbackInserter([&](Instruction *I) { Added.insert(I); }));
    RB.SetInsertPoint(After->getParent(), After);
    RB.SetCurrentDebugLocation(CB->getDebugLoc());
    Value *Result;
    if (CB->getType()->isPointerTy()) {
      Value *Size = BP.Return.emitSize(RB, nullptr);
      Result = emitPlaceholder(RB, CB, Size, BP.Return);
    } else {
      // A returned slice {ptr, len}: its length sizes the retag.
      Value *Ptr = RB.CreateExtractValue(CB, 0);
      Value *Len = RB.CreateExtractValue(CB, 1);
      Value *New =
          emitPlaceholder(RB, Ptr, BP.Return.emitSize(RB, Len), BP.Return);
      Result = RB.CreateInsertValue(CB, New, 0);
    }
    CB->replaceUsesWithIf(Result, [&](Use &U) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      return !I || !Added.count(I);
    });
    // The caller's variables hold the retagged value: SBSanPass plans the
    // retag of a call's result from them (planCallResultRetag).
    SmallVector<DbgVariableRecord *, 2> DbgUsers;
    findDbgUsers(CB, DbgUsers);
    for (DbgVariableRecord *DVR : DbgUsers)
      DVR->replaceVariableLocationOp(CB, Result);
  }
  InlineFunctionInfo IFI;
  InlineResult R = InlineFunction(*CB, IFI);
  if (!R.isSuccess())
    report_fatal_error(Twine("sbsan: cannot inline ") + Callee.getName() +
                           ": " + R.getFailureReason(),
                       /*gen_crash_diag=*/false);
  ++stats::NumStdCallsInlined;
  for (CallBase *New : IFI.InlinedCallSites)
    NewCalls.push_back(New);
  return true;
}

bool StdInliner::run() {
  // With rustc's retag intrinsics the retags are in the callee's body and
  // would move into the caller with their protector flags.
  if (MC.hasRustRetagIntrinsics())
    return false;
  SmallVector<CallBase *, 64> Work;
  uint64_t Size = 0;
  for (Function &F : M) {
    if (F.isDeclaration() || !MC.shouldInstrument(F) ||
        MC.languageOf(F) != SourceLang::Rust)
      continue;
    for (Instruction &I : instructions(F)) {
      ++Size;
      if (auto *CB = dyn_cast<CallBase>(&I))
        Work.push_back(CB);
    }
  }
  // Calls the inlined bodies bring along are inlined too; the budget, in
  // instructions inlined, bounds the growth where std's functions call
  // each other deeply (most inlined callees are left dead, for the
  // optimizer to delete).
  uint64_t Budget = kGrowthFactor * Size + kGrowthSlack;
  bool Changed = false;
  while (!Work.empty()) {
    CallBase *CB = Work.pop_back_val();
    auto *Callee = dyn_cast<Function>(CB->getCalledOperand());
    unsigned Cost = Callee ? inlineSize(*Callee) : 0;
    if (!Cost || Cost > Budget)
      continue;
    SmallVector<CallBase *, 8> NewCalls;
    if (inlineCall(CB, *Callee, NewCalls)) {
      Changed = true;
      Budget -= Cost;
      Work.append(NewCalls.begin(), NewCalls.end());
    }
  }
  // Callees every call of which was inlined are left to the optimizer's
  // dead-function elimination; SBSanPass still instruments them.
  return Changed;
}

} // namespace

PreservedAnalyses SBSanInlineStdPass::run(Module &M, ModuleAnalysisManager &) {
  if (!opts::InlineStdLimit || M.getNamedMetadata(InstrumentedModuleMD))
    return PreservedAnalyses::all();
  return StdInliner(M).run() ? PreservedAnalyses::none()
                             : PreservedAnalyses::all();
}

} // namespace sbsan
