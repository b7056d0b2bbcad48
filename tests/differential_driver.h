//===- differential_driver.h - BorrowMemory against the reference ---------===//
//
// Decodes a byte string into a sequence of operations on a small arena and
// runs each one on a real BorrowMemory and on ReferenceMemory
// (reference_model.h), requiring after every step the same verdict, the
// same violation (kind, reason, access, tag, protected item, protector,
// failing byte), the same set of invalidation events, the same stack
// (items bottom first and the truncated flag) at every byte of the arena,
// the same tracked bytes, the shadow word that borrow_memory.h's encoding
// gives, and BorrowMemory::verifyGranule on every granule.
//
// With DifferentialOptions::Coalesce, the comparison is weaker (see there).
//
// Any byte string is a valid input (libFuzzer drives it); the GoogleTest
// (differential_test.cpp) feeds it pseudo-random ones from a fixed seed.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_DIFFERENTIAL_DRIVER_H
#define SBSAN_DIFFERENTIAL_DRIVER_H

#include "reference_model.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace sbsan_test {

struct DifferentialOptions {
  // Operations decoded at most (the input may end earlier).
  unsigned MaxOps = 400;
  // A deliberate fault in the reference (self-test of the driver).
  RefMutation Mutation = RefMutation::None;
  // Runs the engine with coalescing of fragmented ranges (every operation
  // that met two or more pieces coalesces its range). Its stacks are then
  // approximations, so only one property is checked: the engine never
  // refuses an operation that the reference allows (no false report). The
  // sequence ends at the first operation the reference refuses (the
  // program would be undefined from there on); the engine's own
  // invariants (verifyGranule) and tracked bytes are still checked.
  bool Coalesce = false;
};

struct DifferentialStats {
  unsigned Ops = 0;        // operations run
  unsigned Refusals = 0;   // operations the engine refused
  unsigned ByKind[6] = {}; // refusals per ViolationKind
  unsigned MaxStack = 0;   // largest stack seen
  unsigned Truncated = 0;  // operations after which a stack was incomplete
  unsigned Coalesced = 0;  // ranges coalesced (DifferentialOptions::Coalesce)
};

// Returns true if engine and reference agreed on every step. Otherwise
// *Report says what differed, followed by the operations so far.
bool runDifferential(const uint8_t *Data, size_t Size,
                     const DifferentialOptions &Opts, std::string *Report,
                     DifferentialStats *Stats = nullptr);

} // namespace sbsan_test

#endif // SBSAN_DIFFERENTIAL_DRIVER_H
