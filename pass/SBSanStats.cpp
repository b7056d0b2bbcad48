//===- SBSanStats.cpp - Counters of the SBSan pass ------------------------===//
//
// Definitions of the counters listed in SBSanStats.def and their printing.
//
//===----------------------------------------------------------------------===//
#include "SBSanStats.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Format.h"

using namespace llvm;

namespace sbsan {
namespace stats {
#define SBSAN_STAT(Name, Desc) TrackingStatistic Name = {"sbsan", #Name, Desc};
#include "SBSanStats.def"

void print(raw_ostream &OS, const Module &M) {
  OS << "sbsan: statistics after " << M.getModuleIdentifier() << "\n";
#define SBSAN_STAT(Name, Desc)                                                 \
  if (unsigned V = Name.getValue())                                            \
    OS << "sbsan:   " << format_decimal(V, 8) << "  " << Desc << "\n";
#include "SBSanStats.def"
}
} // namespace stats
} // namespace sbsan
