//===- Provenance.cpp - Tags of pointers stored in memory -----------------===//
//
// A pointer stored to memory keeps its tag in a provenance shadow, read back
// when a pointer is loaded, with a value check: the tag counts only if the
// memory still holds the pointer value it was recorded with. Otherwise
// (overwritten by an integer store, by uninstrumented code) the loaded
// pointer is a wildcard.
//
// Three homes for that shadow, chosen per alloca by the escape analysis
// (Allocas.cpp):
//  - memory in general: the runtime (__sbsan_store_ptr / __sbsan_load_ptr,
//    and copy/clear for memcpy/memmove/memset); loads from slots the IR
//    says are 8-aligned read that shadow inline instead;
//  - an alloca that does not escape and is accessed only at constant,
//    8-aligned offsets: a shadow alloca of {value, tag} pairs next to it,
//    written and read with plain loads and stores, which SROA turns into
//    SSA values at -O1 and above (rustc -O0 spills every local; this keeps
//    those spills out of the runtime);
//  - an alloca that does not escape and never has a pointer loaded from it
//    (debug-info spills of parameters): nothing at all.
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

bool FunctionInstrumenter::isSpillOnlyAddress(Value *Addr) const {
  auto It = DerivedFrom.find(Addr);
  return It != DerivedFrom.end() && It->second && SpillOnly.count(It->second);
}

AllocaInst *FunctionInstrumenter::localShadowFor(Value *Addr,
                                                 uint64_t &Offset) {
  auto It = DerivedOffset.find(Addr);
  if (It == DerivedOffset.end())
    return nullptr;
  auto Shadow = LocalShadow.find(It->second.first);
  if (Shadow == LocalShadow.end())
    return nullptr;
  Offset = It->second.second;
  return Shadow->second;
}

void FunctionInstrumenter::planLocalProvenance() {
  if (!opts::TrackProvenance)
    return;
  for (AllocaInst *AI : Allocas) {
    auto It = AllocaInfos.find(AI);
    if (It == AllocaInfos.end())
      continue;
    const AllocaInfo &Info = It->second;
    if (Info.Escapes)
      continue;
    if (!Info.HasPtrLoad && !Info.IsMemSource) {
      SpillOnly.insert(AI);
      continue;
    }
    if (!opts::LocalProvenance || Info.Complex || Info.IsMemSource ||
        !AI->isStaticAlloca())
      continue;
    std::optional<TypeSize> Size = AI->getAllocationSize(DL);
    if (!Size || Size->isScalable() || Size->getFixedValue() > 4096 ||
        Size->getFixedValue() == 0)
      continue;
    uint64_t Slots = (Size->getFixedValue() + 7) / 8;
    // Created now, initialized at entry: an all-zero pair never matches a
    // non-null pointer, and a null pointer has no provenance to lose.
    auto *ShadowTy = ArrayType::get(H.SlotTy, Slots);
    // At the top of the entry block, so that it exists wherever the
    // initialization at entry and the accesses need it.
    auto *Shadow = new AllocaInst(ShadowTy, DL.getAllocaAddrSpace(), nullptr,
                                  Align(8), AI->getName() + ".sbsan.prov",
                                  F.getEntryBlock().begin());
    LocalShadow[AI] = Shadow;
  }
}

void FunctionInstrumenter::initLocalShadows() {
  if (LocalShadow.empty())
    return;
  IRBuilder<> B(H.Ctx);
  atEntry(B);
  for (AllocaInst *AI : Allocas) {
    auto It = LocalShadow.find(AI);
    if (It == LocalShadow.end())
      continue;
    AllocaInst *Shadow = It->second;
    B.CreateMemSet(Shadow, B.getInt8(0),
                   DL.getTypeAllocSize(Shadow->getAllocatedType()), Align(8));
  }
}

void FunctionInstrumenter::storePointerTagAt(IRBuilder<> &B, Value *Addr,
                                             Value *Val, Value *Tag) {
  SmallVector<Leaf, 4> Leaves;
  pointerLeaves(Val->getType(), Leaves);
  uint64_t Base = 0;
  if (AllocaInst *Shadow = localShadowFor(Addr, Base)) {
    for (const Leaf &L : Leaves) {
      uint64_t Off = Base + L.Offset;
      if (Off % 8)
        continue; // excluded by the analysis; stay safe
      Value *Idx[] = {B.getInt32(0), B.getInt32(unsigned(Off / 8)),
                      B.getInt32(0)};
      Value *ValueAddr =
          B.CreateInBoundsGEP(Shadow->getAllocatedType(), Shadow, Idx);
      Idx[2] = B.getInt32(1);
      Value *TagAddr =
          B.CreateInBoundsGEP(Shadow->getAllocatedType(), Shadow, Idx);
      B.CreateStore(B.CreatePtrToInt(extractLeaf(B, Val, L.Path), H.I64),
                    ValueAddr);
      B.CreateStore(extractLeaf(B, Tag, L.Path), TagAddr);
    }
    ++stats::NumLocalProvenance;
    return;
  }
  for (const Leaf &L : Leaves) {
    Value *Slot =
        L.Offset ? B.CreateConstInBoundsGEP1_64(H.I8, Addr, L.Offset) : Addr;
    B.CreateCall(H.get(Hook::StorePtr), {Slot, extractLeaf(B, Val, L.Path),
                                         extractLeaf(B, Tag, L.Path)});
  }
  ++stats::NumPointerStores;
}

void FunctionInstrumenter::recordPointerStore(Instruction *After, Value *Addr,
                                              Value *Val) {
  if (!opts::TrackProvenance || !isTrackedPointer(Addr->getType()))
    return;
  if (isSpillOnlyAddress(Addr)) {
    ++stats::NumSpillStoresSkipped;
    return;
  }
  Value *Tag = getTag(Val);
  IRBuilder<> B(After->getParent(), insertPointAfter(After));
  storePointerTagAt(B, Addr, Val, Tag);
}

// The address of the tag (SBSAN_PROV_TAG_XOR) or check word
// (SBSAN_PROV_VALUE_XOR) of the 8-byte slot at address A (an i64).
static Value *provenanceSlot(IRBuilder<> &B, Value *A, uint64_t Xor) {
  return B.CreateIntToPtr(B.CreateXor(A, B.getInt64(Xor)), B.getPtrTy());
}

// The runtime's copyProvenance for a copy of whole 8-byte slots, both
// sides 8-aligned, whose shadow the program's own copy shows to be mapped:
// every source slot's tag and check word is loaded first (a memmove may
// overlap), then stored at the destination. As in the runtime, a source
// slot without a tag only clears the destination's tag and leaves its
// check word alone, so that copying plain data never touches the pages of
// the check words: the check word is stored to the tag's slot then, which
// the tag's own store overwrites next.
bool FunctionInstrumenter::copyProvenanceInline(IRBuilder<> &B,
                                                AnyMemTransferInst *MT) {
  constexpr uint64_t kMaxInlineBytes = 32;
  auto *Len = dyn_cast<ConstantInt>(MT->getLength());
  if (!opts::InlineProvenanceCopies || !Len)
    return false;
  uint64_t Size = Len->getZExtValue();
  if (Size == 0 || Size > kMaxInlineBytes || Size % 8 ||
      MT->getDestAlign().valueOrOne() < Align(8) ||
      MT->getSourceAlign().valueOrOne() < Align(8))
    return false;
  Value *Dst = B.CreatePtrToInt(MT->getRawDest(), H.I64);
  Value *Src = B.CreatePtrToInt(MT->getRawSource(), H.I64);
  auto SlotAt = [&](Value *Base, uint64_t Off, uint64_t Xor) {
    return provenanceSlot(
        B, Off ? B.CreateAdd(Base, ConstantInt::get(H.I64, Off)) : Base, Xor);
  };
  SmallVector<std::pair<Value *, Value *>, 4> Slots;
  for (uint64_t Off = 0; Off < Size; Off += 8)
    Slots.push_back(
        {B.CreateAlignedLoad(H.I64, SlotAt(Src, Off, SBSAN_PROV_TAG_XOR),
                             Align(8), "sbsan.prov.tag"),
         B.CreateAlignedLoad(H.I64, SlotAt(Src, Off, SBSAN_PROV_VALUE_XOR),
                             Align(8), "sbsan.prov.value")});
  for (uint64_t Off = 0; Off < Size; Off += 8) {
    auto [Tag, Check] = Slots[Off / 8];
    Value *TagSlot = SlotAt(Dst, Off, SBSAN_PROV_TAG_XOR);
    Value *CheckSlot =
        B.CreateSelect(B.CreateICmpEQ(Tag, ConstantInt::get(H.I64, 0)), TagSlot,
                       SlotAt(Dst, Off, SBSAN_PROV_VALUE_XOR));
    B.CreateAlignedStore(Check, CheckSlot, Align(8));
    B.CreateAlignedStore(Tag, TagSlot, Align(8));
  }
  ++stats::NumInlineProvenanceCopies;
  return true;
}

// The runtime's loadProvenance for a slot known to be 8-aligned, whose
// shadow the program's own access shows to be mapped: two loads, a
// multiply and a compare (the check of sbsan_interface.h) instead of a call.
Value *FunctionInstrumenter::readProvenanceInline(IRBuilder<> &B, Value *Slot,
                                                  Value *Ptr) {
  Value *A = B.CreatePtrToInt(Slot, H.I64);
  Value *SlotTag =
      B.CreateAlignedLoad(H.I64, provenanceSlot(B, A, SBSAN_PROV_TAG_XOR),
                          Align(8), "sbsan.prov.tag");
  Value *Recorded =
      B.CreateAlignedLoad(H.I64, provenanceSlot(B, A, SBSAN_PROV_VALUE_XOR),
                          Align(8), "sbsan.prov.value");
  Value *Expected = B.CreateXor(
      B.CreatePtrToInt(Ptr, H.I64),
      B.CreateMul(SlotTag, ConstantInt::get(H.I64, SBSAN_PROV_CHECK_MUL)));
  return B.CreateSelect(B.CreateICmpEQ(Recorded, Expected), SlotTag,
                        ConstantInt::get(H.I64, 0), "sbsan.tag.load");
}

Value *FunctionInstrumenter::loadPointerTag(IRBuilder<> &B, Value *Addr,
                                            Value *Val, Type *Ty,
                                            Align SlotAlign) {
  Type *TT = tagTypeFor(Ty);
  if (!opts::TrackProvenance || !isTrackedPointer(Addr->getType()))
    return wildcardTag(TT);
  SmallVector<Leaf, 4> Leaves;
  pointerLeaves(Ty, Leaves);
  Value *Tag = wildcardTag(TT);
  uint64_t Base = 0;
  if (AllocaInst *Shadow = localShadowFor(Addr, Base)) {
    for (const Leaf &L : Leaves) {
      uint64_t Off = Base + L.Offset;
      if (Off % 8)
        continue;
      Value *Idx[] = {B.getInt32(0), B.getInt32(unsigned(Off / 8)),
                      B.getInt32(0)};
      Value *ValueAddr =
          B.CreateInBoundsGEP(Shadow->getAllocatedType(), Shadow, Idx);
      Idx[2] = B.getInt32(1);
      Value *TagAddr =
          B.CreateInBoundsGEP(Shadow->getAllocatedType(), Shadow, Idx);
      Value *LeafTag =
          readCheckedTag(B, ValueAddr, TagAddr, extractLeaf(B, Val, L.Path),
                         "sbsan.prov", "sbsan.tag.load");
      Tag =
          L.Path.empty() ? LeafTag : B.CreateInsertValue(Tag, LeafTag, L.Path);
    }
    ++stats::NumLocalProvenance;
    return Tag;
  }
  for (const Leaf &L : Leaves) {
    Value *Slot =
        L.Offset ? B.CreateConstInBoundsGEP1_64(H.I8, Addr, L.Offset) : Addr;
    Value *Leaf = extractLeaf(B, Val, L.Path);
    Value *LeafTag;
    if (opts::InlinePointerLoads && commonAlignment(SlotAlign, L.Offset) >= 8) {
      LeafTag = readProvenanceInline(B, Slot, Leaf);
      ++stats::NumInlinePointerLoads;
    } else {
      LeafTag = B.CreateCall(H.get(Hook::LoadPtr), {Slot, Leaf},
                             "sbsan.tag.load");
    }
    Tag = L.Path.empty() ? LeafTag : B.CreateInsertValue(Tag, LeafTag, L.Path);
  }
  ++stats::NumPointerLoads;
  return Tag;
}

} // namespace sbsan
