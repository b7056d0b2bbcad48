//===- DebugInfoTypes.cpp - Rust pointer kinds and layouts from debug info ===//
//
// The walk over the pointee type is bounded (depth and node budget); when a
// budget runs out the pointee is treated as all interior-mutable and !Unpin,
// i.e. the most permissive classification.
//
//===----------------------------------------------------------------------===//
#include "DebugInfoTypes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/Support/MathExtras.h"

using namespace llvm;

namespace sbsan {

const DIType *stripTypedefs(const DIType *T) {
  for (unsigned Guard = 0; T && Guard < 32; ++Guard) {
    auto *D = dyn_cast<DIDerivedType>(T);
    if (!D)
      return T;
    switch (D->getTag()) {
    case dwarf::DW_TAG_typedef:
    case dwarf::DW_TAG_const_type:
    case dwarf::DW_TAG_volatile_type:
    case dwarf::DW_TAG_restrict_type:
    case dwarf::DW_TAG_atomic_type:
      T = D->getBaseType();
      continue;
    default:
      return T;
    }
  }
  return T;
}

std::string qualifiedName(const DIType *T) {
  if (!T)
    return std::string();
  std::string Name = T->getName().str();
  const DIScope *S = T->getScope();
  for (unsigned Guard = 0; S && Guard < 32; ++Guard) {
    if (auto *NS = dyn_cast<DINamespace>(S)) {
      if (!NS->getName().empty())
        Name = NS->getName().str() + "::" + Name;
      S = NS->getScope();
    } else if (auto *CT = dyn_cast<DICompositeType>(S)) {
      Name = CT->getName().str() + "::" + Name;
      S = CT->getScope();
    } else {
      break;
    }
  }
  return Name;
}

namespace {

uint64_t bytes(const DIType *T) { return T ? T->getSizeInBits() / 8 : 0; }

// Walks a pointee type collecting UnsafeCell ranges and !Unpin markers.
class PointeeWalker {
public:
  explicit PointeeWalker(PointeeInfo &Info) : Info(Info) {}

  void walk(const DIType *T, uint64_t Offset, unsigned Depth) {
    if (GaveUp || !T)
      return;
    if (++Nodes > 4000 || Depth > 24 || Info.CellRanges.size() > 64) {
      giveUp();
      return;
    }
    T = stripTypedefs(T);
    if (!T)
      return;
    if (auto *CT = dyn_cast<DICompositeType>(T)) {
      std::string QName = qualifiedName(CT);
      StringRef Q(QName);
      if (Q.starts_with("core::cell::UnsafeCell<")) {
        Info.CellRanges.push_back({Offset, bytes(CT)});
        // An UnsafeCell of a zero-sized type still makes the pointee
        // !Freeze; with no bytes there is nothing to record.
        return;
      }
      if (Q.starts_with("core::marker::PhantomPinned") ||
          Q.contains("UnsafePinned<") || Q.contains("{async_fn_env") ||
          Q.contains("{async_block_env") || Q.contains("{coroutine_env") ||
          Q.contains("{async_gen"))
        Info.NotUnpin = true;
      switch (CT->getTag()) {
      case dwarf::DW_TAG_array_type: {
        const DIType *Elem = CT->getBaseType();
        uint64_t ElemBytes = bytes(stripTypedefs(Elem));
        uint64_t Count = ElemBytes ? bytes(CT) / ElemBytes : 0;
        if (!Count)
          return;
        // Walk one element; replicate its ranges if it has any.
        size_t Before = Info.CellRanges.size();
        bool UnpinBefore = Info.NotUnpin;
        walk(Elem, Offset, Depth + 1);
        if (GaveUp)
          return;
        (void)UnpinBefore;
        size_t After = Info.CellRanges.size();
        if (After == Before)
          return;
        if ((After - Before) * Count > 64) {
          // Too many ranges: the whole array is a cell.
          Info.CellRanges.resize(Before);
          Info.CellRanges.push_back({Offset, bytes(CT)});
          return;
        }
        for (uint64_t I = 1; I < Count; ++I)
          for (size_t R = Before; R < After; ++R)
            Info.CellRanges.push_back({Info.CellRanges[R].first + I * ElemBytes,
                                       Info.CellRanges[R].second});
        return;
      }
      default:
        for (const DINode *N : CT->getElements()) {
          if (GaveUp)
            return;
          if (auto *Member = dyn_cast_or_null<DIDerivedType>(N)) {
            if (Member->isStaticMember())
              continue;
            if (Member->getTag() != dwarf::DW_TAG_member &&
                Member->getTag() != dwarf::DW_TAG_inheritance &&
                Member->getTag() != dwarf::DW_TAG_variant)
              continue;
            walk(Member->getBaseType(), Offset + Member->getOffsetInBits() / 8,
                 Depth + 1);
          } else if (auto *Part = dyn_cast_or_null<DICompositeType>(N)) {
            // DW_TAG_variant_part of an enum: its variants are members.
            walk(Part, Offset, Depth + 1);
          }
        }
        return;
      }
    }
    // Pointers, basic types, subroutines: no interior mutability inside.
  }

  bool gaveUp() const { return GaveUp; }

private:
  void giveUp() {
    GaveUp = true;
    Info.AllInteriorMutable = true;
    Info.NotUnpin = true;
  }

  PointeeInfo &Info;
  unsigned Nodes = 0;
  bool GaveUp = false;
};

void analyzePointee(PointeeInfo &Info, const DIType *Pointee) {
  PointeeWalker W(Info);
  W.walk(Pointee, 0, 0);
  if (W.gaveUp())
    return;
  // Coalesce ranges; if they cover everything, say so.
  auto &R = Info.CellRanges;
  llvm::sort(R);
  SmallVector<std::pair<uint64_t, uint64_t>, 4> Merged;
  for (auto &P : R) {
    if (!P.second)
      continue;
    if (!Merged.empty() &&
        Merged.back().first + Merged.back().second >= P.first) {
      uint64_t End = std::max(Merged.back().first + Merged.back().second,
                              P.first + P.second);
      Merged.back().second = End - Merged.back().first;
    } else {
      Merged.push_back(P);
    }
  }
  R = Merged;
  if (Info.SizeKnown && R.size() == 1 && R[0].first == 0 &&
      R[0].second >= Info.Size)
    Info.AllInteriorMutable = true;
}

// Where the slice tail of an unsized struct starts, what its elements are,
// and the alignment the whole value is rounded up to.
struct SliceTail {
  uint64_t Offset = 0;
  uint64_t ElemSize = 0;
  uint64_t Align = 1;
  const DIType *Elem = nullptr;
  // The tail lies inside an UnsafeCell (UnsafeCell<[T]>, Mutex<[T]>,
  // RefCell<[T]>, Cell<[T]>): the cell's size in debug info is only its
  // sized prefix, so a walk of the pointee would record no cell bytes.
  bool InCell = false;
};

// rustc describes `struct H<T: ?Sized> { n: u8, data: T }` at T = [u32] as
// a struct of the sized prefix's size whose last member `data` has no size
// and the element type u32; a tail that is itself such a struct is a
// member of that struct's type (with the prefix's size). Anything else
// (enums, members overlapping the tail, odd offsets) is not a slice tail.
bool findSliceTail(const DICompositeType *CT, uint64_t Base, SliceTail &T,
                   unsigned Depth) {
  if (!CT || Depth > 8 || CT->getTag() != dwarf::DW_TAG_structure_type ||
      CT->isForwardDecl())
    return false;
  uint64_t AlignBits = CT->getAlignInBits();
  if (!AlignBits || AlignBits % 8 || !isPowerOf2_64(AlignBits / 8))
    return false;
  T.Align = std::max(T.Align, AlignBits / 8);
  if (StringRef(qualifiedName(CT)).starts_with("core::cell::UnsafeCell<"))
    T.InCell = true;
  // The tail is the member with the greatest offset among the members that
  // are not zero-sized types.
  const DIDerivedType *Tail = nullptr;
  SmallVector<const DIDerivedType *, 8> Members;
  for (const DINode *N : CT->getElements()) {
    auto *M = dyn_cast_or_null<DIDerivedType>(N);
    if (!M)
      return false; // a variant part: an enum
    if (M->isStaticMember())
      continue;
    if (M->getTag() != dwarf::DW_TAG_member || M->getOffsetInBits() % 8 ||
        M->getSizeInBits() % 8)
      return false;
    const DIType *Ty = stripTypedefs(M->getBaseType());
    if (!Ty || Ty->getSizeInBits() % 8)
      return false;
    if (Ty->getSizeInBits() == 0)
      continue; // a zero-sized field
    Members.push_back(M);
    if (!Tail || M->getOffsetInBits() > Tail->getOffsetInBits())
      Tail = M;
  }
  if (!Tail)
    return false;
  uint64_t TailOff = Tail->getOffsetInBits() / 8;
  for (const DIDerivedType *M : Members)
    if (M != Tail &&
        (M->getSizeInBits() == 0 ||
         M->getOffsetInBits() / 8 + M->getSizeInBits() / 8 > TailOff))
      return false;
  const DIType *Ty = stripTypedefs(Tail->getBaseType());
  if (Tail->getSizeInBits() == 0) {
    T.Offset = Base + TailOff;
    T.ElemSize = Ty->getSizeInBits() / 8;
    T.Elem = Ty;
    return T.ElemSize != 0;
  }
  return findSliceTail(dyn_cast<DICompositeType>(Ty), Base + TailOff, T,
                       Depth + 1);
}

PtrKind kindFromName(StringRef Name) {
  if (Name.starts_with("&mut "))
    return PtrKind::MutRef;
  if (Name.starts_with("&"))
    return PtrKind::SharedRef;
  if (Name.starts_with("*mut ") || Name.starts_with("*const "))
    return PtrKind::Raw;
  if (Name.starts_with("alloc::boxed::Box<")) {
    // Only Box with the global allocator is retagged (like rustc's noalias).
    if (Name.ends_with(", alloc::alloc::Global>"))
      return PtrKind::Box;
    return PtrKind::Raw;
  }
  return PtrKind::Unknown;
}

} // namespace

PointeeInfo classifyPointerType(const DIType *T) {
  PointeeInfo Info;
  T = stripTypedefs(T);
  if (!T)
    return Info;
  if (auto *D = dyn_cast<DIDerivedType>(T)) {
    if (D->getTag() != dwarf::DW_TAG_pointer_type &&
        D->getTag() != dwarf::DW_TAG_reference_type &&
        D->getTag() != dwarf::DW_TAG_rvalue_reference_type)
      return Info;
    Info.Kind = kindFromName(D->getName());
    if (Info.Kind == PtrKind::Unknown)
      Info.Kind = PtrKind::Raw;
    const DIType *Pointee = stripTypedefs(D->getBaseType());
    if (Pointee && !(isa<DICompositeType>(Pointee) &&
                     cast<DICompositeType>(Pointee)->isForwardDecl())) {
      Info.SizeKnown = true;
      Info.Size = bytes(Pointee);
    }
    if (Info.isReference())
      analyzePointee(Info, Pointee);
    return Info;
  }
  auto *CT = dyn_cast<DICompositeType>(T);
  if (!CT || CT->getTag() != dwarf::DW_TAG_structure_type)
    return Info;
  // Fat pointers: "&mut [T]", "&str", "&dyn Trait", "Box<[T], Global>".
  StringRef Name = CT->getName();
  PtrKind K = kindFromName(Name);
  if (K == PtrKind::Unknown || K == PtrKind::Raw)
    return Info;
  const DIDerivedType *DataPtr = nullptr;
  bool HasLength = false;
  for (const DINode *N : CT->getElements()) {
    auto *Member = dyn_cast_or_null<DIDerivedType>(N);
    if (!Member)
      continue;
    // Slices and str: data_ptr + length; dyn Trait: pointer + vtable.
    if (Member->getName() == "data_ptr" || Member->getName() == "pointer")
      DataPtr = Member;
    else if (Member->getName() == "length")
      HasLength = true;
  }
  if (!DataPtr)
    return Info;
  Info.Kind = K;
  if (!HasLength) {
    Info.IsOtherFat = true; // dyn Trait: size lives in the vtable
    return Info;
  }
  // Only real slices and str: a custom DST (`&CStr`, `&Path`, a struct with
  // a slice tail) also has data_ptr and length, but its size is not
  // length * element size.
  StringRef Pointee = Name;
  if (!Pointee.consume_front("&mut ") && !Pointee.consume_front("&"))
    Pointee = StringRef(); // Box<[T]>: not retagged as a slice anyway
  if (!(Pointee.starts_with("[") || Pointee == "str")) {
    Info.IsOtherFat = true;
    if (Pointee.empty() || !Info.isReference())
      return Info;
    const DICompositeType *PointeeCT = nullptr;
    if (auto *PD = dyn_cast_or_null<DIDerivedType>(
            stripTypedefs(DataPtr->getBaseType())))
      PointeeCT =
          dyn_cast_or_null<DICompositeType>(stripTypedefs(PD->getBaseType()));
    SliceTail Tail;
    if (!findSliceTail(PointeeCT, 0, Tail, 0))
      return Info;
    Info.IsOtherFat = false;
    Info.HasSliceTail = true;
    Info.TailOffset = Tail.Offset;
    Info.TailAlign = Tail.Align;
    Info.ElemSize = Tail.ElemSize;
    // Cells in the element make the whole value interior-mutable (their
    // ranges would depend on the length); cells in the sized prefix are
    // ranges like in any struct.
    PointeeInfo ElemInfo;
    ElemInfo.SizeKnown = true;
    ElemInfo.Size = Info.ElemSize;
    analyzePointee(ElemInfo, Tail.Elem);
    Info.NotUnpin = ElemInfo.NotUnpin;
    if (Tail.InCell || ElemInfo.AllInteriorMutable ||
        !ElemInfo.CellRanges.empty())
      Info.AllInteriorMutable = true;
    else
      analyzePointee(Info, PointeeCT);
    return Info;
  }
  Info.IsSlice = true;
  const DIType *PtrTy = stripTypedefs(DataPtr->getBaseType());
  const DIType *Elem = nullptr;
  if (auto *PD = dyn_cast_or_null<DIDerivedType>(PtrTy))
    Elem = stripTypedefs(PD->getBaseType());
  if (Pointee == "str")
    Elem = nullptr; // data_ptr is *const u8; one byte per length unit
  Info.ElemSize = Elem ? bytes(Elem) : 1;
  if (!Elem && Pointee != "str") {
    Info.IsOtherFat = true;
    Info.IsSlice = false;
    return Info;
  }
  if (Info.isReference()) {
    // Interior mutability of slices: any cell in the element type makes the
    // whole slice interior-mutable (ranges would depend on the length).
    PointeeInfo ElemInfo;
    ElemInfo.SizeKnown = true;
    ElemInfo.Size = Info.ElemSize;
    analyzePointee(ElemInfo, Elem);
    Info.NotUnpin = ElemInfo.NotUnpin;
    if (ElemInfo.AllInteriorMutable || !ElemInfo.CellRanges.empty())
      Info.AllInteriorMutable = true;
  }
  return Info;
}

PointeeInfo classifyAsMutRef(const DIType *T) {
  PointeeInfo Info = classifyPointerType(T);
  auto *D = dyn_cast_or_null<DIDerivedType>(stripTypedefs(T));
  if (Info.Kind != PtrKind::Raw || Info.isFat() || !D || !Info.SizeKnown)
    return PointeeInfo();
  Info.Kind = PtrKind::MutRef;
  analyzePointee(Info, stripTypedefs(D->getBaseType()));
  return Info;
}

bool isDropGlue(const DISubprogram *SP) {
  if (!SP || !SP->getName().starts_with("drop_in_place<"))
    return false;
  auto *Ptr = dyn_cast_or_null<DINamespace>(SP->getScope());
  auto *Core = Ptr ? dyn_cast_or_null<DINamespace>(Ptr->getScope()) : nullptr;
  return Ptr && Core && Ptr->getName() == "ptr" && Core->getName() == "core";
}

bool isStdLibrarySource(const DISubprogram *SP) {
  const DIFile *File = SP ? SP->getFile() : nullptr;
  return File && File->getDirectory().starts_with("/rustc/") &&
         File->getFilename().starts_with("library/");
}

bool isProgramVariable(const DILocalVariable *Var) {
  const DILocalScope *Scope = Var ? Var->getScope() : nullptr;
  return Scope && !isStdLibrarySource(Scope->getSubprogram());
}

// The standard library's crates, as the root namespaces of its types.
static bool isStdCrate(StringRef Name) {
  static const char *const Crates[] = {
      "core",      "alloc",   "std",         "hashbrown", "std_detect",
      "memchr",    "gimli",   "addr2line",   "object",    "miniz_oxide",
      "adler2",    "cfg_if",  "rustc_demangle", "compiler_builtins",
      "panic_unwind", "panic_abort", "unwind"};
  for (const char *C : Crates)
    if (Name == C)
      return true;
  return false;
}

// Whether T (a struct, enum, union or closure) is declared in one of the
// standard library's crates: its outermost namespace names one.
static bool isStdDefinedType(const DICompositeType *T) {
  const DIScope *S = T->getScope();
  const DINamespace *Root = nullptr;
  for (unsigned Guard = 0; S && Guard < 64; ++Guard) {
    if (auto *N = dyn_cast<DINamespace>(S))
      Root = N;
    S = S->getScope();
  }
  return Root && isStdCrate(Root->getName());
}

// Whether a value of type T holds data of a type the program defines,
// counting array elements and fields but not what pointers point to.
// Unknown shapes count as yes.
static bool holdsProgramData(const DIType *T, unsigned Depth) {
  T = stripTypedefs(T);
  if (!T || Depth > 32)
    return true;
  if (isa<DIBasicType>(T) || isa<DISubroutineType>(T))
    return false;
  if (auto *D = dyn_cast<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_pointer_type:
    case dwarf::DW_TAG_reference_type:
    case dwarf::DW_TAG_rvalue_reference_type:
    case dwarf::DW_TAG_ptr_to_member_type:
      return false;
    case dwarf::DW_TAG_member:
    case dwarf::DW_TAG_inheritance:
      return holdsProgramData(D->getBaseType(), Depth + 1);
    default:
      return true;
    }
  }
  auto *C = dyn_cast<DICompositeType>(T);
  if (!C)
    return true;
  if (C->getTag() == dwarf::DW_TAG_array_type)
    return holdsProgramData(C->getBaseType(), Depth + 1);
  if (C->getTag() != dwarf::DW_TAG_variant_part && !isStdDefinedType(C))
    return true;
  for (const DINode *E : C->getElements()) {
    if (auto *M = dyn_cast<DIType>(E)) {
      if (holdsProgramData(M, Depth + 1))
        return true;
    } else if (E) {
      return true;
    }
  }
  return false;
}

bool isStdCode(const DISubprogram *SP) {
  const DIFile *File = SP ? SP->getFile() : nullptr;
  return File && (isStdLibrarySource(SP) ||
                  File->getDirectory().starts_with("/rust/deps/"));
}

bool isStdOwnVariable(const DILocalVariable *Var) {
  const DILocalScope *Scope = Var ? Var->getScope() : nullptr;
  return Scope && isStdCode(Scope->getSubprogram()) &&
         !holdsProgramData(Var->getType(), 0);
}

bool isProgramVariableOfStdData(const DILocalVariable *Var) {
  const DILocalScope *Scope = Var ? Var->getScope() : nullptr;
  const DISubprogram *SP = Scope ? Scope->getSubprogram() : nullptr;
  return SP && SP->getFile() && !isStdCode(SP) &&
         !holdsProgramData(Var->getType(), 0);
}

bool instantiatesProgramType(const DISubprogram *SP) {
  if (!SP)
    return true;
  for (const DITemplateParameter *P : SP->getTemplateParams()) {
    auto *TP = dyn_cast_or_null<DITemplateTypeParameter>(P);
    if (!TP || holdsProgramData(TP->getType(), 0))
      return true;
  }
  return false;
}

PointeeInfo classifyPointerAt(const DIType *T, uint64_t Offset,
                              bool &IsMetadata, const DIType **PtrType) {
  IsMetadata = false;
  if (PtrType)
    *PtrType = nullptr;
  bool InMaybeDangling = false;
  for (unsigned Depth = 0; T && Depth < 16; ++Depth) {
    T = stripTypedefs(T);
    if (!T)
      break;
    PointeeInfo Info = classifyPointerType(T);
    if (Info.Kind != PtrKind::Unknown) {
      Info.InMaybeDangling = InMaybeDangling;
      if (Offset == 0) {
        if (PtrType)
          *PtrType = T;
        return Info;
      }
      if (Info.isFat() && Offset < bytes(T))
        IsMetadata = true;
      return PointeeInfo();
    }
    // Into the struct field that holds Offset (fields do not overlap).
    auto *CT = dyn_cast<DICompositeType>(T);
    if (!CT || CT->getTag() != dwarf::DW_TAG_structure_type)
      break;
    if (StringRef(qualifiedName(CT))
            .starts_with("core::mem::maybe_dangling::MaybeDangling<"))
      InMaybeDangling = true;
    const DIType *Next = nullptr;
    for (const DINode *N : CT->getElements()) {
      auto *M = dyn_cast_or_null<DIDerivedType>(N);
      if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
        continue;
      uint64_t Off = M->getOffsetInBits() / 8;
      if (Off <= Offset && Offset < Off + bytes(M->getBaseType())) {
        Next = M->getBaseType();
        Offset -= Off;
        break;
      }
    }
    T = Next;
  }
  return PointeeInfo();
}

} // namespace sbsan
