//===- FunctionInstrumenter.h - SBSan instrumentation of one function -----===//
//
// One FunctionInstrumenter runs per function in four phases:
//
//  prepare     the only IR changes before instrumenting: give invoke
//              results an edge block of their own where tags need a home,
//              lower rustc retag intrinsics to placeholders.
//  collect     reads the IR and plans: reachable blocks, the instructions
//              to instrument, which allocas escape, debug-info variables
//              of values, and every retag with its kind (planRetags:
//              entry, return, call-result and load retags; the kind
//              itself comes from decideRetagKind, RetagKind.h).
//  instrument  walk reachable blocks in reverse post-order and emit the
//              runtime calls: entry code, checks, provenance stores, call
//              slots, the planned retags, alloca registration, exits.
//  finalize    fill the incoming values of tag phis, put the calls that
//              only run on a condition (cmpxchg success) under a branch,
//              expand the inline fast paths around the recorded check
//              calls, erase the lowered placeholders. Only this phase
//              changes the CFG (besides prepare), so the dominator tree
//              computed in collect stays valid while instrumenting.
//
// Tags of SSA values are computed on demand (getTag) and memoized: a tag is
// materialized right after the value it describes, so it dominates every
// use of the value. Phi tags are created empty and filled in finalize,
// which breaks cycles. Values with pointers inside aggregates have a tag
// aggregate of the same shape (tagTypeFor): i64 for each pointer leaf and
// the empty struct {} for every other leaf, so insertvalue/extractvalue
// indices carry over unchanged.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_FUNCTIONINSTRUMENTER_H
#define SBSAN_PASS_FUNCTIONINSTRUMENTER_H

#include "DebugInfoTypes.h"
#include "ModuleContext.h"
#include "RuntimeHooks.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"

#include <memory>

namespace sbsan {

struct VectorAccess;

// Whether the integer a ptr-to-int cast makes may become a pointer again,
// the only case where the cast must expose its tag (Calls.cpp).
bool addressMayBecomePointer(const llvm::PtrToIntInst &PI);

// A retag the pass decided on for a pointer (parameter, return value,
// loaded reference, rustc intrinsic).
struct RetagPlan {
  enum KindTy { None, Unique, SharedRO, SharedMixed, SharedRW } Kind = None;
  uint32_t Protect = 0; // SBSAN_RETAG_PROTECT_* or 0
  // Size: a constant, or LengthBase + Length * ElemSize rounded up to
  // LengthAlign when Length is set (a slice: base 0, align 1; a struct with
  // a slice tail: the tail's offset and the struct's alignment).
  uint64_t ConstSize = 0;
  llvm::Value *Length = nullptr;
  uint64_t ElemSize = 0;
  uint64_t LengthBase = 0;
  uint64_t LengthAlign = 1;
  llvm::Value *DynSize = nullptr; // an i64 computed elsewhere (intrinsics)
  llvm::SmallVector<std::pair<uint64_t, uint64_t>, 4> CellRanges;
  llvm::Constant *CellRangesGlobal = nullptr; // with NumCellRanges pairs
  uint64_t NumCellRanges = 0;
  std::string What;
  unsigned Origin = SBSAN_ORIGIN_UNKNOWN;
  // A call result {data, length} (a returned `&mut [T]`): the retag covers
  // the data pointer, Length comes from the result's second element.
  bool SliceResult = false;

  bool isRetag() const { return Kind != None; }
  // The retag's size in bytes as an i64, with Len standing for Length.
  llvm::Value *emitSize(llvm::IRBuilderBase &B, llvm::Value *Len) const;
  // The (offset, length) pairs of a SharedMixed retag as a constant array,
  // created in M when the plan has them only as CellRanges; N gets the
  // number of pairs.
  llvm::Constant *cellRangesConstant(llvm::Module &M, uint64_t &N) const;
};

// Flags of rustc's __rust_retag_reg/__rust_retag_mem (RetagFlags in
// rustc_codegen_ssa), also used by the placeholders of inlined calls
// (InlineStd.cpp).
namespace retag_flags {
enum : uint64_t {
  Protected = 1 << 0,
  Mutable = 1 << 1,
  Box = 1 << 2,
  Freeze = 1 << 3,
};
} // namespace retag_flags

// Where a debug-info variable's value (or a piece of it) lives.
struct VarPiece {
  const llvm::DILocalVariable *Var = nullptr;
  uint64_t Offset = 0; // bytes into the variable
};

class FunctionInstrumenter {
public:
  FunctionInstrumenter(llvm::Function &F, ModuleContext &MC);
  // Returns true if the function changed.
  bool run();
  // The entry and return retags the function gets when instrumented,
  // planned for a call that inlines it before instrumentation
  // (InlineStd.cpp). Reads the IR only.
  void planBoundaryRetags(
      llvm::SmallVectorImpl<std::pair<llvm::Argument *, RetagPlan>> &Entry,
      RetagPlan &Return);

private:
  // ---- collect (FunctionInstrumenter.cpp) ----
  bool shouldSkip();
  void normalize();
  void collect();
  void collectBlocks(); // RPO and Reachable
  void planRetags();
  void planBoundary();

  // ---- tags (TagPropagation.cpp) ----
  llvm::Type *tagTypeFor(llvm::Type *T) const;
  bool hasPointerLeaves(llvm::Type *T) const { return tagTypeFor(T); }
  llvm::Value *getTag(llvm::Value *V);
  llvm::Constant *constantTag(llvm::Constant *C);
  llvm::Constant *wildcardTag(llvm::Type *TagTy) const;
  llvm::Value *materializeTag(llvm::Instruction *I);
  llvm::Value *materializeCallResultTag(llvm::CallBase *CB);
  void readArgumentSlots();
  // Positions B before EntryEnd with the function's scope-line location.
  void atEntry(llvm::IRBuilder<> &B);
  // Address of field 0 (value) or 1 (tag) of __sbsan_arg_slots[Index] or of
  // __sbsan_ret_slot; the thread-local base is computed once, at entry.
  llvm::Value *slotField(llvm::IRBuilder<> &B, bool Ret, unsigned Index,
                         unsigned Field);
  void fillPhiTags();
  RetagPlan planSliceCallResultRetag(llvm::CallBase *CB);
  RetagPlan planReturnedMutRef(const llvm::DILocalVariable *Var,
                               llvm::Value *Ref, bool Slice);
  void clearSlotsAfterCall(llvm::CallBase *CB,
                           llvm::ArrayRef<unsigned> Written);
  llvm::BasicBlock::iterator insertPointAfter(llvm::Instruction *I);
  // Pointer leaves of an aggregate type, in order: index paths and offsets.
  struct Leaf {
    llvm::SmallVector<unsigned, 4> Path;
    uint64_t Offset;
  };
  void pointerLeaves(llvm::Type *T, llvm::SmallVectorImpl<Leaf> &Out) const;
  // The tag recorded in a (value, tag) pair at ValueAddr/TagAddr if the
  // recorded value is Ptr, else the wildcard: the value check every slot
  // and provenance read makes. Loads are named Kind.value and Kind.tag.
  llvm::Value *readCheckedTag(llvm::IRBuilder<> &B, llvm::Value *ValueAddr,
                              llvm::Value *TagAddr, llvm::Value *Ptr,
                              llvm::StringRef Kind, const llvm::Twine &Name);
  // The leaf at Path of an aggregate value (folded for constants).
  static llvm::Value *extractLeaf(llvm::IRBuilder<> &B, llvm::Value *Agg,
                                  llvm::ArrayRef<unsigned> Path);
  bool isTrackedPointer(llvm::Type *T) const;
  // A pointer parameter that is not a reference the caller lends: the
  // return slot (sret), a copy in this frame (byval, inalloca,
  // preallocated), memory dead after the call, a static chain (nest).
  static bool isNotALentReference(const llvm::Argument &A);
  bool isWildcard(llvm::Value *Tag) const;

  // ---- checks (AccessChecks.cpp) ----
  void instrumentLoad(llvm::LoadInst *LI);
  void instrumentStore(llvm::StoreInst *SI);
  void instrumentAtomicRMW(llvm::AtomicRMWInst *RMW);
  void instrumentCmpXchg(llvm::AtomicCmpXchgInst *CX);
  void instrumentMemIntrinsic(llvm::IntrinsicInst *II);
  // The accesses analyzeInlineAsm attributes to the statement's pointer
  // operands, checked before it runs (AsmAccesses.h).
  void instrumentInlineAsm(llvm::CallBase *CB);
  void instrumentMaskedOrUnknownIntrinsic(llvm::IntrinsicInst *II);
  // Masked, vp, gather/scatter and expand/compress accesses, lane by lane
  // or as ranges (AccessChecks.cpp decodes them).
  void instrumentVectorAccess(llvm::IntrinsicInst *II, const VectorAccess &VA);
  void emitLaneCheck(llvm::IRBuilder<> &B, const VectorAccess &VA,
                     llvm::Value *Addr, uint64_t Size, llvm::Value *Tag,
                     llvm::Align A, llvm::Value *Cond);
  void checkPackedLanes(llvm::IRBuilder<> &B, const VectorAccess &VA,
                        llvm::Value *Mask, llvm::Value *Tag);
  void checkStridedLanes(llvm::IRBuilder<> &B, const VectorAccess &VA,
                         llvm::Value *Mask, llvm::Value *EVL, llvm::Value *Tag);
  void checkGatheredLanes(llvm::IRBuilder<> &B, const VectorAccess &VA,
                          llvm::Value *Mask, llvm::Value *EVL);
  void emitCheck(llvm::Instruction *Before, llvm::Value *Addr,
                 llvm::TypeSize Size, llvm::Align Alignment, bool IsWrite);
  void emitRangeCheck(llvm::IRBuilder<> &B, llvm::Value *Addr,
                      llvm::Value *Size, llvm::Value *Tag, bool IsWrite);
  // The runtime call checking Size bytes at Addr (sized hook if there is
  // one), counted in the statistics; callers add guards and fast paths.
  llvm::CallInst *createCheckCall(llvm::IRBuilder<> &B, llvm::Value *Addr,
                                  uint64_t Size, llvm::Value *Tag,
                                  bool IsWrite);
  void expandFastPaths();
  // Unprotected SharedReadOnly retags of at most 8 bytes answered inline
  // with the parent's tag where the runtime would elide them.
  void expandInlineElisions();

  // ---- provenance of pointers in memory (Provenance.cpp) ----
  void recordPointerStore(llvm::Instruction *After, llvm::Value *Addr,
                          llvm::Value *Val);
  void storePointerTagAt(llvm::IRBuilder<> &B, llvm::Value *Addr,
                         llvm::Value *Val, llvm::Value *Tag);
  // SlotAlign: the load's alignment; 8-aligned leaves are read inline.
  llvm::Value *loadPointerTag(llvm::IRBuilder<> &B, llvm::Value *Addr,
                              llvm::Value *Val, llvm::Type *Ty,
                              llvm::Align SlotAlign);
  // Moves the provenance of a copy inline when it is small and 8-aligned
  // on both sides; false if it is not such a copy.
  bool copyProvenanceInline(llvm::IRBuilder<> &B, llvm::AnyMemTransferInst *MT);
  llvm::Value *readProvenanceInline(llvm::IRBuilder<> &B, llvm::Value *Slot,
                                    llvm::Value *Ptr);
  void planLocalProvenance();
  void initLocalShadows();
  llvm::AllocaInst *localShadowFor(llvm::Value *Addr, uint64_t &Offset);
  bool isSpillOnlyAddress(llvm::Value *Addr) const;

  // ---- calls and returns (Calls.cpp) ----
  void instrumentCall(llvm::CallBase *CB);
  void instrumentReturn(llvm::ReturnInst *RI);
  void instrumentResume(llvm::Instruction *I);
  void emitExitCode(llvm::Instruction *Before);
  void instrumentPtrToInt(llvm::PtrToIntInst *PI);
  void instrumentLandingPads();
  void emitUnwindExits();

  // ---- allocas (Allocas.cpp) ----
  void analyzeAllocas();
  struct AllocaInfo;
  struct AllocaWalk;
  void walkAllocaUses(llvm::AllocaInst *AI, AllocaInfo &Info);
  void pushDerived(AllocaWalk &W, llvm::Value *V, std::optional<int64_t> Off);
  void notePtrAccess(AllocaInfo &Info, std::optional<int64_t> Off,
                     llvm::Type *Ty);
  // A variable of std's own code holding none of the program's data
  // (isStdOwnVariable): not registered even when its address escapes.
  bool isStdOwnAlloca(llvm::AllocaInst *AI) const;
  // A variable of the program holding none of the program's data, whose
  // address reaches only std's code: loads and stores, lifetime markers,
  // memory intrinsics, std calls taking it as their receiver that give
  // back no pointer, and calls inlined before instrumentation, whose
  // code using it is std's. Not registered either. Read before
  // instrumenting (the collect phase).
  bool isLeftToStd(llvm::AllocaInst *AI);
  bool allocaUseEscapes(AllocaWalk &W, llvm::Use &U,
                        std::optional<int64_t> Off);
  bool allocaIntrinsicUseEscapes(AllocaWalk &W, llvm::IntrinsicInst *II,
                                 llvm::Use &U);
  bool isStdDebugSpill(llvm::Value *Addr);
  bool followSpillSlot(AllocaWalk &W, llvm::StoreInst *SI,
                       std::optional<int64_t> Off);
  void registerAllocas();
  // The site naming AI's source variable, with its own size Bytes (0 if
  // not constant), or null.
  llvm::Constant *allocaSite(llvm::AllocaInst *AI, uint64_t Bytes);
  void instrumentLifetimeEnd(llvm::IntrinsicInst *II);
  void emitDeallocas(llvm::Instruction *Before);

  // ---- retags (Retags.cpp) ----
  void collectDebugVars();
  void noteNonReference(llvm::DbgVariableRecord &DVR);
  llvm::Value *sliceLengthParam(const VarPiece *Piece);
  RetagPlan planParamRetag(llvm::Argument &A);
  RetagPlan planReturnRetag();
  RetagPlan planLoadRetag(llvm::LoadInst *LI);
  RetagPlan planCallResultRetag(llvm::CallBase *CB);
  // The part for a thin `&mut` result: the call's, or a returned value
  // an inlined call's retag placeholder stands for (InlineStd.cpp).
  RetagPlan planThinResultRetag(llvm::Value *Result);
  // Emits the retag planned by planCallResultRetag for a thin result; a
  // result that may be null retags nothing when it is.
  llvm::Value *emitResultRetag(llvm::IRBuilder<> &B, llvm::Value *Result,
                               llvm::Value *Tag, RetagPlan P, bool MaybeNull);
  bool usedOnlyAsReference(llvm::Value *V);
  // Info: T's classification when the caller has it (else computed).
  RetagPlan planFromDebugType(const llvm::DIType *T, bool Protect,
                              const PointeeInfo *Info = nullptr);
  std::string describeArg(llvm::Argument &A);
  void ensureFrame();
  void emitEntryRetags();
  // Emits the retag and returns the tag the code should use from now on
  // (with Adopt false the caller keeps using the parent).
  llvm::Value *emitRetag(llvm::IRBuilder<> &B, llvm::Value *Ptr,
                         llvm::Value *ParentTag, const RetagPlan &Plan,
                         bool Adopt = true);
  void instrumentLoadRetag(llvm::LoadInst *LI);
  llvm::Value *applyReturnRetag(llvm::IRBuilder<> &B, llvm::Value *RetVal,
                                llvm::Value *RetTag);

  // ---- rustc retag intrinsics (RustRetagIntrinsics.cpp) ----
  void lowerRustRetagPlaceholders();
  void instrumentRustRetag(llvm::Instruction *I);
  RetagPlan planFromRustFlags(llvm::Value *Size, llvm::Value *Flags,
                              llvm::Value *ImRanges, llvm::Value *PinRanges,
                              bool &Ok);

  // ---- C restrict (Restrict.cpp) ----
  void emitRestrictRetags();

  // ---- finalize (AccessChecks.cpp) ----
  void expandGuardedCalls();

  llvm::Function &F;
  ModuleContext &MC;
  RuntimeHooks &H;
  const llvm::DataLayout &DL;
  bool IsRust = false;
  bool IsC = false;

  // collect
  llvm::SmallVector<llvm::BasicBlock *, 16> RPO;
  llvm::SmallPtrSet<llvm::BasicBlock *, 16> Reachable;
  llvm::SmallVector<llvm::Instruction *, 64> Work; // in RPO order
  std::unique_ptr<llvm::DominatorTree> DT;

  // allocas
  struct AllocaInfo {
    bool Escapes = false;
    bool Complex = false;     // pointers accessed where the offset is unknown
    bool HasPtrLoad = false;  // a pointer is read back from it
    bool IsMemSource = false; // memcpy/memmove reads from it
    bool LeftToStd = false;   // isLeftToStd: not registered
    llvm::SmallVector<llvm::IntrinsicInst *, 2> Starts; // lifetime.start
  };
  llvm::SmallVector<llvm::AllocaInst *, 8> Allocas;
  llvm::DenseMap<llvm::AllocaInst *, AllocaInfo> AllocaInfos;
  llvm::DenseMap<llvm::AllocaInst *, bool> StdDebugSpills;
  // Values pointing into a non-escaping alloca (null if into several), and
  // those with a known constant offset.
  llvm::DenseMap<llvm::Value *, llvm::AllocaInst *> DerivedFrom;
  llvm::DenseMap<llvm::Value *, std::pair<llvm::AllocaInst *, int64_t>>
      DerivedOffset;
  llvm::SmallVector<std::pair<llvm::AllocaInst *, llvm::Value *>, 8>
      RegisteredAllocas; // alloca, size

  // debug info
  llvm::DenseMap<llvm::Value *, VarPiece> ValueVars;
  // Values some debug-info variable that is not a thin reference (a raw
  // pointer, an integer, a piece of a struct) is bound to.
  llvm::DenseSet<llvm::Value *> NonRefBound;
  const llvm::DISubprogram *SP = nullptr;
  bool AnyArgVar = false; // some parameter has a debug-info variable
  bool Optimized = false;

  // tags
  llvm::DenseMap<llvm::Value *, llvm::Value *> Tags;
  llvm::SmallVector<std::pair<llvm::PHINode *, llvm::PHINode *>, 16>
      PendingPhis;
  mutable llvm::DenseMap<llvm::Type *, llvm::Type *> TagTypes;
  llvm::Instruction *EntryEnd = nullptr; // entry code goes before this
  llvm::DebugLoc EntryLoc;
  llvm::Value *SlotBase[2] = {nullptr, nullptr}; // arg slots, ret slot

  // Rust retag intrinsics: placeholder copies (reg) and calls (mem).
  struct RustRetag {
    bool IsMem;
    bool Inlined;       // __sbsan_inlined_retag, from InlineStd.cpp
    llvm::Value *Place; // the pointer (reg) or the place holding it (mem)
    llvm::Value *Size, *Flags, *Im, *Pin;
  };
  llvm::DenseMap<llvm::Instruction *, RustRetag> RustRetags;
  bool LowerRustRetags = false;
  bool NeedsProtectorFrame = false;

  // Protector frame and returns.
  bool NeedsFrame = false;
  llvm::Value *FrameAddr = nullptr;
  // The retags planned in collect (planRetags).
  llvm::SmallVector<std::pair<llvm::Argument *, RetagPlan>, 4> EntryPlans;
  RetagPlan ReturnPlan;
  // Keyed by the call, or by the lowered return placeholder of an inlined
  // call (RustRetags with Inlined).
  llvm::DenseMap<llvm::Instruction *, RetagPlan> CallResultPlans;
  llvm::DenseMap<llvm::LoadInst *, RetagPlan> LoadPlans;

  // Local provenance shadows of non-escaping allocas.
  llvm::DenseMap<llvm::AllocaInst *, llvm::AllocaInst *> LocalShadow;
  llvm::DenseSet<llvm::AllocaInst *> SpillOnly;

  // Check calls to wrap in a fast path, and calls that run only if a
  // condition holds (cmpxchg success); both are expanded in finalize.
  struct FastPathSite {
    llvm::CallInst *Call;
    bool IsWrite;
  };
  llvm::SmallVector<FastPathSite, 64> FastPaths;
  struct ElisionSite {
    llvm::CallInst *Call;
    uint64_t Size;
  };
  llvm::SmallVector<ElisionSite, 16> InlineElisions;
  struct GuardedCall {
    llvm::CallInst *Call;
    llvm::Value *Cond;
  };
  llvm::SmallVector<GuardedCall, 4> GuardedCalls;

  llvm::SmallVector<llvm::Instruction *, 8> ToErase;
};

} // namespace sbsan

#endif
