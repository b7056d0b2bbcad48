//===- DebugInfoTypes.h - Rust pointer kinds and layouts from debug info --===//
//
// Where IR attributes do not say what a pointer is (always at -O0, and for
// returns, loads, Box and slices at every level), the debug-info type of the
// variable holding it does: rustc names pointer types "&mut T", "&T",
// "*mut T", "alloc::boxed::Box<T, alloc::alloc::Global>", and fat pointers
// are structs "&mut [T]" / "&str" with data_ptr and length members. The
// pointee's composite type shows where UnsafeCell lives (interior
// mutability) and whether the type is !Unpin.
//
// Everything here errs towards "unknown" or "more interior mutability",
// which makes the pass retag less or more permissively, never more strictly.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PASS_DEBUGINFOTYPES_H
#define SBSAN_PASS_DEBUGINFOTYPES_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <utility>

namespace llvm {
class DIType;
class DISubprogram;
class DILocalVariable;
} // namespace llvm

namespace sbsan {

enum class PtrKind { Unknown, Raw, SharedRef, MutRef, Box };

struct PointeeInfo {
  PtrKind Kind = PtrKind::Unknown;
  // Thin pointers: the pointee's size in bytes.
  bool SizeKnown = false;
  uint64_t Size = 0;
  // Slice and str pointers (data_ptr + length): bytes per element.
  bool IsSlice = false;
  uint64_t ElemSize = 0;
  // A struct whose last field is a slice or str (`&mut Header<[T]>`,
  // `&Path`-like wrappers): its size is TailOffset + length * ElemSize,
  // rounded up to TailAlign. IsSlice stays false.
  bool HasSliceTail = false;
  uint64_t TailOffset = 0;
  uint64_t TailAlign = 1;
  // Other fat pointers (dyn Trait, tails the pass cannot size): the pass
  // does not retag them.
  bool IsOtherFat = false;
  // The pointee is (probably) !Unpin: &mut to it is not Unique.
  bool NotUnpin = false;
  // Interior mutability: every byte, or these (offset, length) ranges.
  bool AllInteriorMutable = false;
  // The pointer lies inside a MaybeDangling (classifyPointerAt): the model
  // does not retag it, whatever attributes rustc gives it.
  bool InMaybeDangling = false;
  llvm::SmallVector<std::pair<uint64_t, uint64_t>, 4> CellRanges;

  // A pointer with metadata (slice length, vtable): its pointee's size is
  // only known at run time.
  bool isFat() const { return IsSlice || HasSliceTail || IsOtherFat; }

  bool isReference() const {
    return Kind == PtrKind::SharedRef || Kind == PtrKind::MutRef ||
           Kind == PtrKind::Box;
  }
};

// Classifies the debug-info type of a variable that holds a pointer (thin or
// fat). Kind stays Unknown for anything that is not a Rust pointer type.
PointeeInfo classifyPointerType(const llvm::DIType *T);
// A thin raw pointer type classified as `&mut` to its pointee (the
// parameter of drop glue, which the model retags like `&mut T`); Kind is
// Unknown for anything else.
PointeeInfo classifyAsMutRef(const llvm::DIType *T);
// Whether SP is drop glue (`core::ptr::drop_in_place::<T>`).
bool isDropGlue(const llvm::DISubprogram *SP);
// Whether SP's source is the standard library's (rustc's `library/`).
bool isStdLibrarySource(const llvm::DISubprogram *SP);
// Whether Var is a variable of the program's own code: not one of the
// standard library's, wherever that code was inlined.
bool isProgramVariable(const llvm::DILocalVariable *Var);
// Whether Var is a variable of the standard library's code or of the crates
// it vendors (rustc's `/rust/deps/`), whose value holds no data of a type
// the program defines (looking through arrays and fields, not pointers).
bool isStdOwnVariable(const llvm::DILocalVariable *Var);
// Whether SP is code of the standard library or of a crate it vendors.
bool isStdCode(const llvm::DISubprogram *SP);
// Whether Var is a variable of the program's own code whose value holds no
// data of a type the program defines.
bool isProgramVariableOfStdData(const llvm::DILocalVariable *Var);
// Whether a type parameter of SP (a generic function's instantiation)
// holds data of a type the program defines, a closure of it included.
bool instantiatesProgramType(const llvm::DISubprogram *SP);

// The pointer (thin or fat) of a variable of type T that contains byte
// Offset, looking through the fields of wrapper structs (`Pin<&mut T>`, a
// pair of references). IsMetadata is set when Offset is inside a fat
// pointer but not at its data pointer (its length or vtable). Kind is
// Unknown when no pointer is found there. *PtrType (if not null) is set to
// the pointer's own type when one starts at Offset.
PointeeInfo classifyPointerAt(const llvm::DIType *T, uint64_t Offset,
                              bool &IsMetadata,
                              const llvm::DIType **PtrType = nullptr);

// "core::cell::UnsafeCell<i32>" for a composite named "UnsafeCell<i32>" in
// namespace core::cell.
std::string qualifiedName(const llvm::DIType *T);

// Strips typedefs and cv-qualifiers.
const llvm::DIType *stripTypedefs(const llvm::DIType *T);

} // namespace sbsan

#endif
