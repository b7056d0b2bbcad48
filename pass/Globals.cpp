//===- Globals.cpp - Module constructor registering globals ---------------===//
//
// Each instrumented module gets an internal constructor, priority 1 (before
// ordinary constructors, like other sanitizers), that calls __sbsan_init and
// then __sbsan_register_global(addr, size) for every global variable the
// module defines. Registration gives the global an SRW root with tag 2,
// which is also the tag the pass gives to every direct use of a global.
//
// Not registered (they stay untracked, where any access is allowed):
// declarations, thread-locals (one address per thread), llvm.* and our own
// globals, globals with an explicit section (metadata tables, linker
// magic), zero-sized or unsized ones, and by default constants (writes fault
// anyway and reads need no stack). Registration must be idempotent in the
// runtime: weak and linkonce globals are registered by every module that
// defines them.
//
//===----------------------------------------------------------------------===//
#include "ModuleContext.h"
#include "SBSanOptions.h"
#include "SBSanPass.h"
#include "SBSanStats.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace sbsan {

namespace {

bool shouldRegister(const GlobalVariable &GV, const DataLayout &DL) {
  if (GV.isDeclaration() || GV.isThreadLocal() ||
      GV.getName().starts_with("llvm.") || GV.getName().starts_with("sbsan.") ||
      GV.getName().starts_with("__sbsan_") || GV.hasSection() ||
      GV.getAddressSpace() != 0)
    return false;
  if (GV.isConstant() && !opts::RegisterConstantGlobals)
    return false;
  Type *Ty = GV.getValueType();
  if (!Ty->isSized() || DL.getTypeAllocSize(Ty).isScalable())
    return false;
  return DL.getTypeAllocSize(Ty).getFixedValue() > 0;
}

} // namespace

void createModuleConstructor(Module &M, ModuleContext &MC) {
  RuntimeHooks &H = MC.Hooks;
  Function *Ctor = Function::Create(
      FunctionType::get(H.Void, false), GlobalValue::InternalLinkage,
      M.getDataLayout().getProgramAddressSpace(), "sbsan.module_ctor", &M);
  Ctor->addFnAttr(Attribute::NoUnwind);
  BasicBlock *BB = BasicBlock::Create(M.getContext(), "", Ctor);
  IRBuilder<> B(BB);
  B.CreateCall(H.get(Hook::Init), {});
  if (opts::RegisterGlobals) {
    const DataLayout &DL = M.getDataLayout();
    for (GlobalVariable &GV : M.globals()) {
      if (!shouldRegister(GV, DL)) {
        if (!GV.isDeclaration())
          ++stats::NumGlobalsSkipped;
        continue;
      }
      uint64_t Size = DL.getTypeAllocSize(GV.getValueType()).getFixedValue();
      B.CreateCall(H.get(Hook::RegisterGlobal),
                   {&GV, ConstantInt::get(H.I64, Size)});
      ++stats::NumGlobals;
    }
  }
  B.CreateRetVoid();
  appendToGlobalCtors(M, Ctor, 1);
}

} // namespace sbsan
