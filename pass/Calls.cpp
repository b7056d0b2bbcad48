//===- Calls.cpp - Tags across calls and returns, function exits ----------===//
//
// Argument tags travel in __sbsan_arg_slots, return tags in __sbsan_ret_slot
// (sbsan_interface.h). Pointer leaves of the fixed parameters are numbered
// in order across all parameters (a slice {ptr, i64} passed as one
// aggregate uses one number); the first SBSAN_ARG_SLOTS leaves get slots,
// later ones are wildcards. A returned aggregate's first pointer leaf uses
// the return slot and its further leaves the argument slots 0, 1, ...
// (free again once the callee has read its arguments).
//
// Each slot holds the pointer value next to the tag. The reader uses the
// tag only if the value equals the pointer it got, so a mismatch between an
// instrumented and an uninstrumented side (either direction), a varargs
// call, or a function type mismatch gives a wildcard, never a wrong tag.
// The caller clears the return slot's value before the call so that an
// uninstrumented callee cannot leave an older tag behind.
//
// Function exits (ret, resume) end the protector frame and deallocate the
// registered allocas. A musttail call must be followed directly by its ret,
// so there the exit code goes before the call and the callee's return slot
// is passed through untouched.
//
// Every __sbsan_func_enter is matched by a __sbsan_func_exit on every path
// out of the function, unwinding included: the runtime nests frames with
// equal addresses (a callee inlined after instrumentation shares its
// caller's frame address) and only ends frames strictly below a new one
// lazily, so a frame left without its exit would protect its tags until
// its caller returns. Calls that may unwind out of such a function become
// invokes of a cleanup that leaves the frame and resumes
// (llvm::EscapeEnumerator).
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/IR/EHPersonalities.h"
#include "llvm/Transforms/Utils/EscapeEnumerator.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

namespace {
bool isCallToRuntimeOrIntrinsic(const CallBase *CB, const RuntimeHooks &H) {
  const Function *Callee = CB->getCalledFunction();
  return Callee && (Callee->isIntrinsic() || H.isHook(Callee));
}
} // namespace

void FunctionInstrumenter::instrumentCall(CallBase *CB) {
  if (CB->isInlineAsm() && isa<CallInst>(CB)) {
    instrumentInlineAsm(CB);
    return;
  }
  if (CB->isInlineAsm() || isa<CallBrInst>(CB) ||
      isCallToRuntimeOrIntrinsic(CB, H))
    return;
  FunctionType *FTy = CB->getFunctionType();
  IRBuilder<> B(CB);
  unsigned Slot = 0;
  bool Any = false;
  SmallVector<unsigned, 4> Written;
  for (unsigned I = 0, E = FTy->getNumParams(); I != E; ++I) {
    Value *Arg = CB->getArgOperand(I);
    if (!tagTypeFor(Arg->getType()))
      continue;
    SmallVector<Leaf, 4> Leaves;
    pointerLeaves(Arg->getType(), Leaves);
    bool Local = CB->isByValArgument(I) ||
                 CB->paramHasAttr(I, Attribute::InAlloca) ||
                 CB->paramHasAttr(I, Attribute::Preallocated);
    Value *Tag = Local ? nullptr : getTag(Arg);
    for (const Leaf &L : Leaves) {
      unsigned Index = Slot++;
      if (Local)
        continue;
      if (Index >= SBSAN_ARG_SLOTS) {
        ++stats::NumSlotOverflow;
        continue;
      }
      Value *Ptr = extractLeaf(B, Arg, L.Path);
      Value *LeafTag = extractLeaf(B, Tag, L.Path);
      // One statement per instruction: the order of evaluation of function
      // arguments is unspecified, and the emitted IR must not depend on the
      // compiler that built the pass.
      Value *Int = B.CreatePtrToInt(Ptr, H.I64);
      Value *ValueAddr = slotField(B, false, Index, 0);
      B.CreateStore(Int, ValueAddr);
      Value *TagAddr = slotField(B, false, Index, 1);
      B.CreateStore(LeafTag, TagAddr);
      Any = true;
      Written.push_back(Index);
    }
  }
  if (Any)
    ++stats::NumCallsWithSlots;
  clearSlotsAfterCall(CB, Written);
}

// An instrumented callee clears the slots it reads. Anything else (C code,
// the libc functions the runtime intercepts) leaves them set, and a later
// interceptor called from uninstrumented code or for a lowered memory
// intrinsic must not take this call's tags for its own arguments: the
// caller clears them once the call returns. Not after an invoke (extern
// "C" functions do not unwind in Rust) or a musttail call (nothing may
// follow it), nor when an aggregate result passes its further pointers
// back in the argument slots.
void FunctionInstrumenter::clearSlotsAfterCall(CallBase *CB,
                                               ArrayRef<unsigned> Written) {
  const Function *Callee = CB->getCalledFunction();
  auto *CI = dyn_cast<CallInst>(CB);
  if (Written.empty() || !CI || CI->isMustTailCall() ||
      (Callee && !Callee->isDeclaration()))
    return;
  SmallVector<Leaf, 4> RetLeaves;
  if (tagTypeFor(CB->getType()))
    pointerLeaves(CB->getType(), RetLeaves);
  if (RetLeaves.size() > 1)
    return;
  IRBuilder<> B(CB->getParent(), insertPointAfter(CB));
  for (unsigned Index : Written)
    B.CreateStore(ConstantInt::get(H.I64, 0), slotField(B, false, Index, 0));
}

Value *FunctionInstrumenter::materializeCallResultTag(CallBase *CB) {
  Type *TT = tagTypeFor(CB->getType());
  if (CB->isInlineAsm() || isa<CallBrInst>(CB) ||
      isCallToRuntimeOrIntrinsic(CB, H))
    return wildcardTag(TT);
  SmallVector<Leaf, 4> Leaves;
  pointerLeaves(CB->getType(), Leaves);
  {
    IRBuilder<> Before(CB);
    Before.CreateStore(ConstantInt::get(H.I64, 0),
                       slotField(Before, true, 0, 0));
  }
  IRBuilder<> B(CB->getParent(), insertPointAfter(CB));
  Value *Tag = wildcardTag(TT);
  for (unsigned I = 0; I < Leaves.size() && I <= SBSAN_ARG_SLOTS; ++I) {
    const Leaf &L = Leaves[I];
    Value *ValueAddr =
        I == 0 ? slotField(B, true, 0, 0) : slotField(B, false, I - 1, 0);
    Value *TagAddr =
        I == 0 ? slotField(B, true, 0, 1) : slotField(B, false, I - 1, 1);
    Value *Ptr = extractLeaf(B, CB, L.Path);
    Value *LeafTag = readCheckedTag(B, ValueAddr, TagAddr, Ptr, "sbsan.ret",
                                    "sbsan.tag.ret");
    if (I > 0)
      B.CreateStore(ConstantInt::get(H.I64, 0), ValueAddr);
    Tag = L.Path.empty() ? LeafTag : B.CreateInsertValue(Tag, LeafTag, L.Path);
  }
  auto PlanIt = CallResultPlans.find(CB);
  if (PlanIt == CallResultPlans.end())
    return Tag;
  RetagPlan P = PlanIt->second;
  if (P.SliceResult) {
    // The same retag as emitResultRetag's, over length elements.
    ++stats::NumCallResultRetags;
    // {data, length}: the data pointer's leaf, length elements.
    Value *Data = B.CreateExtractValue(CB, 0);
    Value *Length = B.CreateExtractValue(CB, 1);
    P.Length = B.CreateSelect(B.CreateIsNull(Data),
                              ConstantInt::get(Length->getType(), 0), Length);
    Value *New =
        emitRetag(B, Data, B.CreateExtractValue(Tag, 0), P, /*Adopt=*/false);
    return B.CreateInsertValue(Tag, New, 0);
  }
  return emitResultRetag(B, CB, Tag, P,
                         !CB->hasRetAttr(Attribute::NonNull) &&
                             !CB->getRetDereferenceableBytes());
}

void FunctionInstrumenter::emitExitCode(Instruction *Before) {
  IRBuilder<> B(Before);
  if (NeedsFrame && FrameAddr)
    B.CreateCall(H.get(Hook::FuncExit), {FrameAddr});
}

void FunctionInstrumenter::instrumentReturn(ReturnInst *RI) {
  Instruction *ExitPoint = RI;
  bool MustTail = false;
  if (CallInst *CI = RI->getParent()->getTerminatingMustTailCall()) {
    ExitPoint = CI;
    MustTail = true;
  }
  emitExitCode(ExitPoint);
  Value *RetVal = RI->getReturnValue();
  if (!MustTail && RetVal && tagTypeFor(RetVal->getType())) {
    IRBuilder<> B(RI);
    Value *Tag = getTag(RetVal);
    if (ReturnPlan.isRetag())
      Tag = applyReturnRetag(B, RetVal, Tag);
    SmallVector<Leaf, 4> Leaves;
    pointerLeaves(RetVal->getType(), Leaves);
    for (unsigned I = 0; I < Leaves.size() && I <= SBSAN_ARG_SLOTS; ++I) {
      const Leaf &L = Leaves[I];
      Value *Ptr = extractLeaf(B, RetVal, L.Path);
      Value *LeafTag = extractLeaf(B, Tag, L.Path);
      Value *ValueAddr =
          I == 0 ? slotField(B, true, 0, 0) : slotField(B, false, I - 1, 0);
      Value *TagAddr =
          I == 0 ? slotField(B, true, 0, 1) : slotField(B, false, I - 1, 1);
      B.CreateStore(B.CreatePtrToInt(Ptr, H.I64), ValueAddr);
      B.CreateStore(LeafTag, TagAddr);
    }
  }
  emitDeallocas(ExitPoint);
}

void FunctionInstrumenter::instrumentResume(Instruction *I) {
  emitExitCode(I);
  emitDeallocas(I);
}

// Behind -sbsan-landing-pad-prune (off: emitUnwindExits leaves every frame
// on unwinding). For frames some exit was missed for (code instrumented
// without unwinding exits), an exception that lands here unwound through
// calls below this frame whose frames are gone, but the runtime only learns
// that lazily from a later func_enter above their address. A frame entered
// and left just below this function's own frame address ends exactly those
// frames: enter(F - 1) ends every frame strictly below F - 1, exit(F - 1)
// ends the one it made; this function's frame (F), and frames of calls
// inlined into it (also at F), stay.
void FunctionInstrumenter::instrumentLandingPads() {
  if (!opts::LandingPadPrune)
    return;
  SmallVector<LandingPadInst *, 4> Pads;
  for (BasicBlock *BB : RPO)
    if (auto *LP = dyn_cast<LandingPadInst>(BB->getFirstNonPHIIt()))
      Pads.push_back(LP);
  if (Pads.empty())
    return;
  if (!FrameAddr) {
    IRBuilder<> B(H.Ctx);
    atEntry(B);
    FrameAddr = B.CreateIntrinsic(Intrinsic::frameaddress, {H.Ptr},
                                  {B.getInt32(0)}, nullptr, "sbsan.frame");
  }
  for (LandingPadInst *LP : Pads) {
    IRBuilder<> B(LP->getParent(), LP->getParent()->getFirstInsertionPt());
    Value *Below =
        B.CreateGEP(H.I8, FrameAddr, B.getInt64(-1), "sbsan.frame.below");
    B.CreateCall(H.get(Hook::FuncEnter), {Below});
    B.CreateCall(H.get(Hook::FuncExit), {Below});
  }
}

void FunctionInstrumenter::emitUnwindExits() {
  if (!NeedsFrame || !FrameAddr || !opts::UnwindExits || F.doesNotThrow())
    return;
  if (F.hasPersonalityFn() &&
      isScopedEHPersonality(classifyEHPersonality(F.getPersonalityFn()))) {
    ++stats::NumUnwindCleanupsSkipped;
    return;
  }
  // The exits that already leave the frame, and calls that cannot become
  // invokes: intrinsics that are not nounwind (statepoints, coroutine
  // intrinsics) may only be invoked in special cases.
  SmallPtrSet<Instruction *, 8> Handled;
  bool AnyCall = false;
  for (BasicBlock &BB : F) {
    Instruction *T = BB.getTerminator();
    if (T && (isa<ReturnInst>(T) || isa<ResumeInst>(T)))
      Handled.insert(T);
    for (Instruction &I : BB) {
      auto *CI = dyn_cast<CallInst>(&I);
      if (!CI || CI->doesNotThrow() || CI->isMustTailCall())
        continue;
      if (const Function *Callee = CI->getCalledFunction())
        if (Callee->isIntrinsic()) {
          ++stats::NumUnwindCleanupsSkipped;
          SBSAN_LOG(log() << "sbsan: " << F.getName() << ": " << *CI
                          << " may unwind but cannot be an invoke; no "
                             "unwinding exit\n");
          return;
        }
      AnyCall = true;
    }
  }
  if (!AnyCall)
    return;
  if (!F.hasPersonalityFn() && IsRust) {
    // Rust code unwinds with Rust's personality (EscapeEnumerator would
    // pick the C one from the target).
    FunctionCallee Pers = H.M.getOrInsertFunction(
        "rust_eh_personality", FunctionType::get(H.I32, /*isVarArg=*/true));
    F.setPersonalityFn(cast<Constant>(Pers.getCallee()));
  }
  EscapeEnumerator EE(F, "sbsan.cleanup", /*HandleExceptions=*/true);
  while (IRBuilder<> *B = EE.Next()) {
    Instruction *At = &*B->GetInsertPoint();
    if (Handled.count(At->getParent()->getTerminator()))
      continue; // a ret or resume of the function itself
    if (SP)
      B->SetCurrentDebugLocation(
          DILocation::get(H.Ctx, 0, 0, const_cast<DISubprogram *>(SP)));
    B->CreateCall(H.get(Hook::FuncExit), {FrameAddr});
    ++stats::NumUnwindCleanups;
  }
}

// Exposing a tag matters only to an int-to-pointer cast of the address
// (Miri's `expose_provenance`, as opposed to `addr()`). rustc's niche tests
// (`Option<Box<T>>` is None when the address is 0), alignment checks and
// address comparisons only compare it; exposing there would let later
// wildcard accesses use items that no pointer can reach. The address is
// followed through integer arithmetic in the function; a use that could
// carry it further (a store, a call, a return, an int-to-pointer cast, an
// aggregate) counts as becoming a pointer.
// rustc's `offset_from_unsigned` and `offset_from`: the difference of two
// addresses, `sub nuw`, or divided exactly by the element size. A distance
// is not an address (Miri's `ptr_offset_from` exposes nothing); a
// program's own `a as usize - b as usize` subtracts without `nuw` (or
// with an overflow check) and divides without `exact`.
static bool isPointerDistance(const User *U) {
  auto *Sub = dyn_cast<BinaryOperator>(U);
  if (!Sub || Sub->getOpcode() != Instruction::Sub ||
      !isa<PtrToIntInst>(Sub->getOperand(0)) ||
      !isa<PtrToIntInst>(Sub->getOperand(1)))
    return false;
  if (Sub->hasNoUnsignedWrap())
    return true;
  if (Sub->use_empty())
    return false;
  for (const User *Div : Sub->users()) {
    auto *BO = dyn_cast<BinaryOperator>(Div);
    if (!BO || !BO->isExact() ||
        (BO->getOpcode() != Instruction::UDiv &&
         BO->getOpcode() != Instruction::SDiv))
      return false;
  }
  return true;
}

bool addressMayBecomePointer(const PtrToIntInst &PI) {
  constexpr unsigned kMaxValues = 32;
  SmallVector<const Value *, 8> Work{&PI};
  SmallPtrSet<const Value *, 8> Seen{&PI};
  while (!Work.empty()) {
    const Value *V = Work.pop_back_val();
    for (const Use &U : V->uses()) {
      const User *Usr = U.getUser();
      if (isa<ICmpInst>(Usr) || isa<SwitchInst>(Usr))
        continue;
      if (isa<SelectInst>(Usr) && U.getOperandNo() == 0)
        continue;
      // An index only moves the GEP's base, whose tag the result keeps.
      if (isa<GetElementPtrInst>(Usr) && U.getOperandNo() != 0)
        continue;
      if (isPointerDistance(Usr))
        continue;
      bool Follow = isa<BinaryOperator>(Usr) || isa<TruncInst>(Usr) ||
                    isa<ZExtInst>(Usr) || isa<SExtInst>(Usr) ||
                    isa<FreezeInst>(Usr) || isa<SelectInst>(Usr) ||
                    isa<PHINode>(Usr);
      if (auto *II = dyn_cast<IntrinsicInst>(Usr)) {
        switch (II->getIntrinsicID()) {
        case Intrinsic::assume:
          continue;
        case Intrinsic::umin:
        case Intrinsic::umax:
        case Intrinsic::smin:
        case Intrinsic::smax:
        case Intrinsic::abs:
        case Intrinsic::ctlz:
        case Intrinsic::cttz:
        case Intrinsic::ctpop:
        case Intrinsic::bswap:
        case Intrinsic::bitreverse:
        case Intrinsic::fshl:
        case Intrinsic::fshr:
        case Intrinsic::expect:
        case Intrinsic::uadd_sat:
        case Intrinsic::usub_sat:
          Follow = true;
          break;
        default:
          break;
        }
      }
      if (!Follow)
        return true;
      if (Seen.insert(Usr).second) {
        if (Seen.size() > kMaxValues)
          return true;
        Work.push_back(Usr);
      }
    }
  }
  return false;
}

void FunctionInstrumenter::instrumentPtrToInt(PtrToIntInst *PI) {
  Value *Op = PI->getPointerOperand();
  if (!tagTypeFor(Op->getType()))
    return;
  Value *Tag = getTag(Op);
  if (isWildcard(Tag))
    return;
  IRBuilder<> B(PI->getParent(), insertPointAfter(PI));
  B.CreateCall(H.get(Hook::Expose), {Op, Tag});
  ++stats::NumExposes;
}

} // namespace sbsan
