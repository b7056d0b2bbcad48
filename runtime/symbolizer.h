//===- symbolizer.h - Turning code addresses into function and line -------===//
//
// Symbolization runs llvm-symbolizer as a child process and talks to it
// over pipes ("module offset" in, "function / file:line:col" out; for
// data, "DATA module offset" in, "name / start size / file:line" out). An
// external process keeps DWARF parsing and Rust/C++ demangling out of the
// runtime, and the child is started once and reused for every report.
// Modules and offsets come from dl_iterate_phdr, which gives each loaded
// object's exact load bias.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_SYMBOLIZER_H
#define SBSAN_SYMBOLIZER_H

#include "flags.h"
#include "sbsan_common.h"

namespace sbsan {

struct FrameInfo {
  uptr Pc = 0;
  char Module[1024] = {};
  uptr ModuleOffset = 0;
  bool HasModule = false;
  char Function[1024] = {}; // empty if unknown
  char File[1024] = {};     // empty if unknown
  unsigned Line = 0, Column = 0;
};

// Fills Out[0..) with the frames of Pc, innermost inlined frame first, and
// returns how many (at least 1; a frame may know only its module). Pc is a
// return address unless IsExactPc. Not thread safe (the report lock
// serializes callers).
unsigned symbolizePc(uptr Pc, bool IsExactPc, FrameInfo *Out, unsigned Max,
                     const Flags &F);

// A global variable holding an address (llvm-symbolizer's DATA query).
struct DataInfo {
  char Name[1024] = {};
  uptr Start = 0, Size = 0; // run-time addresses
  char File[1024] = {};     // declaration, if the debug info says
  unsigned Line = 0;
};
// Fills Out and returns true if Addr lies in a named object of a loaded
// module (a global or static variable). Not thread safe (like symbolizePc).
bool symbolizeData(uptr Addr, DataInfo *Out, const Flags &F);

// A forked child must not talk to its parent's symbolizer.
void symbolizerAfterFork();

} // namespace sbsan

#endif // SBSAN_SYMBOLIZER_H
