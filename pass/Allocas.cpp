//===- Allocas.cpp - Stack allocations: escape analysis and registration --===//
//
// An alloca is tracked by the runtime only if its address escapes: stored
// as a value (except into a debug-info spill of std's, never read), passed
// to a call (any call, even with captures(none), because the callee's
// accesses are what we want to check), converted to an integer, returned,
// put in an aggregate, or used in a way the walk does not know.
// An alloca that does not escape can only be accessed through pointers the
// function computes from it, which Stacked Borrows never restricts: its tag
// is the wildcard and its accesses are not checked.
//
// Registration (__sbsan_alloca, a fresh Unique root, with a site naming
// the source variable from the alloca's dbg.declare) happens where the
// memory's life begins: after the one llvm.lifetime.start of the alloca
// when that dominates all its uses, else at entry when it has no lifetime
// markers at all. An alloca with several lifetime starts, or one that does
// not dominate the uses, stays untracked: registering it at entry would be
// wrong once the code generator lets allocas with disjoint lifetimes share
// a slot (the second registration would wipe the first while it is used).
// Deregistration (__sbsan_dealloca) happens before each llvm.lifetime.end
// and at every function exit; the runtime treats deregistering memory that
// is not registered as a no-op.
// A tracked static alloca gets whole 8-byte granules to itself (alignment
// 8, its size rounded up, the padding registered with it; its site keeps
// its own size for reports): a granule shared with another variable has
// per-byte stacks, which neither the inline fast path nor the inline
// answer to a retag without a child can read, so `&c` of a `char` would
// reach the runtime on every use.
//
// Variables that only std's code can reach are not registered either
// (docs/design.md section 2): std's own variables holding none of the
// program's data (isStdOwnAlloca), and the program's variables of that kind
// whose address goes only to std's code and whose value std hands back
// holds no pointer (isLeftToStd). -sbsan-track-std-allocas registers both.
//
// The same walk records, for allocas that do not escape, which values point
// into them at which constant offset and how pointers are stored and
// loaded there; Provenance.cpp uses that to keep their pointer tags in
// shadow allocas.
//
//===----------------------------------------------------------------------===//
#include "DebugInfoTypes.h"
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/Dominators.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

// The values derived from one alloca still to visit, with their constant
// offsets into it when known.
struct FunctionInstrumenter::AllocaWalk {
  AllocaInst *AI;
  AllocaInfo &Info;
  SmallVector<std::pair<Value *, std::optional<int64_t>>, 16> Work;
  SmallPtrSet<Value *, 16> Seen;
};

void FunctionInstrumenter::analyzeAllocas() {
  for (AllocaInst *AI : Allocas) {
    AllocaInfo &Info = AllocaInfos[AI];
    if (!isTrackedPointer(AI->getType())) {
      Info.Escapes = false;
      Info.Complex = true;
      continue;
    }
    // Lifetime starts (they always take the alloca itself).
    for (User *U : AI->users())
      if (auto *II = dyn_cast<IntrinsicInst>(U))
        if (Reachable.count(II->getParent()) &&
            II->getIntrinsicID() == Intrinsic::lifetime_start)
          Info.Starts.push_back(II);
    if (AI->hasMetadata(EscapedIntoInlinedCallMD))
      Info.Escapes = true;
    else
      walkAllocaUses(AI, Info);
    if (Info.Escapes && !opts::TrackStdAllocas)
      Info.LeftToStd = isLeftToStd(AI);
    if (!Info.Escapes)
      ++stats::NumAllocasUntracked;
  }
}

void FunctionInstrumenter::walkAllocaUses(AllocaInst *AI, AllocaInfo &Info) {
  AllocaWalk W{AI, Info, {}, {}};
  W.Work.push_back({AI, 0});
  W.Seen.insert(AI);
  while (!W.Work.empty() && !Info.Escapes) {
    auto [V, Off] = W.Work.pop_back_val();
    auto Prev = DerivedFrom.find(V);
    if (Prev != DerivedFrom.end() && Prev->second != AI) {
      // Derived from two allocas (phi/select of both): no single home.
      AllocaInfos[Prev->second].Complex = true;
      Info.Complex = true;
      Prev->second = nullptr;
    } else {
      DerivedFrom[V] = AI;
    }
    if (Off)
      DerivedOffset[V] = {AI, *Off};
    for (Use &U : V->uses()) {
      auto *User = dyn_cast<Instruction>(U.getUser());
      if (!User ||
          (Reachable.count(User->getParent()) && allocaUseEscapes(W, U, Off))) {
        Info.Escapes = true;
        break;
      }
    }
  }
}

void FunctionInstrumenter::pushDerived(AllocaWalk &W, Value *V,
                                       std::optional<int64_t> Off) {
  if (W.Seen.insert(V).second)
    W.Work.push_back({V, Off});
  else
    DerivedOffset.erase(V); // reached twice: offset not unique
}

// Pointer accesses must be at 8-aligned offsets for the local shadow.
void FunctionInstrumenter::notePtrAccess(AllocaInfo &Info,
                                         std::optional<int64_t> Off, Type *Ty) {
  if (!Off || *Off < 0) {
    Info.Complex = true;
    return;
  }
  SmallVector<Leaf, 4> Leaves;
  pointerLeaves(Ty, Leaves);
  for (const Leaf &L : Leaves)
    if ((uint64_t(*Off) + L.Offset) % 8)
      Info.Complex = true;
}

// Whether use U of a value derived from W's alloca (at Off) lets the
// address escape; records what the use means for the local shadow.
bool FunctionInstrumenter::allocaUseEscapes(AllocaWalk &W, Use &U,
                                            std::optional<int64_t> Off) {
  AllocaInfo &Info = W.Info;
  auto *User = cast<Instruction>(U.getUser());
  if (auto *GEP = dyn_cast<GetElementPtrInst>(User)) {
    if (U.getOperandNo() != GEP->getPointerOperandIndex() ||
        GEP->getType()->isVectorTy())
      return true;
    APInt C(DL.getIndexTypeSizeInBits(GEP->getType()), 0);
    if (Off && GEP->accumulateConstantOffset(DL, C))
      pushDerived(W, GEP, *Off + C.getSExtValue());
    else
      pushDerived(W, GEP, std::nullopt);
    auto Retag = RustRetags.find(GEP);
    if (Retag != RustRetags.end() && !Retag->second.Inlined)
      Info.Complex = true; // a retag placeholder: keep it simple
    return false;
  }
  if (isa<BitCastInst>(User) || isa<FreezeInst>(User)) {
    pushDerived(W, User, Off);
    return false;
  }
  if (isa<PHINode>(User) || isa<SelectInst>(User)) {
    if (isa<SelectInst>(User) && U.getOperandNo() == 0)
      return true;
    Info.Complex = true;
    pushDerived(W, User, std::nullopt);
    return false;
  }
  if (auto *LI = dyn_cast<LoadInst>(User)) {
    if (tagTypeFor(LI->getType())) {
      Info.HasPtrLoad = true;
      notePtrAccess(Info, Off, LI->getType());
      if (LI->isAtomic())
        Info.Complex = true;
    }
    return false;
  }
  if (auto *SI = dyn_cast<StoreInst>(User)) {
    if (U.getOperandNo() != SI->getPointerOperandIndex())
      return !isStdDebugSpill(SI->getPointerOperand()) &&
             !followSpillSlot(W, SI, Off);
    if (tagTypeFor(SI->getValueOperand()->getType())) {
      notePtrAccess(Info, Off, SI->getValueOperand()->getType());
      if (SI->isAtomic())
        Info.Complex = true;
    }
    return false;
  }
  if (auto *RMW = dyn_cast<AtomicRMWInst>(User)) {
    if (U.getOperandNo() != RMW->getPointerOperandIndex())
      return true;
    if (tagTypeFor(RMW->getValOperand()->getType()))
      Info.HasPtrLoad = Info.Complex = true;
    return false;
  }
  if (auto *CX = dyn_cast<AtomicCmpXchgInst>(User)) {
    if (U.getOperandNo() != CX->getPointerOperandIndex())
      return true;
    if (tagTypeFor(CX->getNewValOperand()->getType()))
      Info.HasPtrLoad = Info.Complex = true;
    return false;
  }
  if (isa<ICmpInst>(User))
    return false; // comparing addresses reveals nothing a tag protects
  if (auto *II = dyn_cast<IntrinsicInst>(User))
    return allocaIntrinsicUseEscapes(W, II, U);
  if (auto *CB = dyn_cast<CallBase>(User)) {
    if (MC.isRustRetagMem(CB->getCalledOperand()) && U.getOperandNo() == 0) {
      // Lowered to a load, a retag and a provenance store.
      Info.HasPtrLoad = true;
      notePtrAccess(Info, Off, H.Ptr);
      return false;
    }
    return true;
  }
  // ptrtoint, ret, insertvalue, insertelement, addrspacecast, anything
  // unknown.
  return true;
}

// A pointer into the alloca stored, whole, into a local slot that only
// gives it back: a temporary or a standard-library variable, stored to
// once, by SI, and otherwise only loaded from (as a pointer) or marked by
// lifetime markers, whose address goes nowhere else. rustc's MIR
// temporaries look like that before SROA runs (`select_unpredictable`
// moves its two choices' addresses through two of them and a guard).
// Each load gives SI's pointer back, so the walk follows the loads
// instead of counting the store as an escape; a slot with another use
// (a second store, an offset, a call) is an escape as before.
bool FunctionInstrumenter::followSpillSlot(AllocaWalk &W, StoreInst *SI,
                                           std::optional<int64_t> Off) {
  auto *Slot = dyn_cast<AllocaInst>(SI->getPointerOperand());
  if (!Slot || Slot == W.AI || !SI->isSimple() ||
      !SI->getValueOperand()->getType()->isPointerTy())
    return false;
  // The program's own variables keep what they point to tracked, as their
  // debug-info spills do (isStdDebugSpill).
  for (DbgVariableRecord *DVR : findDVRDeclares(Slot))
    if (isProgramVariable(DVR->getVariable()))
      return false;
  SmallVector<LoadInst *, 4> Loads;
  for (User *SU : Slot->users()) {
    auto *I = dyn_cast<Instruction>(SU);
    if (!I)
      return false;
    if (I == SI || !Reachable.count(I->getParent()))
      continue;
    if (auto *LI = dyn_cast<LoadInst>(I)) {
      if (!LI->isSimple() || !LI->getType()->isPointerTy())
        return false;
      Loads.push_back(LI);
      continue;
    }
    if (auto *II = dyn_cast<IntrinsicInst>(I))
      if (II->isLifetimeStartOrEnd())
        continue;
    return false;
  }
  for (LoadInst *LI : Loads)
    pushDerived(W, LI, Off);
  return true;
}

// A debug-info spill of a standard-library variable: an alloca that rustc
// only ever stores to (at constant offsets), so that a debugger can show
// the variable, declared for variables of std's code (an inlined std
// function's parameter). A pointer stored there is never read back. The
// program's own spills still count as escapes: they keep the variables
// whose references the program binds to names tracked, as before std's
// calls were inlined.
bool FunctionInstrumenter::isStdDebugSpill(Value *Addr) {
  auto *AI = dyn_cast<AllocaInst>(Addr->stripInBoundsConstantOffsets());
  if (!AI)
    return false;
  auto [It, New] = StdDebugSpills.try_emplace(AI, false);
  if (!New)
    return It->second;
  TinyPtrVector<DbgVariableRecord *> Declares = findDVRDeclares(AI);
  if (Declares.empty())
    return false;
  for (DbgVariableRecord *DVR : Declares)
    if (isProgramVariable(DVR->getVariable()))
      return false;
  SmallVector<Value *, 4> Work{AI};
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    for (Use &U : V->uses()) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      auto *GEP = dyn_cast_or_null<GetElementPtrInst>(I);
      auto *II = dyn_cast_or_null<IntrinsicInst>(I);
      auto *SI = dyn_cast_or_null<StoreInst>(I);
      if (GEP && GEP->hasAllConstantIndices() &&
          U.getOperandNo() == GEP->getPointerOperandIndex())
        Work.push_back(GEP);
      else if (!(II && II->isLifetimeStartOrEnd()) &&
               (!SI || SI->isVolatile() ||
                U.getOperandNo() != SI->getPointerOperandIndex()))
        return false;
    }
  }
  It->second = true;
  return true;
}

bool FunctionInstrumenter::allocaIntrinsicUseEscapes(AllocaWalk &W,
                                                     IntrinsicInst *II,
                                                     Use &U) {
  AllocaInfo &Info = W.Info;
  // Operand bundles (e.g. assume "align"): no access.
  if (U.getOperandNo() >= II->arg_size())
    return II->getIntrinsicID() != Intrinsic::assume;
  switch (II->getIntrinsicID()) {
  case Intrinsic::lifetime_start:
  case Intrinsic::lifetime_end:
    return false; // collected by analyzeAllocas
  case Intrinsic::memcpy:
  case Intrinsic::memcpy_inline:
  case Intrinsic::memmove:
  case Intrinsic::memcpy_element_unordered_atomic:
  case Intrinsic::memmove_element_unordered_atomic: {
    auto *MT = cast<AnyMemTransferInst>(II);
    if (U.getOperandNo() == 0)
      Info.Complex = true; // pointers may arrive from the source
    else if (U.get() == MT->getRawSource())
      Info.IsMemSource = true;
    return false;
  }
  case Intrinsic::memset:
  case Intrinsic::memset_inline:
  case Intrinsic::memset_element_unordered_atomic:
  case Intrinsic::assume:
  case Intrinsic::prefetch:
  case Intrinsic::invariant_start:
  case Intrinsic::invariant_end:
  case Intrinsic::var_annotation:
  case Intrinsic::ptr_annotation:
  case Intrinsic::objectsize:
    return false;
  case Intrinsic::launder_invariant_group:
  case Intrinsic::strip_invariant_group:
  case Intrinsic::ptrmask:
    Info.Complex = true;
    pushDerived(W, II, std::nullopt);
    return false;
  default:
    return true;
  }
}

// The source variable living in an alloca, from its dbg.declare records,
// for reports: "variable `x`". Several differently named variables in one
// alloca (or none, or unnamed ones) give a null site.
Constant *FunctionInstrumenter::allocaSite(AllocaInst *AI, uint64_t Bytes) {
  StringRef Name;
  for (DbgVariableRecord *DVR : findDVRDeclares(AI)) {
    const DILocalVariable *Var = DVR->getVariable();
    if (!Var || Var->getName().empty() ||
        (!Name.empty() && Name != Var->getName()))
      return ConstantPointerNull::get(cast<PointerType>(H.Ptr));
    Name = Var->getName();
  }
  if (Name.empty())
    return ConstantPointerNull::get(cast<PointerType>(H.Ptr));
  return H.retagSite(F, ("variable `" + Name + "`").str(),
                     SBSAN_ORIGIN_STACK_VAR,
                     Bytes <= UINT32_MAX ? uint32_t(Bytes) : 0);
}

// True if a value of type T may hold a pointer.
static bool mayHoldPointer(Type *T) {
  if (T->isPointerTy())
    return true;
  if (auto *ST = dyn_cast<StructType>(T)) {
    for (Type *E : ST->elements())
      if (mayHoldPointer(E))
        return true;
    return false;
  }
  if (auto *AT = dyn_cast<ArrayType>(T))
    return mayHoldPointer(AT->getElementType());
  if (auto *VT = dyn_cast<VectorType>(T))
    return mayHoldPointer(VT->getElementType());
  return false;
}

// True if I is code of the standard library (inlined into this function,
// as its debug location says).
static bool isInStdCode(const Instruction *I) {
  const DILocation *Loc = I->getDebugLoc().get();
  return Loc && isStdCode(Loc->getScope()->getSubprogram());
}

// A call of std's code that takes a pointer into the variable as its
// receiver (the first argument after a return slot) and gives back nothing
// that may hold a pointer, neither as its value nor in its return slot;
// std's function must not be instantiated with a type of the program (a
// closure it would call).
static bool isStdCallOnReceiver(const CallBase *CB, const Use &U) {
  const Function *Callee = CB->getCalledFunction();
  if (!Callee || Callee->isIntrinsic() || CB->isCallee(&U) ||
      !isStdCode(Callee->getSubprogram()) ||
      instantiatesProgramType(Callee->getSubprogram()) ||
      mayHoldPointer(CB->getType()))
    return false;
  unsigned Receiver = 0;
  if (CB->arg_size() && CB->paramHasAttr(0, Attribute::StructRet)) {
    Type *Slot = CB->getParamStructRetType(0);
    if (!Slot || mayHoldPointer(Slot))
      return false;
    Receiver = 1;
  }
  return CB->isArgOperand(&U) && CB->getArgOperandNo(&U) == Receiver;
}

// True if AI has a dbg.declare and every variable it declares passes Is.
static bool declaresOnly(AllocaInst *AI,
                         bool (*Is)(const DILocalVariable *)) {
  TinyPtrVector<DbgVariableRecord *> Declares = findDVRDeclares(AI);
  if (Declares.empty())
    return false;
  for (DbgVariableRecord *DVR : Declares)
    if (!Is(DVR->getVariable()))
      return false;
  return true;
}

bool FunctionInstrumenter::isLeftToStd(AllocaInst *AI) {
  if (!declaresOnly(AI, isProgramVariableOfStdData))
    return false;
  // Pointers into the variable, and whether std's code made them (the
  // argument of a call inlined before instrumentation becomes the result of
  // its entry placeholder): only std's code may use those.
  constexpr unsigned kMaxValues = 256;
  SmallVector<std::pair<Value *, bool>, 16> Work{{AI, false}};
  SmallPtrSet<Value *, 16> Seen{AI};
  auto Reached = [&](const Instruction *I) {
    SBSAN_LOG(log() << "sbsan: " << F.getName() << ": alloca " << *AI
                    << " reaches " << *I << "; tracked\n");
    return false;
  };
  auto Follow = [&](Value *D, bool Std) {
    if (Seen.insert(D).second)
      Work.push_back({D, Std});
    return Seen.size() <= kMaxValues;
  };
  while (!Work.empty()) {
    auto [V, FromStd] = Work.pop_back_val();
    for (Use &U : V->uses()) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      if (!I)
        return false; // a constant expression
      if (!Reachable.count(I->getParent()))
        continue;
      // Stored into a debug-info spill of std's: never read back (the
      // store may carry no location).
      if (auto *SI = dyn_cast<StoreInst>(I))
        if (U.getOperandNo() != SI->getPointerOperandIndex()) {
          if (!isStdDebugSpill(SI->getPointerOperand()))
            return Reached(I);
          continue;
        }
      if (FromStd && !isInStdCode(I))
        return Reached(I);
      if (isa<LoadInst>(I) || isa<StoreInst>(I) || isa<ICmpInst>(I))
        continue;
      // A reborrow of rustc's (-Zcodegen-emit-retag) is the program's own;
      // the placeholder of a call inlined before instrumentation hands the
      // pointer to std's code.
      if (auto Retag = RustRetags.find(I); Retag != RustRetags.end()) {
        if (!Retag->second.Inlined || Retag->second.IsMem ||
            !Follow(I, true))
          return Reached(I);
        continue;
      }
      // A pointer std's code derives is std's to use.
      if (isa<GetElementPtrInst>(I) || isa<BitCastInst>(I) ||
          isa<AddrSpaceCastInst>(I)) {
        if (!Follow(I, FromStd || isInStdCode(I)))
          return Reached(I);
        continue;
      }
      if (auto *II = dyn_cast<IntrinsicInst>(I)) {
        if (II->isLifetimeStartOrEnd() || isa<MemIntrinsic>(II))
          continue;
        return Reached(I);
      }
      auto *CB = dyn_cast<CallBase>(I);
      if (!CB)
        return Reached(I);
      if (!isStdCallOnReceiver(CB, U))
        return Reached(I);
    }
  }
  return true;
}

bool FunctionInstrumenter::isStdOwnAlloca(AllocaInst *AI) const {
  return declaresOnly(AI, isStdOwnVariable);
}

void FunctionInstrumenter::registerAllocas() {
  if (!opts::TrackAllocas)
    return;
  for (AllocaInst *AI : Allocas) {
    const AllocaInfo &Info = AllocaInfos[AI];
    if (!Info.Escapes)
      continue;
    if (!opts::TrackStdAllocas && isStdOwnAlloca(AI)) {
      ++stats::NumStdAllocasUntracked;
      SBSAN_LOG(log() << "sbsan: " << F.getName() << ": alloca " << *AI
                      << " is a variable of std's own code; not tracked\n");
      continue;
    }
    if (!opts::TrackStdAllocas && Info.LeftToStd) {
      ++stats::NumLeftToStdUntracked;
      SBSAN_LOG(log() << "sbsan: " << F.getName() << ": alloca " << *AI
                      << " holds std's data and only std's code reaches "
                         "it; not tracked\n");
      continue;
    }
    // Where does the memory's life begin?
    Instruction *Point = nullptr; // insert before this
    if (Info.Starts.size() == 1) {
      IntrinsicInst *Start = Info.Starts.front();
      bool Dominates = true;
      for (Use &U : AI->uses()) {
        auto *UI = dyn_cast<Instruction>(U.getUser());
        if (!UI || !Reachable.count(UI->getParent()))
          continue;
        if (auto *II = dyn_cast<IntrinsicInst>(UI))
          if (II->isLifetimeStartOrEnd())
            continue;
        if (!DT->dominates(Start, U)) {
          Dominates = false;
          break;
        }
      }
      if (Dominates)
        Point = Start->getNextNode();
    } else if (Info.Starts.empty()) {
      // Static allocas at the top of the entry block register with the
      // other entry code; any other alloca right where it is created.
      if (AI->isStaticAlloca() && AI->comesBefore(EntryEnd))
        Point = EntryEnd;
      else
        Point = &*insertPointAfter(AI);
    }
    if (!Point) {
      ++stats::NumAllocasSkipped;
      SBSAN_LOG(log() << "sbsan: " << F.getName() << ": alloca " << *AI
                      << " has lifetime starts that do not dominate its "
                         "uses; not tracked\n");
      continue;
    }
    IRBuilder<> B(Point);
    if (Point == EntryEnd)
      atEntry(B);
    Value *Size = nullptr;
    uint64_t Bytes = 0; // the variable's own size, when constant
    if (std::optional<TypeSize> S = AI->getAllocationSize(DL)) {
      if (S->isScalable()) {
        ++stats::NumAllocasSkipped;
        continue;
      }
      Bytes = S->getFixedValue();
      if (Bytes == 0)
        continue;
      uint64_t Whole = Bytes;
      if (AI->isStaticAlloca() && !AI->isArrayAllocation()) {
        Whole = alignTo(Bytes, 8);
        if (Whole != Bytes)
          AI->setAllocatedType(ArrayType::get(H.I8, Whole));
        if (AI->getAlign() < Align(8))
          AI->setAlignment(Align(8));
      }
      Size = ConstantInt::get(H.I64, Whole);
    } else {
      TypeSize Elem = DL.getTypeAllocSize(AI->getAllocatedType());
      if (Elem.isScalable()) {
        ++stats::NumAllocasSkipped;
        continue;
      }
      Size = B.CreateMul(B.CreateZExtOrTrunc(AI->getArraySize(), H.I64),
                         ConstantInt::get(H.I64, Elem.getFixedValue()),
                         "sbsan.alloca.size");
    }
    Value *Tag =
        B.CreateCall(H.get(Hook::Alloca), {AI, Size, allocaSite(AI, Bytes)},
                     "sbsan.tag." + AI->getName());
    Tags[AI] = Tag;
    RegisteredAllocas.push_back({AI, Size});
    ++stats::NumAllocas;
  }
}

void FunctionInstrumenter::instrumentLifetimeEnd(IntrinsicInst *II) {
  Value *Ptr = II->getArgOperand(II->arg_size() - 1);
  for (auto &R : RegisteredAllocas)
    if (R.first == Ptr) {
      IRBuilder<> B(II);
      B.CreateCall(H.get(Hook::Dealloca), {R.first, R.second});
    }
}

void FunctionInstrumenter::emitDeallocas(Instruction *Before) {
  if (RegisteredAllocas.empty())
    return;
  IRBuilder<> B(Before);
  for (auto &R : RegisteredAllocas) {
    auto *SizeI = dyn_cast<Instruction>(R.second);
    if (!DT->dominates(R.first, Before) ||
        (SizeI && !DT->dominates(SizeI, Before)))
      continue;
    B.CreateCall(H.get(Hook::Dealloca), {R.first, R.second});
  }
}

} // namespace sbsan
