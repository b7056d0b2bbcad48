//===- TagPropagation.cpp - Shadow tags of SSA values ---------------------===//
//
// getTag(V) returns the tag of a value with pointer leaves: i64 for a
// pointer, a tag aggregate for an aggregate. Tags are built on demand with
// an explicit work stack (long GEP chains must not recurse) and memoized.
//
// Rules, in the order getTag applies them:
//  - constants: wildcard, except that anything based on a global variable
//    (not thread-local) has the global root tag;
//  - arguments: read from the argument slots at entry (readArgumentSlots);
//  - values in unreachable blocks, vectors of pointers, int-to-ptr, landing
//    pads, va_arg, unknown producers: wildcard;
//  - GEP, casts, freeze, ptrmask, launder/strip.invariant.group: the
//    operand's tag (same provenance);
//  - phi/select/insertvalue/extractvalue: the same operation on tags;
//  - loads: the provenance shadow (Provenance.cpp);
//  - calls: the return slot (Calls.cpp);
//  - cmpxchg: the compare operand's tag when it succeeded, else wildcard.
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/IR/ConstantFold.h"
#include "llvm/IR/DebugInfoMetadata.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

bool FunctionInstrumenter::isTrackedPointer(Type *T) const {
  auto *PT = dyn_cast<PointerType>(T);
  return PT && PT->getAddressSpace() == 0;
}

Type *FunctionInstrumenter::tagTypeFor(Type *T) const {
  if (isTrackedPointer(T))
    return H.I64;
  if (!T->isAggregateType())
    return nullptr;
  auto It = TagTypes.find(T);
  if (It != TagTypes.end())
    return It->second;
  Type *Result = nullptr;
  if (auto *ST = dyn_cast<StructType>(T)) {
    SmallVector<Type *, 8> Elems;
    bool Any = false;
    for (Type *E : ST->elements()) {
      Type *ET = tagTypeFor(E);
      Any |= ET != nullptr;
      Elems.push_back(ET ? ET : StructType::get(H.Ctx));
    }
    if (Any)
      Result = StructType::get(H.Ctx, Elems);
  } else if (auto *AT = dyn_cast<ArrayType>(T)) {
    if (Type *ET = tagTypeFor(AT->getElementType()))
      Result = ArrayType::get(ET, AT->getNumElements());
  }
  TagTypes[T] = Result;
  return Result;
}

Value *FunctionInstrumenter::readCheckedTag(IRBuilder<> &B, Value *ValueAddr,
                                            Value *TagAddr, Value *Ptr,
                                            StringRef Kind, const Twine &Name) {
  Value *Recorded = B.CreateLoad(H.I64, ValueAddr, Kind + ".value");
  Value *SlotTag = B.CreateLoad(H.I64, TagAddr, Kind + ".tag");
  Value *Match = B.CreateICmpEQ(Recorded, B.CreatePtrToInt(Ptr, H.I64));
  return B.CreateSelect(Match, SlotTag, ConstantInt::get(H.I64, 0), Name);
}

Value *FunctionInstrumenter::extractLeaf(IRBuilder<> &B, Value *Agg,
                                         ArrayRef<unsigned> Path) {
  if (Path.empty())
    return Agg;
  if (auto *C = dyn_cast<Constant>(Agg)) {
    Constant *E = C;
    for (unsigned Idx : Path)
      E = E ? E->getAggregateElement(Idx) : nullptr;
    if (E)
      return E;
  }
  return B.CreateExtractValue(Agg, Path);
}

void FunctionInstrumenter::pointerLeaves(Type *T,
                                         SmallVectorImpl<Leaf> &Out) const {
  // Iterative walk with explicit paths; offsets from the data layout.
  struct Item {
    Type *Ty;
    SmallVector<unsigned, 4> Path;
    uint64_t Offset;
  };
  SmallVector<Item, 8> Stack;
  Stack.push_back({T, {}, 0});
  SmallVector<Leaf, 8> Reversed;
  while (!Stack.empty()) {
    Item It = Stack.pop_back_val();
    if (isTrackedPointer(It.Ty)) {
      Reversed.push_back({It.Path, It.Offset});
      continue;
    }
    if (!tagTypeFor(It.Ty))
      continue;
    if (auto *ST = dyn_cast<StructType>(It.Ty)) {
      const StructLayout *SL = DL.getStructLayout(ST);
      for (unsigned I = ST->getNumElements(); I-- > 0;) {
        Item Child{ST->getElementType(I), It.Path,
                   It.Offset + SL->getElementOffset(I).getFixedValue()};
        Child.Path.push_back(I);
        Stack.push_back(std::move(Child));
      }
    } else if (auto *AT = dyn_cast<ArrayType>(It.Ty)) {
      uint64_t Stride = DL.getTypeAllocSize(AT->getElementType());
      for (uint64_t I = AT->getNumElements(); I-- > 0;) {
        Item Child{AT->getElementType(), It.Path, It.Offset + I * Stride};
        Child.Path.push_back(unsigned(I));
        Stack.push_back(std::move(Child));
      }
    }
  }
  Out.append(Reversed.begin(), Reversed.end());
}

Constant *FunctionInstrumenter::wildcardTag(Type *TagTy) const {
  return Constant::getNullValue(TagTy);
}

bool FunctionInstrumenter::isWildcard(Value *Tag) const {
  auto *C = dyn_cast<Constant>(Tag);
  return C && C->isNullValue();
}

Constant *FunctionInstrumenter::constantTag(Constant *C) {
  Type *TT = tagTypeFor(C->getType());
  if (isTrackedPointer(C->getType())) {
    // Strip address arithmetic down to the base object.
    const Value *Base = C;
    for (unsigned Guard = 0; Guard < 64; ++Guard) {
      if (auto *GA = dyn_cast<GlobalAlias>(Base)) {
        Base = GA->getAliaseeObject();
        if (!Base)
          break;
        continue;
      }
      auto *CE = dyn_cast<ConstantExpr>(Base);
      if (!CE)
        break;
      if (CE->getOpcode() == Instruction::GetElementPtr ||
          CE->getOpcode() == Instruction::BitCast ||
          CE->getOpcode() == Instruction::AddrSpaceCast)
        Base = CE->getOperand(0);
      else
        break;
    }
    if (auto *GV = dyn_cast_or_null<GlobalVariable>(Base))
      if (!GV->isThreadLocal() && GV->getAddressSpace() == 0)
        return ConstantInt::get(H.I64, SBSAN_GLOBAL_ROOT_TAG);
    return ConstantInt::get(H.I64, SBSAN_WILDCARD_TAG);
  }
  if (isa<ConstantAggregate>(C)) {
    SmallVector<Constant *, 8> Elems;
    for (unsigned I = 0, E = C->getNumOperands(); I != E; ++I) {
      auto *Op = cast<Constant>(C->getOperand(I));
      if (tagTypeFor(Op->getType()))
        Elems.push_back(constantTag(Op));
      else
        Elems.push_back(ConstantStruct::get(StructType::get(H.Ctx), {}));
    }
    if (auto *ST = dyn_cast<StructType>(TT))
      return ConstantStruct::get(ST, Elems);
    return ConstantArray::get(cast<ArrayType>(TT), Elems);
  }
  // zeroinitializer, undef, poison, and anything else: wildcard.
  return wildcardTag(TT);
}

BasicBlock::iterator FunctionInstrumenter::insertPointAfter(Instruction *I) {
  if (isa<PHINode>(I) || I->isEHPad())
    return I->getParent()->getFirstInsertionPt();
  if (auto *II = dyn_cast<InvokeInst>(I))
    return II->getNormalDest()->getFirstInsertionPt();
  return std::next(I->getIterator());
}

Value *FunctionInstrumenter::slotField(IRBuilder<> &B, bool Ret, unsigned Index,
                                       unsigned Field) {
  Value *&Base = SlotBase[Ret];
  if (!Base) {
    IRBuilder<> EB(H.Ctx);
    atEntry(EB);
    Base = EB.CreateThreadLocalAddress(H.slotGlobal(Ret));
    Base->setName(Ret ? "sbsan.ret.slot" : "sbsan.arg.slots");
  }
  if (Ret)
    return B.CreateConstInBoundsGEP2_32(H.SlotTy, Base, 0, Field);
  return B.CreateConstInBoundsGEP2_32(H.SlotTy, Base, Index, Field);
}

void FunctionInstrumenter::atEntry(IRBuilder<> &B) {
  B.SetInsertPoint(EntryEnd);
  B.SetCurrentDebugLocation(EntryLoc);
}

void FunctionInstrumenter::readArgumentSlots() {
  BasicBlock &Entry = F.getEntryBlock();
  EntryEnd = &*Entry.getFirstNonPHIOrDbgOrAlloca();
  if (SP)
    EntryLoc = DILocation::get(H.Ctx, SP->getScopeLine(), 0,
                               const_cast<DISubprogram *>(SP));
  IRBuilder<> B(H.Ctx);
  atEntry(B);
  unsigned Slot = 0;
  for (Argument &A : F.args()) {
    Type *TT = tagTypeFor(A.getType());
    if (!TT)
      continue;
    SmallVector<Leaf, 4> Leaves;
    pointerLeaves(A.getType(), Leaves);
    bool Local =
        A.hasByValAttr() || A.hasInAllocaAttr() || A.hasPreallocatedAttr();
    Value *Tag = wildcardTag(TT);
    for (const Leaf &L : Leaves) {
      unsigned Index = Slot++;
      if (Local)
        continue; // a copy in this frame: the caller's tag does not apply
      if (Index >= SBSAN_ARG_SLOTS) {
        ++stats::NumSlotOverflow;
        continue;
      }
      Value *Ptr =
          L.Path.empty() ? (Value *)&A : B.CreateExtractValue(&A, L.Path);
      Value *ValueAddr = slotField(B, false, Index, 0);
      Value *TagAddr = slotField(B, false, Index, 1);
      Value *LeafTag = readCheckedTag(B, ValueAddr, TagAddr, Ptr, "sbsan.arg",
                                      "sbsan.tag." + A.getName());
      // Clear the value so a later reader cannot match a stale slot.
      B.CreateStore(ConstantInt::get(H.I64, 0), ValueAddr);
      Tag =
          L.Path.empty() ? LeafTag : B.CreateInsertValue(Tag, LeafTag, L.Path);
    }
    Tags[&A] = Tag;
  }
}

Value *FunctionInstrumenter::getTag(Value *V) {
  Type *TT = tagTypeFor(V->getType());
  assert(TT && "tag of a value without pointers");
  if (auto *C = dyn_cast<Constant>(V))
    return constantTag(C);
  auto Found = Tags.find(V);
  if (Found != Tags.end())
    return Found->second;
  auto *Root = dyn_cast<Instruction>(V);
  if (!Root || !Reachable.count(Root->getParent()))
    return wildcardTag(TT);

  // Tags of the operands an instruction's tag is built from.
  auto Deps = [&](Instruction *I, SmallVectorImpl<Value *> &Out) {
    if (auto *GEP = dyn_cast<GetElementPtrInst>(I))
      Out.push_back(GEP->getPointerOperand());
    else if (isa<BitCastInst>(I) || isa<AddrSpaceCastInst>(I) ||
             isa<FreezeInst>(I))
      Out.push_back(I->getOperand(0));
    else if (auto *Sel = dyn_cast<SelectInst>(I)) {
      Out.push_back(Sel->getTrueValue());
      Out.push_back(Sel->getFalseValue());
    } else if (auto *EV = dyn_cast<ExtractValueInst>(I))
      Out.push_back(EV->getAggregateOperand());
    else if (auto *IV = dyn_cast<InsertValueInst>(I)) {
      Out.push_back(IV->getAggregateOperand());
      Out.push_back(IV->getInsertedValueOperand());
    } else if (auto *CX = dyn_cast<AtomicCmpXchgInst>(I))
      Out.push_back(CX->getCompareOperand());
    else if (auto *II = dyn_cast<IntrinsicInst>(I)) {
      switch (II->getIntrinsicID()) {
      case Intrinsic::ptrmask:
      case Intrinsic::launder_invariant_group:
      case Intrinsic::strip_invariant_group:
        Out.push_back(II->getArgOperand(0));
        break;
      default:
        break;
      }
    }
  };

  SmallVector<Instruction *, 16> Stack;
  Stack.push_back(Root);
  while (!Stack.empty()) {
    Instruction *Cur = Stack.back();
    if (Tags.count(Cur)) {
      Stack.pop_back();
      continue;
    }
    SmallVector<Value *, 2> Ops;
    Deps(Cur, Ops);
    bool Ready = true;
    for (Value *Op : Ops) {
      auto *OpI = dyn_cast<Instruction>(Op);
      if (!OpI || Tags.count(OpI) || !tagTypeFor(Op->getType()) ||
          !Reachable.count(OpI->getParent()))
        continue;
      Stack.push_back(OpI);
      Ready = false;
    }
    if (!Ready)
      continue;
    Stack.pop_back();
    Tags[Cur] = materializeTag(Cur);
  }
  return Tags[Root];
}

// Builds the tag of I; the tags of its operands (Deps) already exist.
Value *FunctionInstrumenter::materializeTag(Instruction *I) {
  Type *TT = tagTypeFor(I->getType());
  auto OperandTag = [&](Value *Op) -> Value * {
    if (!tagTypeFor(Op->getType()))
      return wildcardTag(TT);
    return getTag(Op);
  };

  if (auto *GEP = dyn_cast<GetElementPtrInst>(I)) {
    // A GEP whose pointer is a vector is a vector: not tracked. A scalar
    // GEP's tag is its base's.
    if (RustRetags.count(I)) {
      instrumentRustRetag(I);
      auto It = Tags.find(I);
      if (It != Tags.end())
        return It->second;
    }
    return OperandTag(GEP->getPointerOperand());
  }
  if (isa<BitCastInst>(I) || isa<AddrSpaceCastInst>(I) || isa<FreezeInst>(I))
    return OperandTag(I->getOperand(0));
  if (isa<IntToPtrInst>(I))
    return wildcardTag(TT);
  if (auto *Phi = dyn_cast<PHINode>(I)) {
    auto *TagPhi = PHINode::Create(TT, Phi->getNumIncomingValues(),
                                   "sbsan.tag.phi", Phi->getIterator());
    PendingPhis.push_back({Phi, TagPhi});
    return TagPhi;
  }
  if (auto *Sel = dyn_cast<SelectInst>(I)) {
    Value *T = getTag(Sel->getTrueValue());
    Value *Fv = getTag(Sel->getFalseValue());
    if (T == Fv)
      return T;
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    return B.CreateSelect(Sel->getCondition(), T, Fv, "sbsan.tag.sel");
  }
  if (auto *EV = dyn_cast<ExtractValueInst>(I)) {
    Value *AggTag = getTag(EV->getAggregateOperand());
    if (auto *C = dyn_cast<Constant>(AggTag)) {
      Constant *Elt = C->getAggregateElement(EV->getIndices()[0]);
      for (unsigned Idx : EV->getIndices().drop_front()) {
        if (!Elt)
          break;
        Elt = Elt->getAggregateElement(Idx);
      }
      if (Elt)
        return Elt;
    }
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    return B.CreateExtractValue(AggTag, EV->getIndices(), "sbsan.tag.ev");
  }
  if (auto *IV = dyn_cast<InsertValueInst>(I)) {
    Value *AggTag = OperandTag(IV->getAggregateOperand());
    Value *Inserted = IV->getInsertedValueOperand();
    if (!tagTypeFor(Inserted->getType()))
      return AggTag;
    Value *ElemTag = getTag(Inserted);
    if (isa<Constant>(AggTag) && isa<Constant>(ElemTag))
      return ConstantFoldInsertValueInstruction(
          cast<Constant>(AggTag), cast<Constant>(ElemTag), IV->getIndices());
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    return B.CreateInsertValue(AggTag, ElemTag, IV->getIndices(),
                               "sbsan.tag.iv");
  }
  if (auto *LI = dyn_cast<LoadInst>(I)) {
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    return loadPointerTag(B, LI->getPointerOperand(), LI, LI->getType(),
                          LI->getAlign());
  }
  if (auto *CX = dyn_cast<AtomicCmpXchgInst>(I)) {
    // {ptr, i1}: on success the loaded value equals the compare operand.
    Value *CmpTag = getTag(CX->getCompareOperand());
    if (isWildcard(CmpTag))
      return wildcardTag(TT);
    IRBuilder<> B(I->getParent(), insertPointAfter(I));
    Value *Ok = B.CreateExtractValue(CX, 1);
    Value *Leaf = B.CreateSelect(Ok, CmpTag, ConstantInt::get(H.I64, 0));
    return B.CreateInsertValue(wildcardTag(TT), Leaf, 0, "sbsan.tag.cx");
  }
  if (auto *II = dyn_cast<IntrinsicInst>(I)) {
    switch (II->getIntrinsicID()) {
    case Intrinsic::ptrmask:
    case Intrinsic::launder_invariant_group:
    case Intrinsic::strip_invariant_group:
      return OperandTag(II->getArgOperand(0));
    case Intrinsic::threadlocal_address:
    case Intrinsic::stacksave:
      return wildcardTag(TT);
    default:
      ++stats::NumUnknownIntrinsicPtrResult;
      SBSAN_LOG(log() << "sbsan: " << F.getName() << ": wildcard result of "
                      << *II << "\n");
      return wildcardTag(TT);
    }
  }
  if (auto *CB = dyn_cast<CallBase>(I))
    return materializeCallResultTag(CB);
  if (isa<AllocaInst>(I))
    return wildcardTag(TT); // not registered: untracked memory
  if (isa<LandingPadInst>(I) || isa<VAArgInst>(I) || isa<ExtractElementInst>(I))
    return wildcardTag(TT);
  if (isa<AtomicRMWInst>(I)) {
    // The old value of an exchange: its tag was in the shadow before the
    // exchange replaced it; not recoverable afterwards.
    return wildcardTag(TT);
  }
  ++stats::NumUnknownPtrProducers;
  SBSAN_LOG(log() << "sbsan: " << F.getName() << ": wildcard tag for " << *I
                  << "\n");
  return wildcardTag(TT);
}

void FunctionInstrumenter::fillPhiTags() {
  for (size_t Idx = 0; Idx < PendingPhis.size(); ++Idx) {
    PHINode *Phi = PendingPhis[Idx].first;
    PHINode *TagPhi = PendingPhis[Idx].second;
    for (unsigned I = 0, E = Phi->getNumIncomingValues(); I != E; ++I) {
      BasicBlock *From = Phi->getIncomingBlock(I);
      Value *In = Phi->getIncomingValue(I);
      Value *Tag =
          Reachable.count(From) ? getTag(In) : wildcardTag(TagPhi->getType());
      TagPhi->addIncoming(Tag, From);
    }
  }
  // Phis whose incoming tags are all one value (or the phi itself, around a
  // loop) fold away when that value dominates them. Later phis in the list
  // may have become the same after earlier folds, so iterate to a fixpoint.
  bool Changed = true;
  SmallPtrSet<PHINode *, 16> Erased;
  while (Changed) {
    Changed = false;
    for (auto &P : PendingPhis) {
      PHINode *TagPhi = P.second;
      if (Erased.count(TagPhi))
        continue;
      Value *Same = TagPhi->hasConstantValue();
      if (!Same || Same == TagPhi)
        continue;
      if (auto *SI = dyn_cast<Instruction>(Same))
        if (!DT->dominates(SI, TagPhi))
          continue;
      TagPhi->replaceAllUsesWith(Same);
      TagPhi->eraseFromParent();
      Erased.insert(TagPhi);
      Changed = true;
    }
  }
}

} // namespace sbsan
