//===- InlineStd.h - Small standard-library calls inlined first -----------===//
//
// SBSanInlineStdPass runs right before SBSanPass above -O0 and inlines calls
// of small Rust standard-library functions, keeping their entry and return
// retags at the call site (see InlineStd.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_INLINESTD_H
#define SBSAN_PASS_INLINESTD_H

#include "llvm/IR/PassManager.h"

namespace sbsan {

class SBSanInlineStdPass : public llvm::PassInfoMixin<SBSanInlineStdPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
};

} // namespace sbsan

#endif
