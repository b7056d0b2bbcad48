//===- RuntimeHooks.h - Declarations of the SBSan runtime in a module -----===//
//
// The pass reaches the runtime only through this class: the functions of
// SBSanRuntimeHooks.def (declared on first use, so a module only mentions
// what it calls), the thread-local tag slots, and the static retag-site
// descriptors the reports print. Constants such as tag values and retag
// kinds come straight from sbsan_interface.h so they cannot drift.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_RUNTIMEHOOKS_H
#define SBSAN_PASS_RUNTIMEHOOKS_H

#include "sbsan_interface.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <map>
#include <tuple>

namespace sbsan {

enum class Hook : unsigned {
#define SBSAN_HOOK(Id, Name, Ret, ...) Id,
#include "SBSanRuntimeHooks.def"
  NumHooks
};

// The symbol of a hook.
const char *hookName(Hook H);

class RuntimeHooks {
public:
  explicit RuntimeHooks(llvm::Module &M);

  llvm::FunctionCallee get(Hook H);
  // The sized check for Size bytes (1, 2, 4, 8, 16), or null.
  llvm::FunctionCallee sizedCheck(bool IsWrite, uint64_t Size);
  bool isHook(const llvm::Function *F) const;

  // The thread-local __sbsan_arg_slots / __sbsan_ret_slot.
  static llvm::StringRef slotName(bool Ret);
  llvm::GlobalVariable *slotGlobal(bool Ret);
  // The runtime's __sbsan_elide_frozen_reborrows (an i8, 0 or 1).
  llvm::GlobalVariable *elideFlagGlobal();

  // A private constant `struct sbsan_retag_site` for a retag in Fn
  // (VarSize: a stack variable's own size, for reports).
  llvm::Constant *retagSite(const llvm::Function &Fn, llvm::StringRef What,
                            unsigned Origin, uint32_t VarSize = 0);

  llvm::Module &M;
  llvm::LLVMContext &Ctx;
  llvm::Type *Void, *Ptr, *I8, *I32, *I64;
  llvm::StructType *SlotTy;

private:
  llvm::Constant *cString(llvm::StringRef S);

  llvm::FunctionCallee Hooks[unsigned(Hook::NumHooks)];
  llvm::GlobalVariable *ArgSlots = nullptr, *RetSlot = nullptr;
  llvm::GlobalVariable *ElideFlag = nullptr;
  llvm::StringMap<llvm::Constant *> Strings;
  std::map<
      std::tuple<const llvm::Function *, llvm::Constant *, unsigned, uint32_t>,
      llvm::Constant *>
      Sites;
  llvm::StructType *SiteTy;
};

} // namespace sbsan

#endif
