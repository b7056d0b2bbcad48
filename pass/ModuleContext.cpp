//===- ModuleContext.cpp - Per-module state shared by instrumenters -------===//
//
// Language detection: a function's DICompileUnit names its language. Without
// debug info a module is taken for Rust when it shows rustc's fingerprints
// (rust_eh_personality, __rust_* allocator shims, v0 or legacy-hash mangled
// definitions); anything else is C-like. -sbsan-language overrides both.
//
//===----------------------------------------------------------------------===//
#include "ModuleContext.h"
#include "SBSanOptions.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"

using namespace llvm;

namespace sbsan {

namespace {

// Legacy Rust mangling ends in "17h" + 16 hex digits + "E".
bool isLegacyRustSymbol(StringRef Name) {
  if (!Name.starts_with("_ZN") || !Name.ends_with("E") || Name.size() < 24)
    return false;
  StringRef Hash = Name.drop_back(1).take_back(17);
  if (Hash.front() != 'h')
    return false;
  for (char C : Hash.drop_front())
    if (!isHexDigit(C))
      return false;
  return Name.drop_back(18).ends_with("17");
}

bool looksRust(const Module &M) {
  if (M.getFunction("rust_eh_personality") || M.getFunction("__rust_alloc") ||
      M.getFunction("__rust_dealloc") ||
      M.getNamedValue("__rust_no_alloc_shim_is_unstable") ||
      M.getNamedValue("__rust_no_alloc_shim_is_unstable_v2"))
    return true;
  for (const Function &F : M) {
    if (F.isDeclaration())
      continue;
    StringRef N = F.getName();
    if (N.starts_with("_R") && N.size() > 3 && isUpper(N[2]))
      return true;
    if (isLegacyRustSymbol(N))
      return true;
  }
  return false;
}

SourceLang fromDwarf(const DICompileUnit *CU) {
  DISourceLanguageName L = CU->getSourceLanguage();
  unsigned N = L.getName();
  if (L.hasVersionedName()) {
    switch (N) {
    case dwarf::DW_LNAME_Rust:
      return SourceLang::Rust;
    case dwarf::DW_LNAME_C:
    case dwarf::DW_LNAME_C_plus_plus:
    case dwarf::DW_LNAME_ObjC:
    case dwarf::DW_LNAME_ObjC_plus_plus:
      return SourceLang::C;
    default:
      return SourceLang::Other;
    }
  }
  switch (N) {
  case dwarf::DW_LANG_Rust:
    return SourceLang::Rust;
  case dwarf::DW_LANG_C:
  case dwarf::DW_LANG_C89:
  case dwarf::DW_LANG_C99:
  case dwarf::DW_LANG_C11:
  case dwarf::DW_LANG_C17:
  case dwarf::DW_LANG_C_plus_plus:
  case dwarf::DW_LANG_C_plus_plus_03:
  case dwarf::DW_LANG_C_plus_plus_11:
  case dwarf::DW_LANG_C_plus_plus_14:
  case dwarf::DW_LANG_C_plus_plus_17:
  case dwarf::DW_LANG_C_plus_plus_20:
  case dwarf::DW_LANG_ObjC:
  case dwarf::DW_LANG_ObjC_plus_plus:
    return SourceLang::C;
  default:
    return SourceLang::Other;
  }
}

} // namespace

ModuleContext::ModuleContext(Module &M)
    : M(M), DL(M.getDataLayout()), Hooks(M) {
  ModuleLooksRust = looksRust(M);
  if (opts::RustRetagIntrinsics) {
    RustRetagReg = M.getFunction("__rust_retag_reg");
    RustRetagMem = M.getFunction("__rust_retag_mem");
  }
  InlinedRetag = M.getFunction(InlinedRetagName);
}

SourceLang ModuleContext::languageOf(const Function &F) const {
  switch (opts::Language) {
  case LanguageMode::Rust:
    return SourceLang::Rust;
  case LanguageMode::C:
    return SourceLang::C;
  case LanguageMode::Auto:
    break;
  }
  if (const DISubprogram *SP = F.getSubprogram())
    if (const DICompileUnit *CU = SP->getUnit())
      return fromDwarf(CU);
  return ModuleLooksRust ? SourceLang::Rust : SourceLang::C;
}

bool ModuleContext::shouldInstrument(const Function &F) const {
  if (F.isDeclaration() || F.getName().starts_with("sbsan.") ||
      F.getName().starts_with("__sbsan_"))
    return false;
  if (F.hasFnAttribute(Attribute::Naked) ||
      F.hasFnAttribute(Attribute::DisableSanitizerInstrumentation) ||
      F.hasFnAttribute(Attribute::PresplitCoroutine))
    return false;
  for (const std::string &S : opts::SkipFunctions)
    if (F.getName() == S)
      return false;
  return true;
}

} // namespace sbsan
