//===- report_names.cpp - The words reports use for the model -------------===//
//
// See report_names.h.
//
//===----------------------------------------------------------------------===//

#include "report_names.h"

#include "report.h"

#include <stdio.h>
#include <string.h>

namespace sbsan {

const char *permName(Permission P) {
  switch (P) {
  case Permission::Unique:
    return "Unique";
  case Permission::SharedReadWrite:
    return "SharedReadWrite";
  case Permission::SharedReadOnly:
    return "SharedReadOnly";
  case Permission::Disabled:
    return "Disabled";
  }
  return "?";
}

const char *retagKindName(uint32_t Kind) {
  if (Kind & kRetagMixedFlag)
    return "SharedReadOnly/SharedReadWrite (interior mutability)";
  switch (Kind & SBSAN_RETAG_KIND_MASK) {
  case SBSAN_RETAG_UNIQUE:
    return "Unique";
  case SBSAN_RETAG_SHARED_RW:
    return "SharedReadWrite";
  case SBSAN_RETAG_SHARED_RO:
    return "SharedReadOnly";
  }
  return "unknown";
}

const char *protectorText(uint32_t Kind) {
  if (Kind & SBSAN_RETAG_PROTECT_STRONG)
    return ", strongly protected";
  if (Kind & SBSAN_RETAG_PROTECT_WEAK)
    return ", weakly protected";
  return "";
}

const char *rootKindName(TagOrigin O) {
  switch (O) {
  case TagOrigin::HeapRoot:
    return "heap block";
  case TagOrigin::StackRoot:
    return "stack allocation";
  case TagOrigin::GlobalRoot:
    return "global";
  default:
    return nullptr;
  }
}

void formatItem(char *Buf, size_t Size, Item I) {
  snprintf(Buf, Size, "[%s <%lu>%s]", permName(I.perm()),
           (unsigned long)I.tag(), I.exposed() ? " exposed" : "");
}

static const char *originName(uint32_t Origin) {
  switch (Origin) {
  case SBSAN_ORIGIN_FN_ENTRY:
    return "function-entry retag";
  case SBSAN_ORIGIN_RETURN:
    return "retag of a returned reference";
  case SBSAN_ORIGIN_LOAD:
    return "retag of a reference loaded from memory";
  case SBSAN_ORIGIN_RAW:
    return "raw pointer leaving its function";
  case SBSAN_ORIGIN_RUST_RETAG:
    return "rustc retag";
  case SBSAN_ORIGIN_RESTRICT:
    return "restrict retag";
  case SBSAN_ORIGIN_STACK_VAR:
    return "stack variable";
  }
  return "retag";
}

bool startsWith(const char *S, const char *Prefix) {
  return !strncmp(S, Prefix, strlen(Prefix));
}

void printRetagSite(OutputBuffer &Out, const sbsan_retag_site *Site,
                    const char *Demangled) {
  if (!Site)
    return;
  Out.printf(" (%s", originName(Site->origin));
  // "function-entry retag of parameter `x`", "retag of a returned
  // reference: return value".
  if (Site->what && Site->what[0])
    Out.printf("%s%s", startsWith(Site->what, "parameter") ? " of " : ": ",
               Site->what);
  const char *Fn = Site->function;
  bool Mangled = Fn && (!strncmp(Fn, "_Z", 2) || !strncmp(Fn, "_R", 2));
  if (Mangled || !Fn || !Fn[0])
    Fn = Demangled;
  if (Fn && Fn[0])
    Out.printf(" in %s", Fn);
  Out.append(")");
}

} // namespace sbsan
