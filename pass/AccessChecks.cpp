//===- AccessChecks.cpp - Read/write checks and their inline fast path ----===//
//
// Each memory access gets one check of exactly the bytes it touches, with
// the tag of its pointer operand:
//   load, atomic load            read  of the loaded type's store size
//   store, atomic store          write of the stored type's store size
//   atomicrmw                    write (a write grant implies the read)
//   cmpxchg                      read, and a write only if it succeeded
//   memcpy/memmove               read src, write dst, copy provenance
//   memset                       write dst, clear provenance
//   masked load/store            only the lanes of a constant mask
// Gathers, scatters, non-constant masks, vp intrinsics and scalable sizes
// are skipped and counted: checking bytes that might not be accessed could
// report a sound program.
//
// A check through a tag that is statically the wildcard is not emitted (the
// runtime grants it without looking). Checks are emitted as plain calls and
// recorded; finalize wraps the small ones in the inline test of
// sbsan_interface.h so the call only happens when the shadow word does not
// answer: word == 0, or (word ^ tag << 2) below 3 (read) / 2 (write). That
// only works when the access stays in one 8-byte granule, which the
// alignment proves when size <= min(align, 8).
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/IR/MDBuilder.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

void FunctionInstrumenter::emitCheck(Instruction *Before, Value *Addr,
                                     TypeSize Size, Align Alignment,
                                     bool IsWrite) {
  if (IsWrite ? !opts::CheckStores : !opts::CheckLoads)
    return;
  if (Size.isScalable()) {
    ++stats::NumUnknownSizeSkipped;
    SBSAN_LOG(log() << "sbsan: " << F.getName()
                    << ": scalable access not checked: " << *Before << "\n");
    return;
  }
  uint64_t N = Size.getFixedValue();
  if (N == 0 || !isTrackedPointer(Addr->getType()))
    return;
  Value *Tag = getTag(Addr);
  if (isWildcard(Tag)) {
    ++stats::NumWildcardSkipped;
    return;
  }
  IRBuilder<> B(Before);
  CallInst *Check;
  if (FunctionCallee Sized = H.sizedCheck(IsWrite, N))
    Check = B.CreateCall(Sized, {Addr, Tag});
  else
    Check = B.CreateCall(H.get(IsWrite ? Hook::Write : Hook::Read),
                         {Addr, ConstantInt::get(H.I64, N), Tag});
  if (IsWrite)
    ++stats::NumWrites;
  else
    ++stats::NumReads;
  if (opts::InlineFastPath && N <= std::min<uint64_t>(Alignment.value(), 8))
    FastPaths.push_back({Check, IsWrite});
}

void FunctionInstrumenter::emitRangeCheck(IRBuilder<> &B, Value *Addr,
                                          Value *Size, Value *Tag,
                                          bool IsWrite) {
  if (IsWrite ? !opts::CheckStores : !opts::CheckLoads)
    return;
  if (isWildcard(Tag)) {
    ++stats::NumWildcardSkipped;
    return;
  }
  if (auto *C = dyn_cast<ConstantInt>(Size)) {
    if (C->isZero())
      return;
    if (FunctionCallee Sized = H.sizedCheck(IsWrite, C->getZExtValue())) {
      B.CreateCall(Sized, {Addr, Tag});
      IsWrite ? ++stats::NumWrites : ++stats::NumReads;
      return;
    }
  }
  B.CreateCall(H.get(IsWrite ? Hook::Write : Hook::Read),
               {Addr, B.CreateZExtOrTrunc(Size, H.I64), Tag});
  IsWrite ? ++stats::NumWrites : ++stats::NumReads;
}

void FunctionInstrumenter::instrumentLoad(LoadInst *LI) {
  emitCheck(LI, LI->getPointerOperand(), DL.getTypeStoreSize(LI->getType()),
            LI->getAlign(), /*IsWrite=*/false);
}

void FunctionInstrumenter::instrumentStore(StoreInst *SI) {
  Value *Val = SI->getValueOperand();
  emitCheck(SI, SI->getPointerOperand(), DL.getTypeStoreSize(Val->getType()),
            SI->getAlign(), /*IsWrite=*/true);
  if (tagTypeFor(Val->getType())) {
    recordPointerStore(SI, SI->getPointerOperand(), Val);
  } else if (auto *VT = dyn_cast<VectorType>(Val->getType())) {
    // Pointers stored as a vector: their tags are not tracked, and the
    // slots must not keep the tags of what they held before.
    if (isTrackedPointer(VT->getElementType()) && opts::TrackProvenance) {
      ++stats::NumVectorPtrSkipped;
      TypeSize Size = DL.getTypeStoreSize(VT);
      if (!Size.isScalable() && isTrackedPointer(SI->getPointerOperand()->getType())) {
        IRBuilder<> B(SI->getParent(), insertPointAfter(SI));
        B.CreateCall(H.get(Hook::ClearProvenance),
                     {SI->getPointerOperand(),
                      ConstantInt::get(H.I64, Size.getFixedValue())});
      }
    }
  }
}

void FunctionInstrumenter::instrumentAtomicRMW(AtomicRMWInst *RMW) {
  Value *Val = RMW->getValOperand();
  emitCheck(RMW, RMW->getPointerOperand(), DL.getTypeStoreSize(Val->getType()),
            RMW->getAlign(), /*IsWrite=*/true);
  if (RMW->getOperation() == AtomicRMWInst::Xchg && tagTypeFor(Val->getType()))
    recordPointerStore(RMW, RMW->getPointerOperand(), Val);
}

void FunctionInstrumenter::instrumentCmpXchg(AtomicCmpXchgInst *CX) {
  Value *Addr = CX->getPointerOperand();
  Value *New = CX->getNewValOperand();
  TypeSize Size = DL.getTypeStoreSize(New->getType());
  emitCheck(CX, Addr, Size, CX->getAlign(), /*IsWrite=*/false);
  if (!opts::CheckStores || Size.isScalable() ||
      !isTrackedPointer(Addr->getType()))
    return;
  Value *Tag = getTag(Addr);
  bool TrackNew = tagTypeFor(New->getType()) && opts::TrackProvenance;
  if (isWildcard(Tag) && !TrackNew)
    return;
  // The write happened only if the exchange succeeded; the calls after it
  // run under that condition (GuardedCalls, expanded in finalize).
  IRBuilder<> B(CX->getParent(), insertPointAfter(CX));
  Value *Success = B.CreateExtractValue(CX, 1, "sbsan.cx.ok");
  if (!isWildcard(Tag)) {
    uint64_t N = Size.getFixedValue();
    CallInst *Check;
    if (FunctionCallee Sized = H.sizedCheck(true, N))
      Check = B.CreateCall(Sized, {Addr, Tag});
    else
      Check = B.CreateCall(H.get(Hook::Write),
                           {Addr, ConstantInt::get(H.I64, N), Tag});
    ++stats::NumWrites;
    GuardedCalls.push_back({Check, Success});
  }
  if (TrackNew) {
    Value *NewTag = getTag(New);
    CallInst *Rec = B.CreateCall(H.get(Hook::StorePtr), {Addr, New, NewTag});
    ++stats::NumPointerStores;
    GuardedCalls.push_back({Rec, Success});
  }
}

void FunctionInstrumenter::instrumentMemIntrinsic(IntrinsicInst *II) {
  if (!opts::CheckMemIntrinsics)
    return;
  auto *MI = dyn_cast<AnyMemIntrinsic>(II);
  if (!MI) {
    ++stats::NumUnknownMemIntrinsicSkipped;
    return;
  }
  Value *Dst = MI->getRawDest();
  Value *Len = MI->getLength();
  if (!isTrackedPointer(Dst->getType()) || !Len->getType()->isIntegerTy()) {
    ++stats::NumUnknownMemIntrinsicSkipped;
    return;
  }
  ++stats::NumMemIntrinsics;
  IRBuilder<> B(II);
  Value *DstTag = getTag(Dst);
  if (auto *MT = dyn_cast<AnyMemTransferInst>(MI)) {
    Value *Src = MT->getRawSource();
    if (!isTrackedPointer(Src->getType())) {
      ++stats::NumUnknownMemIntrinsicSkipped;
      return;
    }
    Value *SrcTag = getTag(Src);
    emitRangeCheck(B, Src, Len, SrcTag, /*IsWrite=*/false);
    emitRangeCheck(B, Dst, Len, DstTag, /*IsWrite=*/true);
    if (opts::TrackProvenance && !isSpillOnlyAddress(Dst)) {
      IRBuilder<> After(II->getParent(), insertPointAfter(II));
      After.CreateCall(H.get(Hook::CopyProvenance),
                       {Dst, Src, After.CreateZExtOrTrunc(Len, H.I64)});
    }
    return;
  }
  emitRangeCheck(B, Dst, Len, DstTag, /*IsWrite=*/true);
  if (opts::TrackProvenance && !isSpillOnlyAddress(Dst)) {
    IRBuilder<> After(II->getParent(), insertPointAfter(II));
    After.CreateCall(H.get(Hook::ClearProvenance),
                     {Dst, After.CreateZExtOrTrunc(Len, H.I64)});
  }
}

void FunctionInstrumenter::instrumentMaskedOrUnknownIntrinsic(
    IntrinsicInst *II) {
  switch (II->getIntrinsicID()) {
  case Intrinsic::masked_load:
  case Intrinsic::masked_store: {
    bool IsStore = II->getIntrinsicID() == Intrinsic::masked_store;
    Value *Ptr = II->getArgOperand(IsStore ? 1 : 0);
    // The mask is the <N x i1> operand (its position moved when LLVM turned
    // the alignment operand into an attribute).
    Value *Mask = nullptr;
    for (Value *Arg : II->args())
      if (auto *MT = dyn_cast<VectorType>(Arg->getType()))
        if (MT->getElementType()->isIntegerTy(1))
          Mask = Arg;
    auto *VT = dyn_cast<FixedVectorType>(
        IsStore ? II->getArgOperand(0)->getType() : II->getType());
    auto *CMask = dyn_cast_or_null<Constant>(Mask);
    if (!VT || !CMask || !isTrackedPointer(Ptr->getType())) {
      ++stats::NumMaskedSkipped;
      SBSAN_LOG(log() << "sbsan: " << F.getName()
                      << ": masked access not checked: " << *II << "\n");
      return;
    }
    uint64_t ElemSize = DL.getTypeStoreSize(VT->getElementType());
    uint64_t Stride = DL.getTypeAllocSize(VT->getElementType());
    if (ElemSize != Stride) {
      ++stats::NumMaskedSkipped;
      return;
    }
    Value *Tag = getTag(Ptr);
    if (isWildcard(Tag)) {
      ++stats::NumWildcardSkipped;
      return;
    }
    // Check each run of enabled lanes of the constant mask.
    IRBuilder<> B(II);
    unsigned NumLanes = VT->getNumElements();
    unsigned Lane = 0;
    while (Lane < NumLanes) {
      auto On = [&](unsigned L) {
        Constant *E = CMask->getAggregateElement(L);
        return E && isa<ConstantInt>(E) && cast<ConstantInt>(E)->isOne();
      };
      auto Known = [&](unsigned L) {
        Constant *E = CMask->getAggregateElement(L);
        return E && isa<ConstantInt>(E);
      };
      if (!Known(Lane)) {
        ++stats::NumMaskedSkipped; // undef lane: maybe accessed, maybe not
        ++Lane;
        continue;
      }
      if (!On(Lane)) {
        ++Lane;
        continue;
      }
      unsigned End = Lane;
      while (End < NumLanes && Known(End) && On(End))
        ++End;
      Value *Addr = Lane ? B.CreateConstGEP1_64(B.getInt8Ty(), Ptr,
                                                Lane * ElemSize)
                         : Ptr;
      emitRangeCheck(B, Addr, ConstantInt::get(H.I64, (End - Lane) * ElemSize),
                     Tag, IsStore);
      Lane = End;
    }
    return;
  }
  case Intrinsic::masked_gather:
  case Intrinsic::masked_scatter:
  case Intrinsic::masked_expandload:
  case Intrinsic::masked_compressstore:
    ++stats::NumMaskedSkipped;
    SBSAN_LOG(log() << "sbsan: " << F.getName()
                    << ": gather/scatter not checked: " << *II << "\n");
    return;
  // Intrinsics that touch no program memory the model cares about.
  case Intrinsic::lifetime_start:
  case Intrinsic::lifetime_end:
  case Intrinsic::assume:
  case Intrinsic::prefetch:
  case Intrinsic::invariant_start:
  case Intrinsic::invariant_end:
  case Intrinsic::var_annotation:
  case Intrinsic::ptr_annotation:
  case Intrinsic::experimental_noalias_scope_decl:
  case Intrinsic::sideeffect:
  case Intrinsic::objectsize:
  case Intrinsic::donothing:
  case Intrinsic::stacksave:
  case Intrinsic::stackrestore:
  case Intrinsic::vastart:
  case Intrinsic::vaend:
  case Intrinsic::vacopy:
  case Intrinsic::trap:
  case Intrinsic::debugtrap:
  case Intrinsic::ubsantrap:
  case Intrinsic::threadlocal_address:
  case Intrinsic::frameaddress:
  case Intrinsic::returnaddress:
  case Intrinsic::expect:
  case Intrinsic::ptrmask:
  case Intrinsic::launder_invariant_group:
  case Intrinsic::strip_invariant_group:
    return;
  default:
    break;
  }
  if (II->mayReadOrWriteMemory()) {
    bool HasPtrArg = false;
    for (Value *Arg : II->args())
      HasPtrArg |= Arg->getType()->isPtrOrPtrVectorTy();
    if (HasPtrArg) {
      ++stats::NumUnknownMemIntrinsicSkipped;
      SBSAN_LOG(log() << "sbsan: " << F.getName()
                      << ": memory intrinsic not understood, not checked: "
                      << *II << "\n");
    }
  }
}

void FunctionInstrumenter::expandGuardedCalls() {
  // Calls recorded one after the other under the same condition share one
  // conditional block.
  for (size_t I = 0; I < GuardedCalls.size();) {
    size_t J = I + 1;
    while (J < GuardedCalls.size() &&
           GuardedCalls[J].Cond == GuardedCalls[I].Cond)
      ++J;
    Instruction *Then = SplitBlockAndInsertIfThen(
        GuardedCalls[I].Cond, GuardedCalls[I].Call->getIterator(),
        /*Unreachable=*/false);
    for (size_t K = I; K < J; ++K)
      GuardedCalls[K].Call->moveBefore(Then->getIterator());
    I = J;
  }
}

void FunctionInstrumenter::expandFastPaths() {
  MDNode *Unlikely = MDBuilder(H.Ctx).createUnlikelyBranchWeights();
  for (FastPathSite &S : FastPaths) {
    CallInst *C = S.Call;
    // Sized checks take (addr, tag); the generic ones (addr, size, tag).
    Value *Addr = C->getArgOperand(0);
    Value *Tag = C->getArgOperand(C->arg_size() - 1);
    IRBuilder<> B(C);
    Value *A = B.CreatePtrToInt(Addr, H.I64);
    Value *ShadowAddr = B.CreateAnd(
        B.CreateXor(A, ConstantInt::get(H.I64, SBSAN_SHADOW_XOR)),
        ConstantInt::get(H.I64, ~uint64_t(7)));
    LoadInst *Word = B.CreateAlignedLoad(
        H.I64, B.CreateIntToPtr(ShadowAddr, H.Ptr), Align(8), "sbsan.word");
    Value *Untracked = B.CreateICmpEQ(Word, ConstantInt::get(H.I64, 0));
    Value *Diff = B.CreateXor(
        Word, B.CreateShl(Tag, ConstantInt::get(H.I64, SBSAN_WORD_PERM_BITS)));
    Value *TopGrants = B.CreateICmpULT(
        Diff, ConstantInt::get(H.I64, S.IsWrite ? 2 : 3));
    Value *Ok = B.CreateOr(Untracked, TopGrants);
    Value *Slow = B.CreateNot(Ok, "sbsan.slow");
    Instruction *Then = SplitBlockAndInsertIfThen(Slow, C->getIterator(),
                                                  /*Unreachable=*/false,
                                                  Unlikely);
    C->moveBefore(Then->getIterator());
    ++stats::NumFastPaths;
  }
}

} // namespace sbsan
