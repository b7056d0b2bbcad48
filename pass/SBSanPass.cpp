//===- SBSanPass.cpp - The Stacked Borrows Sanitizer instrumentation ------===//
//
// SBSan finds violations of Rust's Stacked Borrows aliasing model at run
// time. This pass rewrites a module so that the runtime (libsbsan_rt, C ABI
// in runtime/include/sbsan_interface.h) sees every pointer's tag, every
// access, every retag and every allocation. The design in short:
//
// Tags through the program (TagPropagation.cpp, Calls.cpp, Provenance.cpp).
//   Every pointer SSA value has a shadow tag, an i64 SSA value (MSan-style,
//   computed on demand and memoized). Constants and null are the wildcard 0,
//   globals the root tag 2, GEPs and casts inherit their operand's tag,
//   phi/select/freeze get phi/select/freeze of tags, int-to-ptr is the
//   wildcard, ptr-to-int exposes the tag. Aggregates that contain pointers
//   (Rust slices {ptr, i64}) have a tag aggregate of the same shape.
//   Arguments and return values pass their tags in thread-local slots that
//   also hold the pointer value; the reader uses a tag only when the value
//   matches, so uninstrumented callers/callees yield wildcards, never stale
//   tags. Pointers stored to memory record their tag in the runtime's
//   provenance shadow (same value check on load); pointers kept in allocas
//   that never escape use a shadow alloca instead, which later passes turn
//   back into SSA values.
//
// Checks (AccessChecks.cpp). Every load, store, atomic and memory intrinsic
//   is checked with its exact size and its pointer's tag. Accesses whose tag
//   is statically the wildcard (int-to-ptr, allocas that do not escape) are
//   not checked: the runtime would allow them anyway. Masked and
//   vector-predicated loads/stores check each lane under its mask bit (one
//   check per run for constant masks), gathers/scatters each lane's pointer
//   with the tag of the scalar it was computed from (wildcard, so not
//   checked, when that is not visible), expand/compress the popcount(mask)
//   consecutive elements they touch. Accesses the pass cannot size exactly
//   (scalable vectors, lanes not byte-sized, undef mask lanes) are skipped
//   and counted, because checking more bytes than are accessed could report
//   a sound program. Small accesses inside one granule first test the
//   shadow word inline.
//
// Allocations (Allocas.cpp, Globals.cpp). Allocas whose address escapes get
//   __sbsan_alloca (a fresh Unique root) and __sbsan_dealloca at
//   llvm.lifetime.end and at every function exit; globals are registered by
//   a module constructor.
//
// Retags (Retags.cpp, DebugInfoTypes.cpp). In Rust functions, reference
//   parameters are retagged at entry with a protector: &mut T (noalias,
//   dereferenceable) to Unique, &T to a frozen T (noalias readonly) to
//   SharedReadOnly, Box to Unique with a weak protector. Where attributes
//   say nothing (-O0, Box, slices, &T with UnsafeCell) the debug-info type
//   of the parameter decides and gives sizes and UnsafeCell ranges. A retag
//   never covers more or fewer bytes than the pointee has: references to
//   unsized values are sized from their length (slices, str, structs with
//   a slice tail) or not retagged (dyn Trait), whatever dereferenceable
//   says (for them it is only the sized prefix).
//   Returned references are retagged (no protector) when debug info says
//   what they are; references loaded into reference-typed variables are
//   retagged too, but the loaded value keeps its tag, because that SSA value
//   may also be a bigger object (a Box whose first field the variable
//   borrows). Every Unique retag is followed by a SharedReadWrite child that
//   the function's code uses: inside a function a reference and the raw
//   pointers made from it are one SSA value, and raw pointers that leave the
//   function must survive a later read through the parent (docs/design.md
//   section 2). The Unique item below keeps the protector. A &mut that a
//   call returns into a `&mut` variable and that is used only as that
//   reference is retagged Unique in the caller, which uses that item
//   itself. Protector frames are entered at entry and left on every exit,
//   unwinding included: calls that may unwind become invokes of a cleanup
//   that leaves the frame. If the
//   module declares rustc's retag intrinsics (-Zcodegen-emit-retag), they
//   are lowered instead (RustRetagIntrinsics.cpp) and no retag is inferred.
//
// C restrict (Restrict.cpp, behind -sbsan-restrict): a restrict parameter
//   gets a protected tag whose items the runtime creates lazily per byte,
//   Unique on the first write and SharedReadOnly on the first read, so two
//   restrict pointers that only read the same memory never conflict while a
//   write through one to memory the other (or any pointer not based on it)
//   accesses during the call is reported.
//
// Nothing the pass does not understand is instrumented wrongly: it is
// skipped and counted (-stats, -sbsan-stats) and logged (-sbsan-debug, or
// -debug-only=sbsan on a debug build of LLVM). The rule is that a sound
// program is never reported; precision is given up before that.
//
// Options are -sbsan-* (SBSanOptions.cpp); rustc parses its LLVM options
// before loading plugins, so the plugin also takes them from
// SBSAN_PASS_OPTIONS (SBSanPlugin.cpp).
//
//===----------------------------------------------------------------------===//
#include "SBSanPass.h"
#include "FunctionInstrumenter.h"
#include "ModuleContext.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#include "llvm/IR/Module.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

PreservedAnalyses SBSanPass::run(Module &M, ModuleAnalysisManager &) {
  // Running twice (e.g. a ThinLTO pre-link pipeline followed by another
  // pipeline-start callback) would check everything twice and re-register
  // allocations; the marker makes the second run a no-op.
  if (M.getNamedMetadata(InstrumentedModuleMD))
    return PreservedAnalyses::all();
  M.getOrInsertNamedMetadata(InstrumentedModuleMD);

  ModuleContext MC(M);
  SmallVector<Function *, 64> Functions;
  for (Function &F : M)
    if (!F.isDeclaration())
      Functions.push_back(&F);
  for (Function *F : Functions) {
    if (!MC.shouldInstrument(*F)) {
      ++stats::NumFunctionsSkipped;
      SBSAN_LOG(log() << "sbsan: skipping " << F->getName() << "\n");
      continue;
    }
    FunctionInstrumenter FI(*F, MC);
    FI.run();
  }
  // A function left uninstrumented keeps the parent's tag for the retags
  // of the calls inlined into it (InlineStd.cpp).
  if (Function *Placeholder = M.getFunction(InlinedRetagName)) {
    for (User *U : make_early_inc_range(Placeholder->users())) {
      auto *CB = cast<CallBase>(U);
      CB->replaceAllUsesWith(CB->getArgOperand(0));
      CB->eraseFromParent();
    }
    Placeholder->eraseFromParent();
  }
  createModuleConstructor(M, MC);
  if (opts::PrintStats)
    stats::print(errs(), M);
  return PreservedAnalyses::none();
}

} // namespace sbsan
