//===- ConditionalCalls.cpp - Runtime calls that run only when needed -----===//

#include "ConditionalCalls.h"

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

} // namespace sbsan
