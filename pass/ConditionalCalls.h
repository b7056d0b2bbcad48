//===- ConditionalCalls.h - Runtime calls that run only when needed -------===//
//
// The inline fast paths and the elided retags leave a runtime call in
// place and let it run only when the inline test cannot answer: the call
// moves into a block of its own behind a branch, and a call with a result
// hands its users a phi of the result and the value to use when it is
// skipped.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_CONDITIONALCALLS_H
#define SBSAN_PASS_CONDITIONALCALLS_H

#include "llvm/ADT/StringRef.h"

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

} // namespace sbsan

#endif
