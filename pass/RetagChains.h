//===- RetagChains.h - Folding chains of retags after inlining ------------===//
//
// SBSanRetagChainsPass runs at the end of the optimization pipeline, after
// SBSanPass and the inliner, and removes the runtime calls of retags that
// inlining left in a chain (see RetagChains.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_RETAGCHAINS_H
#define SBSAN_PASS_RETAGCHAINS_H

#include "llvm/IR/PassManager.h"

namespace sbsan {

class SBSanRetagChainsPass : public llvm::PassInfoMixin<SBSanRetagChainsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
};

} // namespace sbsan

#endif
