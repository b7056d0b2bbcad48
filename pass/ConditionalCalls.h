//===- ConditionalCalls.h - Runtime calls that run only when needed -------===//
//
// The inline fast paths and the elided retags leave a runtime call in
// place and let it run only when the inline test cannot answer: the call
// moves into a block of its own behind a branch, and a call with a result
// hands its users a phi of the result and the value to use when it is
// skipped. The tests on shadow words are the runtime's (borrow_memory.h:
// resolveWord, wordAllows), written once here for every inline path.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_CONDITIONALCALLS_H
#define SBSAN_PASS_CONDITIONALCALLS_H

#include "llvm/ADT/StringRef.h"

#include "llvm/IR/IRBuilder.h"

namespace llvm {
class CallInst;
class MDNode;
class Value;
} // namespace llvm

namespace sbsan {

// Makes C run only when Cond is true (Weights, if any, on the branch).
// If Skipped is given, C's users get a phi named Name: Skipped when C did
// not run, C's result when it did.
void runOnlyIf(llvm::CallInst *C, llvm::Value *Cond,
               llvm::MDNode *Weights = nullptr, llvm::Value *Skipped = nullptr,
               llvm::StringRef Name = "");

// The word the inline tests compare for Addr: its granule's shadow word,
// or its run's top word.
llvm::Value *emitTopWord(llvm::IRBuilder<> &B, llvm::Value *Addr);
// The top word of the run that holds every granule of [Addr, Addr + Size)
// without holes, or SBSAN_WORD_SLOW (which grants nothing) when the words
// of the range's first and last granules do not show one (or Size is 0).
llvm::Value *emitWholeRunTopWord(llvm::IRBuilder<> &B, llvm::Value *Addr,
                                 llvm::Value *Size);
// Whether Word lets Tag read or write without changing any stack: untracked,
// or the top item has Tag and a permission that grants the access.
llvm::Value *emitWordAllows(llvm::IRBuilder<> &B, llvm::Value *Word,
                            llvm::Value *Tag, bool IsWrite);
// Whether Word is 0 or (Word ^ (Tag << SBSAN_WORD_PERM_BITS)) lies in
// [Low, Bound) (emitWordAllows is [0, the access's bound)).
llvm::Value *emitWordWithin(llvm::IRBuilder<> &B, llvm::Value *Word,
                            llvm::Value *Tag, uint64_t Low, uint64_t Bound);

} // namespace sbsan

#endif
