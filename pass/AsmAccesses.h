//===- AsmAccesses.h - What an inline asm statement reads and writes ------===//
//
// analyzeInlineAsm reads an inline asm call (x86-64, AT&T or Intel dialect)
// and lists the memory accesses it can attribute to the call's pointer
// operands: indirect memory operands (`*m` constraints) by their element
// type's size, and instructions whose memory operand's address is an input
// register plus constants, found by assembling the text with LLVM's MC
// layer. What it cannot attribute exactly is left out and said so: the
// caller then checks nothing for it, since a guessed access could report a
// sound program.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_ASMACCESSES_H
#define SBSAN_PASS_ASMACCESSES_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/InstrTypes.h"

#include <cstdint>
#include <string>

namespace sbsan {

struct AsmAccess {
  unsigned BaseArg;   // call operand holding the address (a pointer)
  int IndexArg = -1;  // call operand added as index, or -1
  uint64_t Scale = 1; // multiplies the index
  int64_t Disp = 0;   // added to the address
  uint64_t Size = 0;  // bytes accessed (per element with CountArg)
  int CountArg = -1;  // call operand with an element count, or -1
  // For a string copy (movs): the index in Accesses of the other half (the
  // read of the source, the write of the destination), or -1. Both are
  // checked only if the ranges do not overlap with the destination above
  // the source, where the real order of reads and writes per byte differs.
  int PairedWith = -1;
  bool Reads = false; // checked as a read unless it also writes
  bool Writes = false;
};

struct AsmAnalysis {
  llvm::SmallVector<AsmAccess, 4> Accesses;
  // Accesses or whole statements left unchecked, each with its reason
  // (-sbsan-debug prints them, -sbsan-stats counts them).
  llvm::SmallVector<std::string, 2> Skipped;
};

AsmAnalysis analyzeInlineAsm(const llvm::CallBase &Call);

} // namespace sbsan

#endif
