//===- ModuleContext.h - Per-module state shared by function instrumenters ===//
//
// What a function's instrumentation needs to know about the rest of its
// module: the runtime declarations, the source language of each function,
// whether rustc emitted retag intrinsics (then they, not attributes, say
// where retags are), and whether a directly called function will retag a
// parameter itself.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_MODULECONTEXT_H
#define SBSAN_PASS_MODULECONTEXT_H

#include "RuntimeHooks.h"

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Module.h"

namespace sbsan {

enum class SourceLang { Rust, C, Other };

class ModuleContext {
public:
  explicit ModuleContext(llvm::Module &M);

  SourceLang languageOf(const llvm::Function &F) const;
  bool hasRustRetagIntrinsics() const { return RustRetagReg || RustRetagMem; }
  bool isRustRetagReg(const llvm::Value *Callee) const {
    return RustRetagReg && Callee == RustRetagReg;
  }
  bool isRustRetagMem(const llvm::Value *Callee) const {
    return RustRetagMem && Callee == RustRetagMem;
  }
  // Whether the function gets instrumented at all.
  bool shouldInstrument(const llvm::Function &F) const;

  llvm::Module &M;
  const llvm::DataLayout &DL;
  RuntimeHooks Hooks;

private:
  bool ModuleLooksRust = false;
  llvm::Function *RustRetagReg = nullptr;
  llvm::Function *RustRetagMem = nullptr;
};

} // namespace sbsan

#endif
