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

// ptr @__sbsan_inlined_retag(ptr p, i64 size, i8 flags, ptr cells, ptr null):
// __rust_retag_reg's signature and flags (FunctionInstrumenter.h).
inline constexpr const char *InlinedRetagName = "__sbsan_inlined_retag";
// Named metadata of a module SBSanPass has instrumented.
inline constexpr const char *InstrumentedModuleMD = "sbsan.instrumented";
// On an alloca of a named variable whose address a call inlined before
// instrumentation took: it is tracked as if it escaped.
inline constexpr const char *EscapedIntoInlinedCallMD = "sbsan.escaped";

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
  // Placeholders of the retags of calls inlined before instrumentation
  // (InlineStd.cpp), lowered like __rust_retag_reg.
  bool hasInlinedRetags() const { return InlinedRetag; }
  bool isInlinedRetag(const llvm::Value *Callee) const {
    return InlinedRetag && Callee == InlinedRetag;
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
  llvm::Function *InlinedRetag = nullptr;
};

} // namespace sbsan

#endif
