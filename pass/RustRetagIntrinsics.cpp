//===- RustRetagIntrinsics.cpp - Lowering rustc's __rust_retag_* calls ----===//
//
// With -Zcodegen-emit-retag, rustc marks every place Miri retags with
//   ptr  @__rust_retag_reg(ptr %p,     i64 size, i8 flags, ptr im, ptr pin)
//   void @__rust_retag_mem(ptr %place, i64 size, i8 flags, ptr im, ptr pin)
// (rustc_codegen_ssa/src/mir/retag.rs). `reg` returns an alias of %p with
// new provenance; `mem` retags the pointer stored at %place in place. Flags
// (RetagFlags): bit 0 protected (function-entry), bit 1 mutable (&mut or
// Box), bit 2 Box, bit 3 the pointee is Freeze. `im` and `pin` point to
// constant arrays of (offset, length) usize pairs covering UnsafeCell and
// UnsafePinned bytes, or are null. The functions do not exist; they must be
// lowered before code generation.
//
// Lowering: `reg` becomes a zero GEP of %p (a distinct SSA value to carry
// the new tag) plus a runtime retag; `mem` becomes a load of the pointer,
// a retag with the tag from the provenance shadow, and a provenance record
// of the new tag. Kinds: mutable with pinned bytes -> SharedReadWrite
// without protector (like &mut !Unpin); mutable -> Unique (Box: weak
// protector); shared with cell ranges -> mixed; shared Freeze ->
// SharedReadOnly; shared !Freeze without ranges -> SharedReadWrite. A call
// with non-constant flags is dropped (its result is the operand, same tag)
// and counted.
//
// SBSanInlineStdPass's __sbsan_inlined_retag (InlineStd.cpp) has reg's
// signature and flags, never the protected one, and a size that covers
// slices too; it is lowered like reg.
//
// Size is the pointee's static size: 0 for zero-sized types, and also for
// slices, str and dyn, whose size is only in the pointer's metadata. Such a
// retag is not made: a tag without items would be refused by every access
// of the real bytes (a false report), while the parent's tag only misses
// reports (counted under -sbsan-stats).
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "RetagKind.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/Transforms/Utils/Local.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

namespace {
bool isNullConstant(Value *V) {
  auto *C = dyn_cast<Constant>(V);
  return C && C->isNullValue();
}
} // namespace

void FunctionInstrumenter::lowerRustRetagPlaceholders() {
  // The functions never unwind; an invoke of one is a call.
  SmallVector<InvokeInst *, 2> Invokes;
  for (BasicBlock &BB : F)
    if (auto *II = dyn_cast<InvokeInst>(BB.getTerminator()))
      if (MC.isRustRetagReg(II->getCalledOperand()) ||
          MC.isRustRetagMem(II->getCalledOperand()) ||
          MC.isInlinedRetag(II->getCalledOperand()))
        Invokes.push_back(II);
  for (InvokeInst *II : Invokes)
    changeToCall(II);

  SmallVector<CallBase *, 8> Regs, Malformed;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB)
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        Value *Callee = CB->getCalledOperand();
        bool Inlined = MC.isInlinedRetag(Callee);
        bool IsReg = MC.isRustRetagReg(Callee) || Inlined;
        bool IsMem = MC.isRustRetagMem(Callee);
        if (!IsReg && !IsMem)
          continue;
        if (CB->arg_size() != 5 ||
            !CB->getArgOperand(0)->getType()->isPointerTy()) {
          // Malformed: still lowered below as a retag-free copy (reg) or
          // dropped (mem), since the function does not exist.
          ++stats::NumRustRetagIntrinsicsSkipped;
          Malformed.push_back(CB);
          continue;
        }
        auto *Flags = dyn_cast<ConstantInt>(CB->getArgOperand(2));
        if (!Flags || (Flags->getZExtValue() & retag_flags::Protected))
          NeedsProtectorFrame = true;
        RustRetag R{IsMem,
                    Inlined,
                    CB->getArgOperand(0),
                    CB->getArgOperand(1),
                    CB->getArgOperand(2),
                    CB->getArgOperand(3),
                    CB->getArgOperand(4)};
        if (IsMem) {
          RustRetags[CB] = R;
        } else {
          Regs.push_back(CB);
          RustRetags[CB] = R;
        }
      }
  for (CallBase *CB : Malformed) {
    if (!CB->getType()->isVoidTy()) {
      Value *Repl =
          CB->arg_size() && CB->getArgOperand(0)->getType() == CB->getType()
              ? CB->getArgOperand(0)
              : PoisonValue::get(CB->getType());
      CB->replaceAllUsesWith(Repl);
    }
    CB->eraseFromParent();
  }
  for (CallBase *CB : Regs) {
    RustRetag R = RustRetags[CB];
    RustRetags.erase(CB);
    // An earlier copy may have replaced the operand (a retagged result
    // passed on to the next retag).
    R.Place = CB->getArgOperand(0);
    R.Size = CB->getArgOperand(1);
    std::string Name =
        CB->hasName() ? CB->getName().str() : std::string("sbsan.retagged");
    CB->setName("");
    auto *Copy = GetElementPtrInst::CreateInBounds(
        H.I8, R.Place, {ConstantInt::get(H.I64, 0)}, Name, CB->getIterator());
    Copy->setDebugLoc(CB->getDebugLoc());
    if (CB->getType() == Copy->getType())
      CB->replaceAllUsesWith(Copy);
    else
      CB->replaceAllUsesWith(PoisonValue::get(CB->getType()));
    CB->eraseFromParent();
    RustRetags[Copy] = R;
  }
}

RetagPlan FunctionInstrumenter::planFromRustFlags(Value *Size, Value *Flags,
                                                  Value *Im, Value *Pin,
                                                  bool &Ok) {
  RetagPlan P;
  Ok = false;
  auto *CF = dyn_cast<ConstantInt>(Flags);
  if (!CF)
    return P;
  uint64_t Fl = CF->getZExtValue();
  bool Protected = Fl & retag_flags::Protected;
  P.DynSize = Size;
  P.Origin = SBSAN_ORIGIN_RUST_RETAG;
  P.What = Protected ? "function-entry retag" : "retag";
  if (Fl & retag_flags::Mutable) {
    ReferenceNature::KindTy K = !isNullConstant(Pin) // partly pinned
                                    ? ReferenceNature::PinnedMutRef
                                    : (Fl & retag_flags::Box)
                                          ? ReferenceNature::Box
                                          : ReferenceNature::MutRef;
    decideRetagKind({K}, Protected, P);
    Ok = true;
    return P;
  }
  ReferenceNature Shared{ReferenceNature::SharedRef,
                         (Fl & retag_flags::Freeze)
                             ? ReferenceNature::NoCells
                             : ReferenceNature::AllCells};
  if (isNullConstant(Im)) {
    decideRetagKind(Shared, Protected, P);
    Ok = true;
    return P;
  }
  // The ranges array: its size gives the number of (offset, length) pairs.
  auto *GV = dyn_cast<GlobalVariable>(Im->stripPointerCasts());
  uint64_t Bytes = 0;
  if (GV && GV->hasInitializer() && GV->getValueType()->isSized())
    Bytes = DL.getTypeAllocSize(GV->getValueType()).getFixedValue();
  if (!GV || Bytes < 16 || Bytes % 16) {
    // Ranges unknown: all interior-mutable.
    Shared.Cells = ReferenceNature::AllCells;
    decideRetagKind(Shared, Protected, P);
    Ok = true;
    return P;
  }
  Shared.Cells = ReferenceNature::SomeCells;
  decideRetagKind(Shared, Protected, P);
  P.CellRangesGlobal = cast<Constant>(Im);
  P.NumCellRanges = Bytes / 16;
  Ok = true;
  return P;
}

void FunctionInstrumenter::instrumentRustRetag(Instruction *I) {
  auto It = RustRetags.find(I);
  if (It == RustRetags.end())
    return;
  RustRetag R = It->second;
  if (!R.IsMem && Tags.count(I))
    return; // already lowered on demand
  bool Ok;
  RetagPlan P = planFromRustFlags(R.Size, R.Flags, R.Im, R.Pin, Ok);
  auto *ConstSize = dyn_cast<ConstantInt>(R.Size);
  if (R.Inlined) {
    // Sized by the callee's plan, never protected (InlineStd.cpp).
    P.What = "retag of an inlined call";
    if (Ok)
      ++stats::NumInlinedRetags;
  } else if (Ok && ConstSize && ConstSize->isZero()) {
    Ok = false; // unsized (or zero-sized) pointee: keep the parent's tag
    ++stats::NumRustRetagIntrinsicsUnsized;
  } else if (!Ok) {
    ++stats::NumRustRetagIntrinsicsSkipped;
  } else {
    ++stats::NumRustRetagIntrinsics;
  }
  if (!R.IsMem) {
    Value *Parent = isTrackedPointer(R.Place->getType())
                        ? getTag(R.Place)
                        : ConstantInt::get(H.I64, 0);
    if (!Ok) {
      Tags[I] = Parent;
      return;
    }
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    Tags[I] = emitRetag(B, I, Parent, P);
    auto Result = CallResultPlans.find(I);
    if (Result != CallResultPlans.end())
      Tags[I] = emitResultRetag(B, I, Tags[I], Result->second,
                                /*MaybeNull=*/true);
    return;
  }
  ToErase.push_back(I);
  if (!Ok || !isTrackedPointer(R.Place->getType()))
    return;
  IRBuilder<> B(I);
  LoadInst *Ptr =
      B.CreateAlignedLoad(H.Ptr, R.Place, Align(1), "sbsan.retag.place");
  Value *Parent = loadPointerTag(B, R.Place, Ptr, H.Ptr, Ptr->getAlign());
  Value *New = emitRetag(B, Ptr, Parent, P);
  if (New != Parent && opts::TrackProvenance)
    storePointerTagAt(B, R.Place, Ptr, New);
}

} // namespace sbsan
