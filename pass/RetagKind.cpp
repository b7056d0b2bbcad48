//===- RetagKind.cpp - The permission of a new reference ------------------===//

#include "RetagKind.h"

#include "sbsan_interface.h"

namespace sbsan {

RetagKind decideRetagKind(ReferenceNature N, bool FunctionEntry) {
  uint32_t Strong = FunctionEntry ? SBSAN_RETAG_PROTECT_STRONG : 0;
  switch (N.Kind) {
  case ReferenceNature::MutRef:
    return {RetagKind::Unique, Strong};
  case ReferenceNature::PinnedMutRef:
    return {RetagKind::SharedRW, 0};
  case ReferenceNature::Box:
    return {RetagKind::Unique, FunctionEntry ? SBSAN_RETAG_PROTECT_WEAK : 0};
  case ReferenceNature::SharedRef:
    break;
  }
  switch (N.Cells) {
  case ReferenceNature::NoCells:
    return {RetagKind::SharedRO, Strong};
  case ReferenceNature::SomeCells:
    return {RetagKind::SharedMixed, Strong};
  case ReferenceNature::AllCells:
    break;
  }
  return {RetagKind::SharedRW, Strong};
}

} // namespace sbsan
