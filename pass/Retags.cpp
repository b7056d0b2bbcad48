//===- Retags.cpp - Rust retags inferred from attributes and debug info ---===//
//
// Where Miri retags and what the IR shows of it (docs/design.md section 2):
//
// Function entry, protected. The function's own parameter attributes are
// the most reliable source (call sites are not: variadic ones say noalias
// readonly for anything):
//   noalias, not readonly, dereferenceable(N)  &mut T       Unique, strong
//   noalias readonly dereferenceable(N)        &T, T frozen SharedRO, strong
//   noalias without dereferenceable            Box<T> or &mut [T] / &[T]:
//                                              debug info tells which, and
//                                              the size (Box: weak)
//   nonnull align only                         &T to !Freeze (UnsafeCell):
//                                              debug info gives the cell
//                                              ranges (mixed SRO/SRW);
//                                              &mut !Unpin: no retag
// For a reference to an unsized value (a fat pointer: data pointer plus
// length or vtable) dereferenceable(N) is only the sized prefix. Debug info
// sizes slices and str (length * element), and structs whose last field is
// a slice or str (tail offset + length * element, rounded up to the
// struct's alignment); other fat pointers (dyn Trait, tails it does not
// understand) and their metadata halves are not retagged. Without debug
// info a noalias dereferenceable pointer followed by an integer parameter
// might be such a fat pointer and is not retagged either.
// Never retagged: sret, byval/inalloca/preallocated, dead_on_return (a
// by-value aggregate passed indirectly), and the hidden &Location of
// #[track_caller] (with debug info: the one parameter without a variable). At
// -O0 there are no attributes and the debug-info type of each parameter decides
// ("&mut T", "&T", "alloc::boxed::Box<T, alloc::alloc::Global>", "&mut [T]");
// &mut to a type that looks !Unpin (PhantomPinned, async bodies) is not
// retagged.
//
// Returned references and references loaded into reference-typed variables
// are retagged without a protector when debug info says what they are. The
// return retag's tag is what the caller gets; a load retag's tag is not
// used (see instrumentLoadRetag). The caller retags a returned &mut (or
// `&mut [T]`, a {data, length} result) once more, and uses that Unique
// item, when the result is bound to a `&mut` variable and never used in a
// way that could make it a raw pointer (planCallResultRetag).
//
// Every Unique retag is followed by a SharedReadWrite child of the new tag,
// and the function uses the child. Inside one function a reference and the
// raw pointers made from it are the same SSA value, so the pass cannot tell
// which of them leaves the function. Miri gives the raw pointer an SRW item
// above the Unique; a later read through the parent disables the Unique
// but not that item. With the child, pointers leaving the function behave
// like that raw pointer, so such programs are not reported. The Unique item
// stays below the child: it carries the protector (any foreign access to the
// memory during the call is still caught) and its creation still
// invalidates the parent's other children.
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "RetagKind.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

// ---- debug-info variables of this function ----

namespace {
// "&T" / "&mut T" with a sized pointee; cheap (no walk of the pointee).
bool isThinReference(const DIType *T) {
  auto *D = dyn_cast_or_null<DIDerivedType>(stripTypedefs(T));
  return D && D->getTag() == dwarf::DW_TAG_pointer_type &&
         D->getName().starts_with("&");
}

// "&[T]", "&mut [T]", "&str", "&dyn Trait": rustc describes a fat
// reference as a struct of its data pointer and its metadata.
bool isFatReference(const DIType *T) {
  auto *C = dyn_cast_or_null<DICompositeType>(stripTypedefs(T));
  return C && C->getTag() == dwarf::DW_TAG_structure_type &&
         C->getName().starts_with("&");
}

bool isReference(const DIType *T) {
  return isThinReference(T) || isFatReference(T);
}

// An expression that is nothing but a piece of the variable (or nothing).
bool isPlainPiece(const DIExpression *E) {
  if (!E)
    return false;
  unsigned N = E->getNumElements();
  return N == 0 || (N == 3 && E->getFragmentInfo());
}
} // namespace

void FunctionInstrumenter::noteNonReference(DbgVariableRecord &DVR) {
  for (Value *V : DVR.location_ops()) {
    if (!V)
      continue;
    NonRefBound.insert(V);
    if (!DVR.isDbgDeclare())
      continue;
    // A variable in memory: the pointers stored into it.
    SmallVector<Value *, 4> WL{V};
    SmallPtrSet<Value *, 8> Seen{V};
    while (!WL.empty()) {
      Value *P = WL.pop_back_val();
      for (User *U : P->users()) {
        if (auto *SI = dyn_cast<StoreInst>(U)) {
          if (SI->getPointerOperand() == P)
            NonRefBound.insert(SI->getValueOperand());
        } else if (isa<GetElementPtrInst>(U) && Seen.insert(U).second) {
          WL.push_back(U);
        }
      }
    }
  }
}

void FunctionInstrumenter::collectDebugVars() {
  SP = F.getSubprogram();
  if (!SP)
    return;
  if (const DICompileUnit *CU = SP->getUnit())
    Optimized = CU->isOptimized();
  if (!opts::DebugInfoRetags)
    return;
  auto Note = [&](Value *V, const DILocalVariable *Var, uint64_t Off) {
    ValueVars.try_emplace(V, VarPiece{Var, Off});
    if (Off != 0 || !isReference(Var->getType()))
      NonRefBound.insert(V);
    if (isa<Argument>(V) && Var->getArg())
      AnyArgVar = true;
  };
  for (BasicBlock *BB : RPO)
    for (Instruction &I : *BB)
      for (DbgVariableRecord &DVR : filterDbgVars(I.getDbgRecordRange())) {
        const DILocalVariable *Var = DVR.getVariable();
        // Every value a variable that is not a plain reference describes,
        // in whatever form (an expression, a piece other than a fat
        // reference's, an inlined scope), may be a raw pointer in the
        // source. A fat reference's pieces are its data pointer (a
        // reference) and its metadata (no pointer).
        bool Plain = Var && DVR.getExpression() && !DVR.hasArgList() &&
                     (isThinReference(Var->getType())
                          ? DVR.getExpression()->getNumElements() == 0
                          : isFatReference(Var->getType()) &&
                                isPlainPiece(DVR.getExpression()));
        if (!Plain)
          noteNonReference(DVR);
        if (!Var || !Var->getScope() || Var->getScope()->getSubprogram() != SP)
          continue;
        if (const DILocation *Loc = DVR.getDebugLoc().get())
          if (Loc->getInlinedAt())
            continue;
        if (DVR.hasArgList())
          continue;
        const DIExpression *Expr = DVR.getExpression();
        uint64_t FragOff = 0;
        unsigned PlainOps = 0;
        if (auto Frag = Expr->getFragmentInfo()) {
          FragOff = Frag->OffsetInBits / 8;
          PlainOps = 3;
        }
        if (Expr->getNumElements() != PlainOps)
          continue;
        Value *Loc = DVR.getVariableLocationOp(0);
        if (!Loc)
          continue;
        if (DVR.isDbgDeclare()) {
          // The variable lives in an alloca: the values stored into it (at
          // constant offsets) are the variable's values.
          auto *AI = dyn_cast<AllocaInst>(Loc);
          if (!AI)
            continue;
          SmallVector<std::pair<Value *, uint64_t>, 4> WL{{AI, 0}};
          for (unsigned Steps = 0; !WL.empty() && Steps < 64; ++Steps) {
            auto [P, Off] = WL.pop_back_val();
            for (User *U : P->users()) {
              if (auto *SI = dyn_cast<StoreInst>(U)) {
                if (SI->getPointerOperand() == P)
                  Note(SI->getValueOperand(), Var, FragOff + Off);
              } else if (auto *GEP = dyn_cast<GetElementPtrInst>(U)) {
                APInt C(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
                if (GEP->getPointerOperand() == P &&
                    GEP->accumulateConstantOffset(DL, C) && !C.isNegative())
                  WL.push_back({GEP, Off + C.getZExtValue()});
              }
            }
          }
        } else if (DVR.isDbgValue()) {
          Note(Loc, Var, FragOff);
        }
      }
}

std::string FunctionInstrumenter::describeArg(Argument &A) {
  auto It = ValueVars.find(&A);
  if (It != ValueVars.end() && !It->second.Var->getName().empty())
    return ("parameter `" + It->second.Var->getName() + "`").str();
  return "parameter #" + std::to_string(A.getArgNo());
}

// ---- planning ----

// A retag plan from a debug-info pointer type. For slices the length comes
// from the value at offset 8 of the same variable (Length set by callers).
RetagPlan FunctionInstrumenter::planFromDebugType(const DIType *T, bool Protect,
                                                  const PointeeInfo *Given) {
  RetagPlan P;
  if (!T)
    return P;
  PointeeInfo Info = Given ? *Given : classifyPointerType(T);
  if (!Info.isReference() || Info.IsOtherFat)
    return P;
  switch (Info.Kind) {
  case PtrKind::MutRef:
    // &mut !Unpin keeps its parent's tag here: its SharedReadWrite item
    // would sit in the parent's block and grant what the parent grants.
    if (Info.NotUnpin)
      return P;
    decideRetagKind({ReferenceNature::MutRef}, Protect, P);
    break;
  case PtrKind::Box:
    if (Info.IsSlice)
      return P;
    decideRetagKind({ReferenceNature::Box}, Protect, P);
    break;
  case PtrKind::SharedRef: {
    ReferenceNature N{ReferenceNature::SharedRef};
    if (Info.AllInteriorMutable)
      N.Cells = ReferenceNature::AllCells;
    else if (!Info.CellRanges.empty())
      N.Cells = ReferenceNature::SomeCells;
    decideRetagKind(N, Protect, P);
    if (P.Kind == RetagPlan::SharedMixed)
      P.CellRanges = Info.CellRanges;
    break;
  }
  default:
    return P;
  }
  if (Info.IsSlice) {
    P.ElemSize = Info.ElemSize;
    if (!P.ElemSize)
      return RetagPlan(); // slice of ZSTs: nothing to retag
    // Length: filled in by the caller (needs the value).
  } else if (Info.HasSliceTail) {
    P.ElemSize = Info.ElemSize;
    P.LengthBase = Info.TailOffset;
    P.LengthAlign = Info.TailAlign;
  } else {
    if (!Info.SizeKnown || Info.Size == 0)
      return RetagPlan();
    P.ConstSize = Info.Size;
  }
  return P;
}

bool FunctionInstrumenter::isNotALentReference(const Argument &A) {
  return A.hasStructRetAttr() || A.hasByValAttr() || A.hasInAllocaAttr() ||
         A.hasPreallocatedAttr() || A.hasAttribute(Attribute::DeadOnReturn) ||
         A.hasNestAttr();
}

// The parameter holding a slice parameter's length: offset 8 of the same
// debug-info variable.
Value *FunctionInstrumenter::sliceLengthParam(const VarPiece *Piece) {
  if (!Piece)
    return nullptr;
  for (Argument &Other : F.args()) {
    auto O = ValueVars.find(&Other);
    if (O != ValueVars.end() && O->second.Var == Piece->Var &&
        O->second.Offset == 8 && Other.getType()->isIntegerTy(64))
      return &Other;
  }
  return nullptr;
}

RetagPlan FunctionInstrumenter::planParamRetag(Argument &A) {
  RetagPlan None;
  if (!isTrackedPointer(A.getType()) || isNotALentReference(A))
    return None;

  // What debug info says about this parameter.
  const VarPiece *Piece = nullptr;
  auto It = ValueVars.find(&A);
  if (It != ValueVars.end() && It->second.Var->getArg())
    Piece = &It->second;
  PointeeInfo DIInfo;
  const DIType *DITy = nullptr;
  if (Piece && Piece->Offset == 0) {
    DITy = Piece->Var->getType();
    DIInfo = classifyPointerType(DITy);
  }

  // A parameter without a variable in a function whose other parameters
  // have one is compiler-made: the hidden &Location of #[track_caller].
  if (!Piece && AnyArgVar && ValueVars.find(&A) == ValueVars.end())
    return None;

  // The pointer this parameter is, per debug info, also inside a wrapper
  // (`Pin<&mut T>`, a pair of references passed as two parameters).
  bool Fat = false;
  if (Piece) {
    bool IsMetadata = false;
    const DIType *PtrTy = nullptr;
    PointeeInfo At = classifyPointerAt(Piece->Var->getType(), Piece->Offset,
                                       IsMetadata, &PtrTy);
    // The length or vtable of a fat pointer is no pointer to retag (a
    // vtable parameter even carries noalias readonly dereferenceable).
    // Nor is a reference inside MaybeDangling, which rustc still marks
    // noalias.
    if (IsMetadata || At.InMaybeDangling)
      return None;
    // The pointee of a fat pointer is unsized: dereferenceable(N) is only
    // its sized prefix, not its size. Only debug info sizes it exactly.
    Fat = At.isFat();
    // A thin reference inside a by-value aggregate (`struct W(&mut T)`,
    // a pair of a reference and an integer) is retagged like a reference
    // parameter, as Miri retags the fields of arguments.
    if (!DIInfo.isReference() && At.isReference() && !At.isFat() && PtrTy) {
      DITy = PtrTy;
      DIInfo = At;
    }
  }
  // Without debug info, a noalias dereferenceable pointer followed by an
  // integer parameter may be such a fat pointer (its length), whose real
  // size nobody knows: a retag of N bytes could cover less or more than the
  // pointee.
  bool MaybeFat = false;
  if (!Piece && A.getArgNo() + 1 < F.arg_size() &&
      F.getArg(A.getArgNo() + 1)
          ->getType()
          ->isIntegerTy(DL.getPointerSizeInBits()))
    MaybeFat = true;

  RetagPlan P;
  if (A.hasNoAliasAttr() && !MaybeFat) {
    uint64_t Deref = Fat ? 0 : A.getDereferenceableBytes();
    if (Deref > 0) {
      // noalias readonly is a frozen `&T`, noalias alone a `&mut T`.
      decideRetagKind({A.onlyReadsMemory() ? ReferenceNature::SharedRef
                                           : ReferenceNature::MutRef},
                      /*FunctionEntry=*/true, P);
      P.ConstSize = Deref;
    } else if (DITy) {
      // Box, slices, ZSTs: only debug info knows.
      P = planFromDebugType(DITy, /*Protect=*/true);
      if ((DIInfo.IsSlice || DIInfo.HasSliceTail) && P.isRetag()) {
        P.Length = sliceLengthParam(Piece);
        if (!P.Length)
          P = RetagPlan();
      }
    }
  } else if (DITy && DIInfo.isReference() && !MaybeFat) {
    bool Trust = true;
    // With optimization, a missing noalias on &mut or Box means rustc
    // decided it is not Unique (!Unpin, custom allocator): believe it.
    if (Optimized &&
        (DIInfo.Kind == PtrKind::MutRef || DIInfo.Kind == PtrKind::Box))
      Trust = false;
    if (Trust) {
      P = planFromDebugType(DITy, /*Protect=*/true);
      if ((DIInfo.IsSlice || DIInfo.HasSliceTail) && P.isRetag()) {
        P.Length = sliceLengthParam(Piece);
        if (!P.Length)
          P = RetagPlan();
      }
    }
  } else if (!Optimized && DITy && DIInfo.Kind == PtrKind::Raw &&
             A.getArgNo() == 0 && isDropGlue(SP)) {
    // Drop glue's `*mut T` is retagged like `&mut T`; with optimization
    // rustc marks it noalias (the first branch), without only the function
    // says so.
    PointeeInfo AsMutRef = classifyAsMutRef(DITy);
    if (AsMutRef.isReference())
      P = planFromDebugType(DITy, /*Protect=*/true, &AsMutRef);
  }
  if (!P.isRetag()) {
    if (A.hasNoAliasAttr() || (DITy && DIInfo.isReference())) {
      ++stats::NumEntryRetagsSkipped;
      SBSAN_LOG(log() << "sbsan: " << F.getName() << ": " << describeArg(A)
                      << " looks like a reference but is not retagged\n");
    }
    return None;
  }
  P.What = describeArg(A);
  P.Origin = SBSAN_ORIGIN_FN_ENTRY;
  return P;
}

RetagPlan FunctionInstrumenter::planReturnRetag() {
  RetagPlan None;
  if (!SP || !opts::DebugInfoRetags)
    return None;
  const DISubroutineType *ST = SP->getType();
  if (!ST)
    return None;
  DITypeRefArray Types = ST->getTypeArray();
  if (Types.size() == 0 || !Types[0])
    return None;
  Type *RetTy = F.getReturnType();
  PointeeInfo Info = classifyPointerType(Types[0]);
  if (Info.Kind != PtrKind::MutRef && Info.Kind != PtrKind::SharedRef)
    return None;
  bool Thin = isTrackedPointer(RetTy) && !Info.isFat();
  bool Slice = (Info.IsSlice || Info.HasSliceTail) && RetTy->isStructTy() &&
               RetTy->getStructNumElements() == 2 &&
               isTrackedPointer(RetTy->getStructElementType(0)) &&
               RetTy->getStructElementType(1)->isIntegerTy(64);
  if (!Thin && !Slice)
    return None;
  RetagPlan P = planFromDebugType(Types[0], /*Protect=*/false);
  if (!P.isRetag())
    return None;
  P.What = "return value";
  P.Origin = SBSAN_ORIGIN_RETURN;
  return P;
}

// Miri retags the reference a call returns in the caller, at the call. The
// callee's return retag ends in a SharedReadWrite child (any raw pointer
// the caller makes from the result is that same SSA value), which a read
// through the parent does not disable. When the caller binds the result to
// a `&mut` variable and uses it only as that reference (accesses through it
// and pointers derived from it, nothing that could be or become a raw
// pointer: no escape, no raw-pointer variable), a Unique retag here that
// the caller adopts gives the result Miri's item: a later read through the
// parent disables it and its next use is reported.
RetagPlan FunctionInstrumenter::planCallResultRetag(CallBase *CB) {
  RetagPlan None;
  if (CB->getType()->isStructTy())
    return planSliceCallResultRetag(CB);
  return planThinResultRetag(CB);
}

RetagPlan FunctionInstrumenter::planThinResultRetag(Value *Result) {
  RetagPlan None;
  if (!isTrackedPointer(Result->getType()))
    return None;
  auto It = ValueVars.find(Result);
  if (It == ValueVars.end() || It->second.Offset != 0)
    return None;
  if (!isThinReference(It->second.Var->getType()))
    return None;
  return planReturnedMutRef(It->second.Var, Result, /*Slice=*/false);
}

// The Unique item itself, not a SharedReadWrite child: the result is used
// only as the reference. The variable may be bound to the result only on
// a path where it is not null (an Option matched later): a null result
// retags nothing.
Value *FunctionInstrumenter::emitResultRetag(IRBuilder<> &B, Value *Result,
                                             Value *Tag, RetagPlan P,
                                             bool MaybeNull) {
  ++stats::NumCallResultRetags;
  if (MaybeNull)
    P.DynSize =
        B.CreateSelect(B.CreateIsNull(Result), ConstantInt::get(H.I64, 0),
                       ConstantInt::get(H.I64, P.ConstSize));
  return emitRetag(B, Result, Tag, P, /*Adopt=*/false);
}

// The caller's Unique retag of a result bound to Var, a `&mut T` (or with
// Slice, a `&mut [T]`), if Ref (the result, or its data pointer) is used
// only as that reference.
RetagPlan FunctionInstrumenter::planReturnedMutRef(const DILocalVariable *Var,
                                                   Value *Ref, bool Slice) {
  const DIType *T = Var->getType();
  PointeeInfo Info = classifyPointerType(T);
  if (Info.Kind != PtrKind::MutRef || Info.NotUnpin ||
      (Slice ? !Info.IsSlice : Info.isFat()))
    return RetagPlan();
  RetagPlan P = planFromDebugType(T, /*Protect=*/false);
  if (P.Kind != RetagPlan::Unique || !usedOnlyAsReference(Ref))
    return RetagPlan();
  P.What = ("reference returned into `" + Var->getName() + "`").str();
  P.Origin = SBSAN_ORIGIN_RETURN;
  P.SliceResult = Slice;
  return P;
}

// The same for a `&mut [T]` returned as {data, length}: the variable's
// pieces are the two elements taken out of the result, and the data
// pointer must be used only as the reference.
RetagPlan FunctionInstrumenter::planSliceCallResultRetag(CallBase *CB) {
  RetagPlan None;
  auto *STy = cast<StructType>(CB->getType());
  if (STy->getNumElements() != 2 || !STy->getElementType(0)->isPointerTy() ||
      !STy->getElementType(1)->isIntegerTy(64))
    return None;
  Value *Data = nullptr;
  const DILocalVariable *DataVar = nullptr, *LengthVar = nullptr;
  for (User *U : CB->users()) {
    auto *EV = dyn_cast<ExtractValueInst>(U);
    if (!EV || EV->getNumIndices() != 1)
      continue;
    auto It = ValueVars.find(EV);
    if (It == ValueVars.end())
      continue;
    if (EV->getIndices()[0] == 0 && It->second.Offset == 0) {
      Data = EV;
      DataVar = It->second.Var;
    } else if (EV->getIndices()[0] == 1 && It->second.Offset == 8) {
      LengthVar = It->second.Var;
    }
  }
  if (!Data || DataVar != LengthVar || !isFatReference(DataVar->getType()))
    return None;
  return planReturnedMutRef(DataVar, Data, /*Slice=*/true);
}

bool FunctionInstrumenter::usedOnlyAsReference(Value *V) {
  SmallVector<Value *, 8> WL{V};
  SmallPtrSet<Value *, 16> Seen{V};
  while (!WL.empty()) {
    Value *Cur = WL.pop_back_val();
    if (NonRefBound.count(Cur))
      return false;
    for (Use &U : Cur->uses()) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      if (!I)
        return false;
      if (isa<LoadInst>(I) || isa<ICmpInst>(I))
        continue;
      if (auto *SI = dyn_cast<StoreInst>(I)) {
        // Storing through it is an access; storing it is an escape unless
        // the slot is a debug-info spill that is never read back.
        if (U.getOperandNo() == StoreInst::getPointerOperandIndex() ||
            isSpillOnlyAddress(SI->getPointerOperand()))
          continue;
        return false;
      }
      if (isa<GetElementPtrInst>(I) || isa<BitCastInst>(I)) {
        if (Seen.insert(I).second)
          WL.push_back(I);
        continue;
      }
      if (auto *II = dyn_cast<IntrinsicInst>(I)) {
        switch (II->getIntrinsicID()) {
        case Intrinsic::memcpy:
        case Intrinsic::memcpy_inline:
        case Intrinsic::memmove:
        case Intrinsic::memset:
        case Intrinsic::memset_inline:
          if (U.getOperandNo() < 2)
            continue;
          return false;
        case Intrinsic::lifetime_start:
        case Intrinsic::lifetime_end:
          continue;
        default:
          return false;
        }
      }
      return false; // calls, returns, phis, selects, ptr-to-int, ...
    }
  }
  return true;
}

RetagPlan FunctionInstrumenter::planLoadRetag(LoadInst *LI) {
  RetagPlan None;
  if (!isTrackedPointer(LI->getType()))
    return None;
  auto It = ValueVars.find(LI);
  if (It == ValueVars.end() || It->second.Offset != 0)
    return None;
  const DIType *T = It->second.Var->getType();
  PointeeInfo Info = classifyPointerType(T);
  if (Info.Kind != PtrKind::MutRef && Info.Kind != PtrKind::SharedRef)
    return None;
  if (Info.isFat())
    return None;
  RetagPlan P = planFromDebugType(T, /*Protect=*/false);
  if (!P.isRetag())
    return None;
  P.What = ("reference loaded into `" + It->second.Var->getName() + "`").str();
  P.Origin = SBSAN_ORIGIN_LOAD;
  return P;
}

// ---- emission ----

Value *RetagPlan::emitSize(IRBuilderBase &B, Value *Len) const {
  Type *I64 = B.getInt64Ty();
  if (Len) {
    Value *Size =
        B.CreateMul(B.CreateZExtOrTrunc(Len, I64),
                    ConstantInt::get(I64, ElemSize), "sbsan.retag.size");
    if (LengthBase || LengthAlign > 1) {
      // size_of_val of a struct with a slice tail.
      uint64_t Mask = LengthAlign - 1;
      Size = B.CreateAdd(Size, ConstantInt::get(I64, LengthBase + Mask));
      Size =
          B.CreateAnd(Size, ConstantInt::get(I64, ~Mask), "sbsan.retag.size");
    }
    return Size;
  }
  if (DynSize)
    return B.CreateZExtOrTrunc(DynSize, I64);
  return ConstantInt::get(I64, ConstSize);
}

Constant *RetagPlan::cellRangesConstant(Module &M, uint64_t &N) const {
  if (CellRangesGlobal) {
    N = NumCellRanges;
    return CellRangesGlobal;
  }
  SmallVector<uint64_t, 8> Flat;
  for (auto &R : CellRanges) {
    Flat.push_back(R.first);
    Flat.push_back(R.second);
  }
  Constant *Init = ConstantDataArray::get(M.getContext(), Flat);
  auto *GV =
      new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                         GlobalValue::PrivateLinkage, Init, "sbsan.cells");
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(8));
  N = CellRanges.size();
  return GV;
}

Value *FunctionInstrumenter::emitRetag(IRBuilder<> &B, Value *Ptr,
                                       Value *ParentTag, const RetagPlan &Plan,
                                       bool Adopt) {
  if (!Plan.isRetag() || isWildcard(ParentTag))
    return ParentTag;
  Value *Size = Plan.emitSize(B, Plan.Length);
  Constant *Site = H.retagSite(F, Plan.What, Plan.Origin);
  auto Retag = [&](Value *Parent, uint32_t Kind) -> Value * {
    return B.CreateCall(
        H.get(Hook::Retag),
        {Ptr, Size, Parent, ConstantInt::get(H.I32, Kind), Site},
        "sbsan.retag");
  };
  switch (Plan.Kind) {
  case RetagPlan::Unique: {
    if (!opts::RawEscapeRetags || !Adopt)
      return Retag(ParentTag, SBSAN_RETAG_UNIQUE | Plan.Protect);
    ++stats::NumRawEscapes;
    // One call makes the Unique item and its SharedReadWrite child.
    return Retag(ParentTag,
                 SBSAN_RETAG_UNIQUE | SBSAN_RETAG_RAW_CHILD | Plan.Protect);
  }
  case RetagPlan::SharedRO: {
    Value *New = Retag(ParentTag, SBSAN_RETAG_SHARED_RO | Plan.Protect);
    if (opts::InlineFastPath && !Plan.Protect && !Plan.Length &&
        !Plan.DynSize && Plan.ConstSize && Plan.ConstSize <= 8)
      InlineElisions.push_back({cast<CallInst>(New), Plan.ConstSize});
    return New;
  }
  case RetagPlan::SharedRW:
    return Retag(ParentTag, SBSAN_RETAG_SHARED_RW | Plan.Protect);
  case RetagPlan::SharedMixed: {
    uint64_t N;
    Constant *Ranges = Plan.cellRangesConstant(H.M, N);
    return B.CreateCall(H.get(Hook::RetagSharedMixed),
                        {Ptr, Size, ParentTag, Ranges,
                         ConstantInt::get(H.I64, N),
                         ConstantInt::get(H.I32, Plan.Protect), Site},
                        "sbsan.retag");
  }
  case RetagPlan::None:
    break;
  }
  return ParentTag;
}

void FunctionInstrumenter::ensureFrame() {
  if (NeedsFrame)
    return;
  NeedsFrame = true;
  IRBuilder<> B(H.Ctx);
  atEntry(B);
  if (!FrameAddr)
    FrameAddr = B.CreateIntrinsic(Intrinsic::frameaddress, {H.Ptr},
                                  {B.getInt32(0)}, nullptr, "sbsan.frame");
  B.CreateCall(H.get(Hook::FuncEnter), {FrameAddr});
  ++stats::NumProtectedFunctions;
}

void FunctionInstrumenter::emitEntryRetags() {
  if (EntryPlans.empty())
    return;
  for (auto &[A, P] : EntryPlans)
    if (P.Protect) {
      ensureFrame();
      break;
    }
  IRBuilder<> B(H.Ctx);
  atEntry(B);
  for (auto &[A, P] : EntryPlans) {
    Value *Parent = getTag(A);
    Value *New = emitRetag(B, A, Parent, P);
    Tags[A] = New;
    ++stats::NumEntryRetags;
    SBSAN_LOG(log() << "sbsan: " << F.getName() << ": entry retag of " << P.What
                    << "\n");
  }
}

Value *FunctionInstrumenter::applyReturnRetag(IRBuilder<> &B, Value *RetVal,
                                              Value *RetTag) {
  RetagPlan P = ReturnPlan;
  if (isTrackedPointer(RetVal->getType())) {
    ++stats::NumReturnRetags;
    return emitRetag(B, RetVal, RetTag, P);
  }
  // A slice {ptr, len}.
  Value *Ptr = B.CreateExtractValue(RetVal, 0);
  P.Length = B.CreateExtractValue(RetVal, 1);
  Value *LeafTag = isa<Constant>(RetTag)
                       ? cast<Constant>(RetTag)->getAggregateElement(0u)
                       : B.CreateExtractValue(RetTag, 0);
  Value *New = emitRetag(B, Ptr, LeafTag, P);
  if (New == LeafTag)
    return RetTag;
  ++stats::NumReturnRetags;
  return B.CreateInsertValue(RetTag, New, 0);
}

// The retag happens (Miri's retag on assignment: the parent's access over
// the pointee, a new item that invalidates the parent's other children) but
// the loaded value keeps its tag. The loaded SSA value may stand for more
// than the variable it is bound to: for `cur = &(*cur).next` with `next` at
// offset 0, the value bound to `cur` is also the Box that `(*cur).val` is
// read through. Narrowing its tag to the variable's pointee would report
// that read.
void FunctionInstrumenter::instrumentLoadRetag(LoadInst *LI) {
  auto It = LoadPlans.find(LI);
  if (It == LoadPlans.end())
    return;
  const RetagPlan &P = It->second;
  Value *Parent = getTag(LI);
  auto *ParentI = dyn_cast<Instruction>(Parent);
  if (!ParentI)
    return; // a static wildcard: nothing to derive from
  IRBuilder<> B(ParentI->getParent(), insertPointAfter(ParentI));
  emitRetag(B, LI, Parent, P, /*Adopt=*/false);
  ++stats::NumLoadRetags;
}

} // namespace sbsan
