//===- Restrict.cpp - C restrict parameters (noalias) ---------------------===//
//
// clang marks `T *restrict p` parameters `noalias`. LLVM's meaning: during
// the call, memory that is modified and accessed through p (or a pointer
// based on p) is not accessed through any pointer not based on p. Reads
// alone never conflict: f(a, a) with two restrict parameters that only
// read is fine.
//
// A Unique retag at entry would be wrong (the second of two read-only
// restrict aliases would invalidate the first). Instead each restrict
// parameter gets, from the runtime hook __sbsan_retag_restrict, a
// fresh protected tag r with no items yet. The runtime creates r's items
// lazily, per byte, on the first access through r: a read adds a
// SharedReadOnly item (a read access by the parent), a write replaces r's
// item by a Unique one (a write access by the parent, which pops every
// item above the parent, including other restrict tags' items: reported if
// they are protected, i.e. the other pointer accessed the byte during the
// call). Later, any access through a pointer not based on r to a byte r
// wrote disables or pops r's protected Unique and is reported; a read
// through another pointer of a byte r only read leaves r's SharedReadOnly
// alone. This is exactly "a write through p to memory also accessed during
// the call through a pointer not based on p", in either order.
//
// Pointers based on r carry r (tags flow through SSA and memory like any
// other), so accesses through them never conflict with r. On by default
// for C and C++ functions (-sbsan-restrict).
//
//===----------------------------------------------------------------------===//
#include "FunctionInstrumenter.h"
#include "SBSanOptions.h"
#include "SBSanStats.h"

#define DEBUG_TYPE "sbsan"

using namespace llvm;

namespace sbsan {

void FunctionInstrumenter::emitRestrictRetags() {
  SmallVector<Argument *, 4> Restricts;
  for (Argument &A : F.args())
    if (isTrackedPointer(A.getType()) && A.hasNoAliasAttr() &&
        !isNotALentReference(A))
      Restricts.push_back(&A);
  if (Restricts.empty())
    return;
  ensureFrame();
  IRBuilder<> B(H.Ctx);
  atEntry(B);
  for (Argument *A : Restricts) {
    std::string What = describeArg(*A) + " (restrict)";
    Constant *Site = H.retagSite(F, What, SBSAN_ORIGIN_RESTRICT);
    Value *Parent = getTag(A);
    Tags[A] = B.CreateCall(H.get(Hook::RetagRestrict), {A, Parent, Site},
                           "sbsan.restrict");
    ++stats::NumRestrictRetags;
  }
}

} // namespace sbsan
