//===- SBSanPlugin.cpp - libSBSan.so entry point --------------------------===//
//
// Registers SBSanPass with the host's PassBuilder:
//  - as "sbsan" for `opt -load-pass-plugin=libSBSan.so -passes=sbsan`;
//  - at the pipeline start of every optimization level, for
//    `clang -fpass-plugin=` and `rustc -Zllvm-plugins=`: there the pass sees
//    the IR before inlining, so every function boundary (where retags and
//    protectors live) is still visible. PipelineStart callbacks run at -O0
//    too (the O0 pipeline invokes them);
//  - as "sbsan-inline-std", and right before SBSanPass above -O0, the
//    inlining of small standard-library calls (InlineStd.cpp);
//  - as "sbsan-retag-chains", and at the optimizer's last extension point
//    above -O0, the folding of retag chains that inlining made
//    (RetagChains.cpp).
//
// rustc parses -Cllvm-args before it loads plugins, so there -sbsan-*
// options are unknown arguments (clang's -mllvm and opt work). The plugin
// therefore also reads them from the SBSAN_PASS_OPTIONS environment variable
// (whitespace-separated -sbsan-* options) when it is loaded; anything else
// there is a fatal error.
//
//===----------------------------------------------------------------------===//
#include "InlineStd.h"
#include "RetagChains.h"
#include "SBSanPass.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

using namespace llvm;

// Parses SBSAN_PASS_OPTIONS once per process. Only -sbsan-* options are
// accepted: the host's own options are not the plugin's to change.
static void applyEnvironmentOptions() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    const char *Env = std::getenv("SBSAN_PASS_OPTIONS");
    if (!Env || !*Env)
      return;
    static std::vector<std::string> Storage;
    SmallVector<StringRef, 8> Words;
    StringRef(Env).split(Words, ' ', -1, /*KeepEmpty=*/false);
    Storage.push_back("SBSAN_PASS_OPTIONS");
    for (StringRef W : Words) {
      W = W.trim();
      if (W.empty())
        continue;
      if (!W.starts_with("-sbsan-") && !W.starts_with("--sbsan-"))
        report_fatal_error("sbsan: SBSAN_PASS_OPTIONS: '" + W +
                               "' is not a -sbsan-* option",
                           /*gen_crash_diag=*/false);
      Storage.push_back(W.str());
    }
    if (Storage.size() == 1)
      return;
    std::vector<const char *> Argv;
    for (const std::string &S : Storage)
      Argv.push_back(S.c_str());
    if (!cl::ParseCommandLineOptions(int(Argv.size()), Argv.data(),
                                     "SBSan pass options\n", &errs()))
      report_fatal_error(Twine("sbsan: SBSAN_PASS_OPTIONS: cannot use '") +
                             Env + "'",
                         /*gen_crash_diag=*/false);
  });
}

static void registerCallbacks(PassBuilder &PB) {
  applyEnvironmentOptions();
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (Name == "sbsan") {
          MPM.addPass(sbsan::SBSanPass());
          return true;
        }
        if (Name == "sbsan-inline-std") {
          MPM.addPass(sbsan::SBSanInlineStdPass());
          return true;
        }
        if (Name == "sbsan-retag-chains") {
          MPM.addPass(sbsan::SBSanRetagChainsPass());
          return true;
        }
        return false;
      });
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        if (Level != OptimizationLevel::O0)
          MPM.addPass(sbsan::SBSanInlineStdPass());
        MPM.addPass(sbsan::SBSanPass());
      });
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level, ThinOrFullLTOPhase) {
        if (Level != OptimizationLevel::O0)
          MPM.addPass(sbsan::SBSanRetagChainsPass());
      });
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "SBSan", "0.1", registerCallbacks};
}
