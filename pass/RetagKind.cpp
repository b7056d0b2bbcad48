//===- RetagKind.cpp - The permission of a new reference ------------------===//

#include "RetagKind.h"

#include "FunctionInstrumenter.h"

namespace sbsan {

void decideRetagKind(ReferenceNature N, bool FunctionEntry, RetagPlan &P) {
  uint32_t Strong = FunctionEntry ? SBSAN_RETAG_PROTECT_STRONG : 0;
  P.Protect = Strong;
  switch (N.Kind) {
  case ReferenceNature::MutRef:
    P.Kind = RetagPlan::Unique;
    return;
  case ReferenceNature::PinnedMutRef:
    P.Kind = RetagPlan::SharedRW;
    P.Protect = 0;
    return;
  case ReferenceNature::Box:
    P.Kind = RetagPlan::Unique;
    P.Protect = FunctionEntry ? SBSAN_RETAG_PROTECT_WEAK : 0;
    return;
  case ReferenceNature::SharedRef:
    break;
  }
  switch (N.Cells) {
  case ReferenceNature::NoCells:
    P.Kind = RetagPlan::SharedRO;
    return;
  case ReferenceNature::SomeCells:
    P.Kind = RetagPlan::SharedMixed;
    return;
  case ReferenceNature::AllCells:
    P.Kind = RetagPlan::SharedRW;
    return;
  }
}

} // namespace sbsan
