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
//   masked/vp load and store     each lane under its mask bit (and, for
//                                vp, lane < EVL): a constant mask gives one
//                                check per run of enabled lanes, any other
//                                one guarded check per lane
//   gather/scatter               each lane's own pointer under its mask
//                                bit, with the tag of the scalar pointer
//                                the lane was computed from (GEP of a
//                                splat, insertelement); lanes of unknown
//                                origin are wildcards and not checked
//   expandload/compressstore     [ptr, ptr + popcount(mask) * size), one
//                                check of dynamic size
// Scalable vectors, lanes narrower than a byte or padded (i1, i24, fp80,
// whose lanes are not byte-addressed side by side), undef mask lanes and
// vp intrinsics other than load/store/gather/scatter are skipped and
// counted: checking bytes that might not be accessed could report a sound
// program. Lane conditions are frozen before they are branched on, so the
// check adds no undefined behavior for a poison mask.
//
// A check through a tag that is statically the wildcard is not emitted (the
// runtime grants it without looking). Checks are emitted as plain calls and
// recorded; finalize wraps the small ones in the inline test of
// sbsan_interface.h (SBSAN_WORD_READ_BOUND, SBSAN_WORD_WRITE_BOUND) so the
// call only happens when the shadow word does not answer. That only works when
// the access stays in one 8-byte granule, which the alignment proves when size
// <= min(align, 8).
//
//===----------------------------------------------------------------------===//
#include "AsmAccesses.h"
#include "ConditionalCalls.h"
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/Analysis/VectorUtils.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace sbsan {

// A vector memory intrinsic decoded: which lanes it accesses and where.
struct VectorAccess {
  enum KindTy {
    Lanes,  // lane L at Ptr + L * EltSize (masked/vp load and store)
    Gather, // lane L at Ptr[L], a vector of pointers (gather, scatter)
    Packed, // popcount(Mask) consecutive elements from Ptr (expand/compress)
  } Kind = Lanes;
  bool IsWrite = false;
  Value *Ptr = nullptr;
  Value *Mask = nullptr;
  Value *EVL = nullptr; // vp intrinsics: lanes at or above it are off
  FixedVectorType *DataTy = nullptr;
  uint64_t EltSize = 0;
  Align Alignment;
};

namespace {

enum class Decoded { NotVectorAccess, Unsupported, Ok };

// Operand positions are those of LLVM 22 (alignment is a parameter
// attribute); anything of another shape is Unsupported, never guessed at.
Decoded decodeVectorAccess(IntrinsicInst *II, const DataLayout &DL,
                           VectorAccess &VA) {
  unsigned PtrIdx, MaskIdx, NumArgs;
  int EVLIdx = -1;
  switch (II->getIntrinsicID()) {
  case Intrinsic::masked_load:
    VA = {VectorAccess::Lanes, false};
    PtrIdx = 0, MaskIdx = 1, NumArgs = 3;
    break;
  case Intrinsic::masked_store:
    VA = {VectorAccess::Lanes, true};
    PtrIdx = 1, MaskIdx = 2, NumArgs = 3;
    break;
  case Intrinsic::masked_gather:
    VA = {VectorAccess::Gather, false};
    PtrIdx = 0, MaskIdx = 1, NumArgs = 3;
    break;
  case Intrinsic::masked_scatter:
    VA = {VectorAccess::Gather, true};
    PtrIdx = 1, MaskIdx = 2, NumArgs = 3;
    break;
  case Intrinsic::masked_expandload:
    VA = {VectorAccess::Packed, false};
    PtrIdx = 0, MaskIdx = 1, NumArgs = 3;
    break;
  case Intrinsic::masked_compressstore:
    VA = {VectorAccess::Packed, true};
    PtrIdx = 1, MaskIdx = 2, NumArgs = 3;
    break;
  case Intrinsic::vp_load:
    VA = {VectorAccess::Lanes, false};
    PtrIdx = 0, MaskIdx = 1, EVLIdx = 2, NumArgs = 3;
    break;
  case Intrinsic::vp_store:
    VA = {VectorAccess::Lanes, true};
    PtrIdx = 1, MaskIdx = 2, EVLIdx = 3, NumArgs = 4;
    break;
  case Intrinsic::vp_gather:
    VA = {VectorAccess::Gather, false};
    PtrIdx = 0, MaskIdx = 1, EVLIdx = 2, NumArgs = 3;
    break;
  case Intrinsic::vp_scatter:
    VA = {VectorAccess::Gather, true};
    PtrIdx = 1, MaskIdx = 2, EVLIdx = 3, NumArgs = 4;
    break;
  default:
    return Decoded::NotVectorAccess;
  }
  if (II->arg_size() != NumArgs)
    return Decoded::Unsupported;
  // Scalable vectors: the lane count is not known here.
  VA.DataTy = dyn_cast<FixedVectorType>(
      VA.IsWrite ? II->getArgOperand(0)->getType() : II->getType());
  if (!VA.DataTy)
    return Decoded::Unsupported;
  unsigned NumLanes = VA.DataTy->getNumElements();
  VA.Ptr = II->getArgOperand(PtrIdx);
  VA.Mask = II->getArgOperand(MaskIdx);
  auto *MaskTy = dyn_cast<FixedVectorType>(VA.Mask->getType());
  if (!MaskTy || MaskTy->getNumElements() != NumLanes ||
      !MaskTy->getElementType()->isIntegerTy(1))
    return Decoded::Unsupported;
  if (EVLIdx >= 0) {
    VA.EVL = II->getArgOperand(EVLIdx);
    if (!VA.EVL->getType()->isIntegerTy())
      return Decoded::Unsupported;
  }
  if (VA.Kind == VectorAccess::Gather) {
    auto *PT = dyn_cast<FixedVectorType>(VA.Ptr->getType());
    if (!PT || PT->getNumElements() != NumLanes ||
        !PT->getElementType()->isPointerTy())
      return Decoded::Unsupported;
  } else if (!VA.Ptr->getType()->isPointerTy()) {
    return Decoded::Unsupported;
  }
  Type *EltTy = VA.DataTy->getElementType();
  TypeSize Store = DL.getTypeStoreSize(EltTy);
  if (Store.isScalable() || Store.isZero())
    return Decoded::Unsupported;
  VA.EltSize = Store.getFixedValue();
  // Lanes in memory side by side are as wide as their bits: <8 x i1> is one
  // byte, not eight, and an i24 lane is not three bytes apart from the
  // next. Such vectors are not sized per lane.
  if (VA.Kind != VectorAccess::Gather &&
      (DL.getTypeSizeInBits(EltTy) != VA.EltSize * 8 ||
       DL.getTypeAllocSize(EltTy) != VA.EltSize))
    return Decoded::Unsupported;
  VA.Alignment = II->getParamAlign(PtrIdx).valueOrOne();
  return Decoded::Ok;
}

// The scalar pointer lane L of a vector of pointers was computed from, by
// GEPs and lane moves (insertelement, shufflevector, splats), or null. Its
// tag is the lane's tag, like a scalar GEP has its base's.
Value *scalarOriginOfLane(Value *V, unsigned L) {
  for (unsigned Guard = 0; Guard < 64 && V; ++Guard) {
    if (!V->getType()->isVectorTy())
      return V;
    if (auto *GEP = dyn_cast<GEPOperator>(V)) {
      V = GEP->getPointerOperand();
      continue;
    }
    if (auto *C = dyn_cast<Constant>(V)) {
      V = C->getAggregateElement(L);
      continue;
    }
    V = findScalarElement(V, L);
  }
  return nullptr;
}

} // namespace

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
  CallInst *Check = createCheckCall(B, Addr, N, Tag, IsWrite);
  if (opts::InlineFastPath && N <= std::min<uint64_t>(Alignment.value(), 8))
    FastPaths.push_back({Check, IsWrite});
}

CallInst *FunctionInstrumenter::createCheckCall(IRBuilder<> &B, Value *Addr,
                                                uint64_t Size, Value *Tag,
                                                bool IsWrite) {
  IsWrite ? ++stats::NumWrites : ++stats::NumReads;
  if (FunctionCallee Sized = H.sizedCheck(IsWrite, Size))
    return B.CreateCall(Sized, {Addr, Tag});
  return B.CreateCall(H.get(IsWrite ? Hook::Write : Hook::Read),
                      {Addr, ConstantInt::get(H.I64, Size), Tag});
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
    if (!C->isZero())
      createCheckCall(B, Addr, C->getZExtValue(), Tag, IsWrite);
    return;
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
      if (!Size.isScalable() &&
          isTrackedPointer(SI->getPointerOperand()->getType())) {
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
    CallInst *Check =
        createCheckCall(B, Addr, Size.getFixedValue(), Tag, /*IsWrite=*/true);
    GuardedCalls.push_back({Check, Success});
  }
  if (TrackNew) {
    Value *NewTag = getTag(New);
    CallInst *Rec = B.CreateCall(H.get(Hook::StorePtr), {Addr, New, NewTag});
    ++stats::NumPointerStores;
    GuardedCalls.push_back({Rec, Success});
  }
}

void FunctionInstrumenter::instrumentInlineAsm(CallBase *CB) {
  ++stats::NumAsmStatements;
  AsmAnalysis A = analyzeInlineAsm(*CB);
  for (const std::string &Why : A.Skipped) {
    ++stats::NumAsmSkipped;
    SBSAN_LOG(log() << "sbsan: " << F.getName() << ": inline asm: " << Why
                    << " (not checked)\n");
  }
  IRBuilder<> B(CB);
  IRBuilder<> After(CB->getParent(), insertPointAfter(CB));
  // Sizes first: a string copy's two halves need each other's range.
  SmallVector<Value *, 4> Sizes;
  for (const AsmAccess &Acc : A.Accesses) {
    Value *Size = ConstantInt::get(H.I64, Acc.Size);
    if (Acc.CountArg >= 0) {
      Value *Count = CB->getArgOperand(unsigned(Acc.CountArg));
      Size = Count->getType() == H.I64
                 ? B.CreateMul(Count, Size, "sbsan.asm.bytes")
                 : nullptr; // a narrower count register: upper bits unknown
    }
    Sizes.push_back(Size);
  }
  for (unsigned I = 0; I < A.Accesses.size(); ++I) {
    const AsmAccess &Acc = A.Accesses[I];
    Value *Base = CB->getArgOperand(Acc.BaseArg);
    Value *Size = Sizes[I];
    if (!Size || (Acc.PairedWith >= 0 && !Sizes[Acc.PairedWith])) {
      ++stats::NumAsmSkipped;
      continue;
    }
    if (!isTrackedPointer(Base->getType()))
      continue; // an address passed as an integer has no tag
    Value *Tag = getTag(Base);
    if (isWildcard(Tag))
      continue;
    if (Acc.PairedWith >= 0) {
      // A forward copy onto an overlapping range above its source reads
      // bytes it already wrote: then neither half is checked.
      const AsmAccess &Other = A.Accesses[Acc.PairedWith];
      Value *Dst = CB->getArgOperand(Acc.Writes ? Acc.BaseArg : Other.BaseArg);
      Value *Src = CB->getArgOperand(Acc.Writes ? Other.BaseArg : Acc.BaseArg);
      Value *D = B.CreatePtrToInt(Dst, H.I64);
      Value *S = B.CreatePtrToInt(Src, H.I64);
      Value *Above = B.CreateICmpUGT(D, S);
      Value *Inside = B.CreateICmpULT(D, B.CreateAdd(S, Size));
      Size = B.CreateSelect(B.CreateAnd(Above, Inside),
                            ConstantInt::get(H.I64, 0), Size);
    }
    Value *Offset = ConstantInt::get(H.I64, Acc.Disp);
    if (Acc.IndexArg >= 0) {
      Value *Index = CB->getArgOperand(unsigned(Acc.IndexArg));
      if (Index->getType()->isPointerTy())
        Index = B.CreatePtrToInt(Index, H.I64);
      if (Index->getType() != H.I64) {
        ++stats::NumAsmSkipped; // a narrower register's upper bits are unknown
        continue;
      }
      Offset = B.CreateAdd(
          Offset, B.CreateMul(Index, ConstantInt::get(H.I64, Acc.Scale)));
    }
    Value *Addr = B.CreateGEP(H.I8, Base, Offset, "sbsan.asm.addr");
    emitRangeCheck(B, Addr, Size, Tag, Acc.Writes);
    ++stats::NumAsmAccesses;
    if (Acc.Writes && opts::TrackProvenance)
      After.CreateCall(H.get(Hook::ClearProvenance), {Addr, Size});
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
      if (!copyProvenanceInline(After, MT))
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

// Whether lane L of a vector access runs: its mask bit, and for vp
// intrinsics L < EVL. Null for a lane whose constant mask bit is undef or
// poison: whether it is accessed is unknown, so it is not checked.
static Value *laneCondition(IRBuilder<> &B, Value *Mask, Value *EVL,
                            unsigned L) {
  Value *Bit;
  if (auto *C = dyn_cast<Constant>(Mask)) {
    Bit = C->getAggregateElement(L);
    if (!Bit || !isa<ConstantInt>(Bit))
      return nullptr;
  } else {
    Bit = B.CreateExtractElement(Mask, uint64_t(L), "sbsan.lane.on");
  }
  if (!EVL || match(Bit, m_Zero()))
    return Bit;
  Value *InRange = B.CreateICmpULT(ConstantInt::get(EVL->getType(), L), EVL,
                                   "sbsan.lane.in");
  return match(Bit, m_One()) ? InRange : B.CreateAnd(Bit, InRange);
}

// Intrinsics that touch no program memory the model cares about.
static bool isMemoryNeutralIntrinsic(Intrinsic::ID ID) {
  switch (ID) {
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
    return true;
  default:
    return false;
  }
}

void FunctionInstrumenter::instrumentMaskedOrUnknownIntrinsic(
    IntrinsicInst *II) {
  VectorAccess VA;
  switch (decodeVectorAccess(II, DL, VA)) {
  case Decoded::Ok:
    instrumentVectorAccess(II, VA);
    return;
  case Decoded::Unsupported:
    ++stats::NumMaskedSkipped;
    SBSAN_LOG(log() << "sbsan: " << F.getName()
                    << ": vector access not checked: " << *II << "\n");
    return;
  case Decoded::NotVectorAccess:
    break;
  }
  if (isMemoryNeutralIntrinsic(II->getIntrinsicID()) ||
      !II->mayReadOrWriteMemory())
    return;
  bool HasPtrArg = false;
  for (Value *Arg : II->args())
    HasPtrArg |= Arg->getType()->isPtrOrPtrVectorTy();
  if (HasPtrArg) {
    ++stats::NumUnknownMemIntrinsicSkipped;
    SBSAN_LOG(log() << "sbsan: " << F.getName()
                    << ": memory intrinsic not understood, not checked: " << *II
                    << "\n");
  }
}

void FunctionInstrumenter::instrumentVectorAccess(IntrinsicInst *II,
                                                  const VectorAccess &VA) {
  if (VA.IsWrite ? !opts::CheckStores : !opts::CheckLoads)
    return;
  IRBuilder<> B(II);
  // Contiguous accesses have one pointer and one tag.
  Value *Tag = nullptr;
  if (VA.Kind != VectorAccess::Gather) {
    Tag = getTag(VA.Ptr);
    if (isWildcard(Tag)) {
      ++stats::NumWildcardSkipped;
      return;
    }
  }
  // Non-constant lane conditions are frozen first: a branch on poison
  // would be undefined behavior the program did not have.
  Value *Mask = VA.Mask;
  if (!isa<Constant>(Mask))
    Mask = B.CreateFreeze(Mask, "sbsan.mask");
  Value *EVL = VA.EVL;
  if (EVL && !isa<Constant>(EVL))
    EVL = B.CreateFreeze(EVL, "sbsan.evl");

  if (VA.Kind == VectorAccess::Packed)
    return checkPackedLanes(B, VA, Mask, Tag);
  if (VA.Kind == VectorAccess::Gather)
    return checkGatheredLanes(B, VA, Mask, EVL);
  if (VA.EVL && match(VA.Mask, m_AllOnes())) {
    // vp with an all-true mask: the first min(EVL, lanes) lanes, one
    // check of dynamic size.
    unsigned NumLanes = VA.DataTy->getNumElements();
    Value *Count = B.CreateBinaryIntrinsic(
        Intrinsic::umin, EVL, ConstantInt::get(EVL->getType(), NumLanes));
    Value *Size =
        B.CreateMul(B.CreateZExtOrTrunc(Count, H.I64),
                    ConstantInt::get(H.I64, VA.EltSize), "sbsan.size");
    emitRangeCheck(B, VA.Ptr, Size, Tag, VA.IsWrite);
    return;
  }
  checkStridedLanes(B, VA, Mask, EVL, Tag);
}

void FunctionInstrumenter::emitLaneCheck(IRBuilder<> &B, const VectorAccess &VA,
                                         Value *Addr, uint64_t Size, Value *Tag,
                                         Align A, Value *Cond) {
  CallInst *Check = createCheckCall(B, Addr, Size, Tag, VA.IsWrite);
  if (!isa<Constant>(Cond))
    GuardedCalls.push_back({Check, Cond});
  if (opts::InlineFastPath && Size <= std::min<uint64_t>(A.value(), 8))
    FastPaths.push_back({Check, VA.IsWrite});
}

// Expand/compress: the enabled lanes are packed into consecutive elements
// from Ptr, as many as the mask has bits set.
void FunctionInstrumenter::checkPackedLanes(IRBuilder<> &B,
                                            const VectorAccess &VA, Value *Mask,
                                            Value *Tag) {
  unsigned NumLanes = VA.DataTy->getNumElements();
  Value *Size;
  if (auto *C = dyn_cast<Constant>(Mask)) {
    uint64_t Count = 0;
    for (unsigned L = 0; L < NumLanes; ++L) {
      Constant *E = C->getAggregateElement(L);
      if (!E || !isa<ConstantInt>(E))
        ++stats::NumMaskedSkipped; // undef: counted as off (fewer bytes)
      else
        Count += cast<ConstantInt>(E)->isOne();
    }
    Size = ConstantInt::get(H.I64, Count * VA.EltSize);
  } else {
    Value *Bits = B.CreateBitCast(Mask, B.getIntNTy(NumLanes));
    Value *Count = B.CreateUnaryIntrinsic(Intrinsic::ctpop, Bits);
    Size = B.CreateMul(B.CreateZExtOrTrunc(Count, H.I64),
                       ConstantInt::get(H.I64, VA.EltSize), "sbsan.size");
  }
  emitRangeCheck(B, VA.Ptr, Size, Tag, VA.IsWrite);
}

// Lane L at Ptr + L * EltSize. Runs of lanes that are statically on get
// one check; the others one guarded check each.
void FunctionInstrumenter::checkStridedLanes(IRBuilder<> &B,
                                             const VectorAccess &VA,
                                             Value *Mask, Value *EVL,
                                             Value *Tag) {
  unsigned NumLanes = VA.DataTy->getNumElements();
  uint64_t EltSize = VA.EltSize;
  auto LaneAddr = [&](unsigned L) -> Value * {
    return L ? B.CreateConstGEP1_64(B.getInt8Ty(), VA.Ptr,
                                    uint64_t(L) * EltSize)
             : VA.Ptr;
  };
  auto LaneAlign = [&](unsigned L) {
    return commonAlignment(VA.Alignment, uint64_t(L) * EltSize);
  };
  SmallVector<Value *, 16> Conds;
  for (unsigned L = 0; L < NumLanes; ++L)
    Conds.push_back(laneCondition(B, Mask, EVL, L));
  auto On = [&](unsigned L) { return Conds[L] && match(Conds[L], m_One()); };
  unsigned Lane = 0;
  while (Lane < NumLanes) {
    Value *Cond = Conds[Lane];
    if (!Cond) {
      ++stats::NumMaskedSkipped;
      ++Lane;
      continue;
    }
    if (match(Cond, m_Zero())) {
      ++Lane;
      continue;
    }
    if (!On(Lane)) {
      emitLaneCheck(B, VA, LaneAddr(Lane), EltSize, Tag, LaneAlign(Lane), Cond);
      ++Lane;
      continue;
    }
    unsigned End = Lane + 1;
    while (End < NumLanes && On(End))
      ++End;
    Value *Addr = LaneAddr(Lane);
    if (End - Lane == 1)
      emitLaneCheck(B, VA, Addr, EltSize, Tag, LaneAlign(Lane), Cond);
    else
      emitRangeCheck(B, Addr, ConstantInt::get(H.I64, (End - Lane) * EltSize),
                     Tag, VA.IsWrite);
    Lane = End;
  }
}

// Gather/scatter: lane L at its own pointer, with the tag of the scalar
// pointer it was computed from. A lane whose origin is not visible in the
// IR (a vector loaded from memory, a phi of vectors) has the wildcard tag,
// which the runtime grants anyway.
void FunctionInstrumenter::checkGatheredLanes(IRBuilder<> &B,
                                              const VectorAccess &VA,
                                              Value *Mask, Value *EVL) {
  unsigned NumLanes = VA.DataTy->getNumElements();
  for (unsigned L = 0; L < NumLanes; ++L) {
    Value *Cond = laneCondition(B, Mask, EVL, L);
    if (!Cond) {
      ++stats::NumMaskedSkipped;
      continue;
    }
    if (match(Cond, m_Zero()))
      continue;
    Value *Origin = scalarOriginOfLane(VA.Ptr, L);
    Value *Tag = Origin && isTrackedPointer(Origin->getType()) ? getTag(Origin)
                                                               : nullptr;
    if (!Tag) {
      ++stats::NumVectorPtrSkipped;
      continue;
    }
    if (isWildcard(Tag)) {
      ++stats::NumWildcardSkipped;
      continue;
    }
    Value *Addr = B.CreateExtractElement(VA.Ptr, uint64_t(L), "sbsan.lane.ptr");
    emitLaneCheck(B, VA, Addr, VA.EltSize, Tag, VA.Alignment, Cond);
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
    Value *Word = emitTopWord(B, Addr);
    Value *Slow =
        B.CreateNot(emitWordAllows(B, Word, Tag, S.IsWrite), "sbsan.slow");
    runOnlyIf(C, Slow, Unlikely);
    ++stats::NumFastPaths;
  }
}

// The runtime gives an unprotected SharedReadOnly reborrow of frozen bytes
// its parent's tag when the parent is itself such a tag and may read the
// range (docs/design.md section 5). Here that is decided without the call
// when the range lies in one granule that is untracked or whose top item
// is the parent: then a read through the parent is allowed. Anything else, or
// elision turned off
// (__sbsan_elide_frozen_reborrows), calls the runtime as before.
void FunctionInstrumenter::expandInlineElisions() {
  if (InlineElisions.empty())
    return;
  MDNode *Unlikely = MDBuilder(H.Ctx).createUnlikelyBranchWeights();
  GlobalVariable *Enabled = H.elideFlagGlobal();
  for (ElisionSite &S : InlineElisions) {
    CallInst *C = S.Call;
    Value *Addr = C->getArgOperand(0);
    Value *Parent = C->getArgOperand(2);
    IRBuilder<> B(C);
    Value *A = B.CreatePtrToInt(Addr, H.I64);
    Value *InGranule =
        B.CreateICmpULE(B.CreateAdd(B.CreateAnd(A, ConstantInt::get(H.I64, 7)),
                                    ConstantInt::get(H.I64, S.Size)),
                        ConstantInt::get(H.I64, 8));
    // Frozen-shared tags (sbsan_interface.h) are not restrict tags.
    // (One instruction per statement: the order in which C++ evaluates
    // arguments must not decide the order of the emitted IR.)
    Value *Class3 = ConstantInt::get(H.I64, SBSAN_TAG_RESTRICT_CLASS);
    Value *FrozenBit = B.CreateICmpNE(
        B.CreateAnd(Parent,
                    ConstantInt::get(H.I64, SBSAN_TAG_FROZEN_SHARED_BIT)),
        ConstantInt::get(H.I64, 0));
    Value *NotRestrict = B.CreateICmpNE(B.CreateAnd(Parent, Class3), Class3);
    Value *Frozen = B.CreateAnd(FrozenBit, NotRestrict);
    Value *On = B.CreateICmpNE(B.CreateLoad(H.I8, Enabled, "sbsan.elide"),
                               ConstantInt::get(H.I8, 0));
    Value *ParentReads =
        emitWordAllows(B, emitTopWord(B, Addr), Parent, /*IsWrite=*/false);
    Value *ParentTagOk = B.CreateAnd(Frozen, On);
    Value *BytesOk = B.CreateAnd(InGranule, ParentReads);
    Value *Elide = B.CreateAnd(ParentTagOk, BytesOk, "sbsan.elided");
    runOnlyIf(C, B.CreateNot(Elide), Unlikely, Parent, "sbsan.retag.elided");
    ++stats::NumInlineElisions;
  }
}

} // namespace sbsan
