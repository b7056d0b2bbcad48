//===- SBSanStats.h - Counters of the SBSan pass --------------------------===//
//
// The counters are always-enabled statistics so that -stats and -sbsan-stats
// work with release builds of LLVM (opt-22, clang-22, rustc), where ordinary
// STATISTICs compile to nothing. SBSAN_LOG is LLVM_DEBUG that also prints
// under -sbsan-debug, because -debug-only does not exist in release LLVM.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_STATS_H
#define SBSAN_PASS_STATS_H

#include "SBSanOptions.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/raw_ostream.h"

namespace llvm {
class Module;
}

namespace sbsan {
namespace stats {
#define SBSAN_STAT(Name, Desc) extern llvm::TrackingStatistic Name;
#include "SBSanStats.def"

// Prints every counter for -sbsan-stats.
void print(llvm::raw_ostream &OS, const llvm::Module &M);
} // namespace stats

// The stream SBSAN_LOG statements write to.
inline llvm::raw_ostream &log() {
  return opts::Debug ? llvm::errs() : llvm::dbgs();
}

#define SBSAN_LOG(X)                                                           \
  do {                                                                         \
    if (::sbsan::opts::Debug) {                                                \
      X;                                                                       \
    } else {                                                                   \
      DEBUG_WITH_TYPE("sbsan", X);                                             \
    }                                                                          \
  } while (false)

} // namespace sbsan

#endif
