//===- RuntimeHooks.cpp - Declarations of the SBSan runtime in a module ---===//
//
// Hook declarations get `nounwind`: the runtime never unwinds (a report
// aborts), and without it every check inside a Rust function with cleanups
// would need an invoke. The tag slots are initial-exec TLS like the
// runtime's definitions (it is linked into the executable).
//
//===----------------------------------------------------------------------===//
#include "RuntimeHooks.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"

using namespace llvm;

namespace sbsan {

namespace {
const char *const HookNames[] = {
#define SBSAN_HOOK(Id, Name, Ret, ...) Name,
#include "SBSanRuntimeHooks.def"
};
} // namespace

const char *hookName(Hook H) { return HookNames[unsigned(H)]; }

StringRef RuntimeHooks::slotName(bool Ret) {
  return Ret ? "__sbsan_ret_slot" : "__sbsan_arg_slots";
}

RuntimeHooks::RuntimeHooks(Module &M) : M(M), Ctx(M.getContext()) {
  Void = Type::getVoidTy(Ctx);
  Ptr = PointerType::getUnqual(Ctx);
  I8 = Type::getInt8Ty(Ctx);
  I32 = Type::getInt32Ty(Ctx);
  I64 = Type::getInt64Ty(Ctx);
  SlotTy = StructType::get(Ctx, {I64, I64});
  SiteTy = StructType::get(Ctx, {Ptr, Ptr, I32, I32});
}

FunctionCallee RuntimeHooks::get(Hook H) {
  FunctionCallee &C = Hooks[unsigned(H)];
  if (C)
    return C;
  FunctionType *FTy = nullptr;
  switch (H) {
#define SBSAN_HOOK(Id, Name, Ret, ...)                                         \
  case Hook::Id:                                                               \
    FTy = FunctionType::get(Ret, {__VA_ARGS__}, false);                        \
    break;
#include "SBSanRuntimeHooks.def"
  case Hook::NumHooks:
    llvm_unreachable("not a hook");
  }
  C = M.getOrInsertFunction(HookNames[unsigned(H)], FTy);
  if (auto *F = dyn_cast<Function>(C.getCallee())) {
    F->setDoesNotThrow();
    // Checks and retags must stay where they are: they read and write the
    // runtime's state, which LLVM cannot see.
  }
  return C;
}

FunctionCallee RuntimeHooks::sizedCheck(bool IsWrite, uint64_t Size) {
  switch (Size) {
  case 1:
    return get(IsWrite ? Hook::Write1 : Hook::Read1);
  case 2:
    return get(IsWrite ? Hook::Write2 : Hook::Read2);
  case 4:
    return get(IsWrite ? Hook::Write4 : Hook::Read4);
  case 8:
    return get(IsWrite ? Hook::Write8 : Hook::Read8);
  case 16:
    return get(IsWrite ? Hook::Write16 : Hook::Read16);
  default:
    return FunctionCallee();
  }
}

bool RuntimeHooks::isHook(const Function *F) const {
  if (!F || !F->hasName())
    return false;
  return F->getName().starts_with("__sbsan_");
}

GlobalVariable *RuntimeHooks::slotGlobal(bool Ret) {
  GlobalVariable *&GV = Ret ? RetSlot : ArgSlots;
  if (GV)
    return GV;
  StringRef Name = slotName(Ret);
  Type *Ty = Ret ? (Type *)SlotTy : ArrayType::get(SlotTy, SBSAN_ARG_SLOTS);
  if (auto *Existing = M.getNamedGlobal(Name)) {
    GV = Existing;
    return GV;
  }
  GV = new GlobalVariable(M, Ty, /*isConstant=*/false,
                          GlobalValue::ExternalLinkage, nullptr, Name, nullptr,
                          GlobalValue::InitialExecTLSModel);
  return GV;
}

GlobalVariable *RuntimeHooks::elideFlagGlobal() {
  if (ElideFlag)
    return ElideFlag;
  StringRef Name = "__sbsan_elide_frozen_reborrows";
  if (auto *Existing = M.getNamedGlobal(Name))
    return ElideFlag = Existing;
  ElideFlag = new GlobalVariable(M, I8, /*isConstant=*/false,
                                 GlobalValue::ExternalLinkage, nullptr, Name);
  return ElideFlag;
}

Constant *RuntimeHooks::cString(StringRef S) {
  Constant *&C = Strings[S];
  if (C)
    return C;
  Constant *Init = ConstantDataArray::getString(Ctx, S, /*AddNull=*/true);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init, "sbsan.str");
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(1));
  C = GV;
  return C;
}

Constant *RuntimeHooks::retagSite(const Function &Fn, StringRef What,
                                  unsigned Origin, uint32_t VarSize) {
  Constant *WhatStr = cString(What);
  Constant *&Site = Sites[std::make_tuple(&Fn, WhatStr, Origin, VarSize)];
  if (Site)
    return Site;
  Constant *Init = ConstantStruct::get(
      SiteTy, {cString(Fn.getName()), WhatStr, ConstantInt::get(I32, Origin),
               ConstantInt::get(I32, VarSize)});
  auto *GV =
      new GlobalVariable(M, SiteTy, /*isConstant=*/true,
                         GlobalValue::PrivateLinkage, Init, "sbsan.site");
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  Site = GV;
  return Site;
}

} // namespace sbsan
