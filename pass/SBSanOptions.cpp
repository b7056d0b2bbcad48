//===- SBSanOptions.cpp - Command-line options of the SBSan pass ----------===//
//
// Defaults are what a user of scripts/sbsan-* gets. Options that switch off
// a part of the instrumentation exist to bisect a problem (a false report
// or a crash) down to one mechanism, and for the lit tests, which look at
// one mechanism at a time.
//
//===----------------------------------------------------------------------===//
#include "SBSanOptions.h"

using namespace llvm;

namespace sbsan {
namespace opts {

cl::opt<bool> InlineFastPath(
    "sbsan-inline-fast-path",
    cl::desc("Check the shadow word inline and call the runtime only when "
             "the word does not answer the access"),
    cl::Hidden, cl::init(true));

cl::opt<bool> CheckLoads("sbsan-check-loads",
                         cl::desc("Check reads (loads, atomic loads)"),
                         cl::Hidden, cl::init(true));

cl::opt<bool> CheckStores("sbsan-check-stores",
                          cl::desc("Check writes (stores, atomicrmw, cmpxchg)"),
                          cl::Hidden, cl::init(true));

cl::opt<bool> CheckMemIntrinsics(
    "sbsan-check-mem-intrinsics",
    cl::desc("Check memcpy/memmove/memset and copy their provenance"),
    cl::Hidden, cl::init(true));

cl::opt<bool> TrackProvenance(
    "sbsan-track-provenance",
    cl::desc("Record the tags of pointers stored to memory and read them "
             "back on loads (otherwise loaded pointers are wildcards)"),
    cl::Hidden, cl::init(true));

cl::opt<bool>
    TrackAllocas("sbsan-track-allocas",
                 cl::desc("Register stack allocations whose address escapes"),
                 cl::Hidden, cl::init(true));

cl::opt<bool> TrackStdAllocas(
    "sbsan-track-std-allocas",
    cl::desc("Also register escaping variables of the standard library's "
             "own code that hold no data of the program's types"),
    cl::Hidden, cl::init(false));

cl::opt<bool> RegisterGlobals(
    "sbsan-register-globals",
    cl::desc("Register the module's global variables from a constructor"),
    cl::Hidden, cl::init(true));

cl::opt<bool> RegisterConstantGlobals(
    "sbsan-register-constant-globals",
    cl::desc("Also register constant globals (read-only data)"), cl::Hidden,
    cl::init(false));

cl::opt<bool> EntryRetags(
    "sbsan-entry-retags",
    cl::desc("Retag reference parameters of Rust functions at entry, with "
             "protectors"),
    cl::Hidden, cl::init(true));

cl::opt<bool>
    ReturnRetags("sbsan-return-retags",
                 cl::desc("Retag references returned by Rust functions"),
                 cl::Hidden, cl::init(true));

cl::opt<bool> CallResultRetags(
    "sbsan-call-result-retags",
    cl::desc("Retag a &mut returned by a call in the calling Rust function "
             "when the result is only used as that reference"),
    cl::Hidden, cl::init(true));

cl::opt<bool> LoadRetags(
    "sbsan-load-retags",
    cl::desc("Retag references loaded from memory in Rust functions"),
    cl::Hidden, cl::init(true));

cl::opt<bool> DebugInfoRetags(
    "sbsan-debug-info-retags",
    cl::desc("Use debug-info types to classify pointers where attributes do "
             "not tell (e.g. at -O0)"),
    cl::Hidden, cl::init(true));

cl::opt<bool> RawEscapeRetags(
    "sbsan-raw-escape-retags",
    cl::desc("Follow every adopted Unique retag with a SharedReadWrite child "
             "that the code uses, so raw pointers leaving the function "
             "survive reads through the parent (docs/design.md section 2)"),
    cl::Hidden, cl::init(true));

cl::opt<bool> RustRetagIntrinsics(
    "sbsan-rust-retag-intrinsics",
    cl::desc("Lower rustc's __rust_retag_reg/__rust_retag_mem calls to "
             "runtime retags (and then infer no retags from attributes)"),
    cl::Hidden, cl::init(true));

cl::opt<unsigned> InlineStdLimit(
    "sbsan-inline-std-limit",
    cl::desc("Above -O0, inline Rust standard-library functions of at most "
             "this many IR instructions into their callers before "
             "instrumenting, keeping their entry retags (without protector) "
             "and return retags (0: off; docs/design.md section 5)"),
    cl::Hidden, cl::init(1000));

cl::opt<bool> FoldRetagChains(
    "sbsan-fold-retag-chains",
    cl::desc("After inlining, fold chains of retags of one range into one "
             "retag and elide shared retags under a protected shared parent "
             "(docs/design.md section 5)"),
    cl::Hidden, cl::init(true));

cl::opt<bool> ExposeAll(
    "sbsan-expose-all",
    cl::desc("Expose the tag at every ptr-to-int cast, also where the "
             "address provably never becomes a pointer again (a null or "
             "alignment test, a comparison)"),
    cl::Hidden, cl::init(false));

cl::opt<bool> RetagsWithoutChild(
    "sbsan-retags-without-child",
    cl::desc("After inlining, answer a retag whose reference dies before "
             "anything else reaches its bytes with its parent's tag where "
             "the parent is on top (docs/design.md section 5)"),
    cl::Hidden, cl::init(true));

cl::opt<bool>
    Restrict("sbsan-restrict",
             cl::desc("Check the noalias semantics of C restrict parameters"),
             cl::Hidden, cl::init(true));

cl::opt<bool> LocalProvenance(
    "sbsan-local-provenance",
    cl::desc("Keep the tags of pointers stored in non-escaping allocas in "
             "shadow allocas instead of the runtime's provenance shadow"),
    cl::Hidden, cl::init(true));

cl::opt<bool> InlinePointerLoads(
    "sbsan-inline-pointer-loads",
    cl::desc("Read the provenance shadow of 8-aligned pointer loads inline "
             "instead of calling __sbsan_load_ptr"),
    cl::Hidden, cl::init(true));

cl::opt<bool> InlineProvenanceCopies(
    "sbsan-inline-provenance-copies",
    cl::desc("Move the provenance shadow of memcpy/memmove of at most 32 "
             "bytes, 8-aligned on both sides, inline instead of calling "
             "__sbsan_copy_provenance"),
    cl::Hidden, cl::init(true));

cl::opt<bool> UnwindExits(
    "sbsan-unwind-exits",
    cl::desc("Leave the protector frame when an exception unwinds out of a "
             "function that entered one (calls that may unwind become "
             "invokes with a cleanup)"),
    cl::Hidden, cl::init(true));

cl::opt<bool> LandingPadPrune(
    "sbsan-landing-pad-prune",
    cl::desc("At each landing pad, also end the protector frames below this "
             "function's frame (frames left without their exit)"),
    cl::Hidden, cl::init(false));

cl::opt<LanguageMode> Language(
    "sbsan-language", cl::desc("Source language of the functions"),
    cl::values(clEnumValN(LanguageMode::Auto, "auto",
                          "from debug info and Rust symbol/personality hints"),
               clEnumValN(LanguageMode::Rust, "rust", "all functions are Rust"),
               clEnumValN(LanguageMode::C, "c", "all functions are C/C++")),
    cl::Hidden, cl::init(LanguageMode::Auto));

cl::opt<bool> PrintStats(
    "sbsan-stats",
    cl::desc("Print what the pass instrumented and what it skipped, per "
             "module, on stderr"),
    cl::Hidden, cl::init(false));

cl::opt<bool> Debug("sbsan-debug",
                    cl::desc("Print the pass's decisions on stderr (like "
                             "-debug-only=sbsan on a debug build of LLVM)"),
                    cl::Hidden, cl::init(false));

cl::list<std::string> SkipFunctions(
    "sbsan-skip-function",
    cl::desc("Do not instrument the function with this (mangled) name"),
    cl::Hidden, cl::CommaSeparated);

} // namespace opts
} // namespace sbsan
