//===- SBSanOptions.h - Command-line options of the SBSan pass ------------===//
//
// Every knob of the pass is a cl::opt named -sbsan-*, so the same flags work
// in opt, in clang (-mllvm) and in rustc (through SBSAN_PASS_OPTIONS, since
// rustc parses -Cllvm-args before it loads plugins). The definitions live
// in SBSanOptions.cpp; the rest of the pass reads them through these
// declarations only.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_OPTIONS_H
#define SBSAN_PASS_OPTIONS_H

#include "llvm/Support/CommandLine.h"

namespace sbsan {

enum class LanguageMode { Auto, Rust, C };

namespace opts {
extern llvm::cl::opt<bool> InlineFastPath;
extern llvm::cl::opt<bool> CheckLoads;
extern llvm::cl::opt<bool> CheckStores;
extern llvm::cl::opt<bool> CheckMemIntrinsics;
extern llvm::cl::opt<bool> TrackProvenance;
extern llvm::cl::opt<bool> TrackAllocas;
extern llvm::cl::opt<bool> RegisterGlobals;
extern llvm::cl::opt<bool> RegisterConstantGlobals;
extern llvm::cl::opt<bool> EntryRetags;
extern llvm::cl::opt<bool> ReturnRetags;
extern llvm::cl::opt<bool> LoadRetags;
extern llvm::cl::opt<bool> CallResultRetags;
extern llvm::cl::opt<bool> DebugInfoRetags;
extern llvm::cl::opt<bool> RawEscapeRetags;
extern llvm::cl::opt<bool> RustRetagIntrinsics;
extern llvm::cl::opt<bool> Restrict;
extern llvm::cl::opt<unsigned> InlineStdLimit;
extern llvm::cl::opt<bool> FoldRetagChains;
extern llvm::cl::opt<bool> RetagsWithoutChild;
extern llvm::cl::opt<bool> ExposeAll;
extern llvm::cl::opt<bool> LocalProvenance;
extern llvm::cl::opt<bool> InlinePointerLoads;
extern llvm::cl::opt<bool> InlineProvenanceCopies;
extern llvm::cl::opt<bool> TrackStdAllocas;
extern llvm::cl::opt<bool> LandingPadPrune;
extern llvm::cl::opt<bool> UnwindExits;
extern llvm::cl::opt<LanguageMode> Language;
extern llvm::cl::opt<bool> PrintStats;
extern llvm::cl::opt<bool> Debug;
extern llvm::cl::list<std::string> SkipFunctions;
} // namespace opts

} // namespace sbsan

#endif
