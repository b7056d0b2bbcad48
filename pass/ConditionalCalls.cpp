//===- ConditionalCalls.cpp - Runtime calls that run only when needed -----===//

#include "ConditionalCalls.h"

#include "sbsan_interface.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"

using namespace llvm;

namespace sbsan {

void runOnlyIf(CallInst *C, Value *Cond, MDNode *Weights, Value *Skipped,
               StringRef Name) {
  BasicBlock *Head = C->getParent();
  Instruction *Then = SplitBlockAndInsertIfThen(Cond, C->getIterator(),
                                                /*Unreachable=*/false, Weights);
  C->moveBefore(Then->getIterator());
  if (!Skipped)
    return;
  PHINode *Phi = PHINode::Create(C->getType(), 2, Name);
  Phi->insertBefore(Then->getSuccessor(0)->begin());
  C->replaceAllUsesWith(Phi);
  Phi->addIncoming(Skipped, Head);
  Phi->addIncoming(C, Then->getParent());
}

static Value *emitShadowAddress(IRBuilder<> &B, Value *A) {
  Type *I64 = B.getInt64Ty();
  return B.CreateAnd(B.CreateXor(A, ConstantInt::get(I64, SBSAN_SHADOW_XOR)),
                     ConstantInt::get(I64, ~uint64_t(7)));
}

// Whether Word is a run word (low bits 3, not 3 itself), and the address
// of its run's state.
static Value *emitIsRunWord(IRBuilder<> &B, Value *Word, const Twine &Name) {
  Value *Slow3 = ConstantInt::get(B.getInt64Ty(), SBSAN_WORD_SLOW);
  Value *LowBits3 = B.CreateICmpEQ(B.CreateAnd(Word, Slow3), Slow3);
  Value *NotSlow = B.CreateICmpNE(Word, Slow3);
  return B.CreateAnd(LowBits3, NotSlow, Name);
}
static Value *emitRunAddress(IRBuilder<> &B, Value *Word) {
  return B.CreateAnd(Word,
                     ConstantInt::get(B.getInt64Ty(), ~SBSAN_WORD_PERM_MASK));
}

Value *emitTopWord(IRBuilder<> &B, Value *Addr) {
  Type *I64 = B.getInt64Ty(), *Ptr = B.getPtrTy();
  Value *A = B.CreatePtrToInt(Addr, I64);
  Value *ShadowAddr = emitShadowAddress(B, A);
  LoadInst *Word0 = B.CreateAlignedLoad(I64, B.CreateIntToPtr(ShadowAddr, Ptr),
                                        Align(8), "sbsan.word");
  // A run granule's word points to its run's top word (low bits 3, not 3
  // itself): load that instead. Other words are loaded again, which is
  // cheaper than a branch.
  Value *IsRun = emitIsRunWord(B, Word0, "sbsan.run");
  Value *TopAddr = B.CreateSelect(IsRun, emitRunAddress(B, Word0), ShadowAddr);
  return B.CreateAlignedLoad(I64, B.CreateIntToPtr(TopAddr, Ptr), Align(8),
                             "sbsan.top");
}

Value *emitWholeRunTopWord(IRBuilder<> &B, Value *Addr, Value *Size) {
  Type *I64 = B.getInt64Ty(), *Ptr = B.getPtrTy();
  Value *Slow = ConstantInt::get(I64, SBSAN_WORD_SLOW);
  Value *A = B.CreatePtrToInt(Addr, I64);
  Value *Empty = B.CreateICmpEQ(Size, ConstantInt::get(I64, 0));
  // The last byte, or the first for an empty range (A - 1 may lie outside
  // the shadow's ranges).
  Value *Last = B.CreateSelect(
      Empty, A, B.CreateAdd(A, B.CreateSub(Size, ConstantInt::get(I64, 1))));
  Value *FirstShadow = emitShadowAddress(B, A);
  Value *First = B.CreateAlignedLoad(I64, B.CreateIntToPtr(FirstShadow, Ptr),
                                     Align(8), "sbsan.first.word");
  Value *LastWord = B.CreateAlignedLoad(
      I64, B.CreateIntToPtr(emitShadowAddress(B, Last), Ptr), Align(8),
      "sbsan.last.word");
  Value *IsRun = emitIsRunWord(B, First, "");
  Value *OneRun =
      B.CreateAnd(B.CreateAnd(IsRun, B.CreateICmpEQ(First, LastWord)),
                  B.CreateNot(Empty), "sbsan.one.run");
  // Not one run: the first word is loaded again, which is cheaper than a
  // branch, and not used.
  Value *WholeTopAddr =
      B.CreateAdd(emitRunAddress(B, First),
                  ConstantInt::get(I64, SBSAN_RUN_WHOLE_TOP_OFFSET));
  Value *Loaded = B.CreateAlignedLoad(
      I64,
      B.CreateIntToPtr(B.CreateSelect(OneRun, WholeTopAddr, FirstShadow), Ptr),
      Align(8), "sbsan.whole.top");
  return B.CreateSelect(OneRun, Loaded, Slow);
}

Value *emitWordWithin(IRBuilder<> &B, Value *Word, Value *Tag, uint64_t Low,
                      uint64_t Bound) {
  Type *I64 = B.getInt64Ty();
  Value *Untracked = B.CreateICmpEQ(Word, ConstantInt::get(I64, 0));
  Value *Diff = B.CreateXor(
      Word, B.CreateShl(Tag, ConstantInt::get(I64, SBSAN_WORD_PERM_BITS)));
  if (Low)
    Diff = B.CreateSub(Diff, ConstantInt::get(I64, Low));
  Value *TopGrants = B.CreateICmpULT(Diff, ConstantInt::get(I64, Bound - Low));
  return B.CreateOr(Untracked, TopGrants);
}

Value *emitWordAllows(IRBuilder<> &B, Value *Word, Value *Tag, bool IsWrite) {
  return emitWordWithin(B, Word, Tag, 0,
                        IsWrite ? SBSAN_WORD_WRITE_BOUND
                                : SBSAN_WORD_READ_BOUND);
}

} // namespace sbsan
