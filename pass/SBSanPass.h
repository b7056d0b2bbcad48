//===- SBSanPass.h - The Stacked Borrows Sanitizer instrumentation pass ---===//
//
// SBSanPass instruments a module for the SBSan runtime (see SBSanPass.cpp
// for the design). It is a module pass because it adds a constructor that
// registers the module's globals and because it needs to see callees'
// attributes; the work itself is per function (FunctionInstrumenter).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_SBSANPASS_H
#define SBSAN_PASS_SBSANPASS_H

#include "llvm/IR/PassManager.h"

namespace sbsan {

class SBSanPass : public llvm::PassInfoMixin<SBSanPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

// Adds the module constructor: __sbsan_init, then each global's
// registration (Globals.cpp).
void createModuleConstructor(llvm::Module &M, class ModuleContext &MC);

} // namespace sbsan

#endif
