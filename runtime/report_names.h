//===- report_names.h - The words reports use for the model ---------------===//
//
// A permission, a retag kind or a retag's site is named in several parts
// of a report (the operation, the history, the borrow stack). They are
// spelled in one place so that every part, and every test matching
// reports, sees the same words.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_NAMES_H
#define SBSAN_REPORT_NAMES_H

#include "borrow_stack.h"
#include "history.h"
#include "output.h"
#include "sbsan_common.h"
#include "sbsan_interface.h"

namespace sbsan {

const char *permName(Permission P);
// The permission a retag asks for (SBSAN_RETAG_* kind and flags).
const char *retagKindName(uint32_t Kind);
// ", strongly protected", ", weakly protected" or "".
const char *protectorText(uint32_t Kind);
// "heap block", "stack allocation", "global"; nullptr for other origins.
const char *rootKindName(TagOrigin O);
// "[Unique <17>]", "[SharedReadWrite <4> exposed]".
void formatItem(char *Buf, size_t Size, Item I);

// " (function-entry retag of parameter `x` in f)". The pass gives the
// function's linkage name; a mangled one is replaced by Demangled (the
// symbolized function of the retag, if known) or left out.
void printRetagSite(OutputBuffer &Out, const sbsan_retag_site *Site,
                    const char *Demangled = nullptr);

bool startsWith(const char *S, const char *Prefix);

} // namespace sbsan

#endif // SBSAN_REPORT_NAMES_H
