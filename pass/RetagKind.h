//===- RetagKind.h - The permission of a new reference --------------------===//
//
// Every retag the pass emits gets its permission and protector here, from
// what the pointer is to the model. The sources that say what it is differ
// (debug-info types in Retags.cpp, parameter attributes, the flags of
// rustc's retag intrinsics in RustRetagIntrinsics.cpp); each describes the
// pointer as a ReferenceNature and asks decideRetagKind, so the rule is
// written once (docs/design.md section 1):
//
//   &mut T, T: Unpin     Unique; strongly protected at function entry
//   &mut T, T: !Unpin    SharedReadWrite, never protected
//   Box<T>               Unique; weakly protected at function entry
//   &T                   SharedReadOnly where T is frozen, SharedReadWrite
//                        inside UnsafeCell; strongly protected at function
//                        entry (the runtime protects only the frozen part)
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_RETAGKIND_H
#define SBSAN_PASS_RETAGKIND_H

#include <cstdint>

namespace sbsan {

struct ReferenceNature {
  enum KindTy : uint8_t { MutRef, PinnedMutRef, Box, SharedRef } Kind;
  // Shared references: which bytes of the pointee lie inside UnsafeCell.
  enum CellsTy : uint8_t { NoCells, SomeCells, AllCells } Cells = NoCells;
};

struct RetagPlan; // FunctionInstrumenter.h

// Sets Plan's kind and protector.
void decideRetagKind(ReferenceNature N, bool FunctionEntry, RetagPlan &Plan);

} // namespace sbsan

#endif // SBSAN_PASS_RETAGKIND_H
