//===- runtime.h - The process-wide runtime state -------------------------===//
//
// The objects every entry point needs (the borrow memory, live protectors,
// history, options) exist once per process. They are built in two steps:
//  - core: shadow reservation and tables. Runs on the first malloc call or
//    at __sbsan_init, whichever comes first (the dynamic loader may call
//    malloc before any initializer), and needs nothing from libc but mmap.
//  - full: options, log file, thread-exit and fork hooks, exit handling.
//    Runs from __sbsan_init (.preinit_array or a module constructor).
// Until the core exists, entry points do nothing (everything is untracked).
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_RUNTIME_H
#define SBSAN_RUNTIME_H

#include "borrow_memory.h"
#include "flags.h"
#include "history.h"
#include "protectors.h"
#include "sbsan_common.h"
#include "suppressions.h"

#include <atomic>

namespace sbsan {

// 2 once the core is built. Hidden: the fast paths load it without a GOT.
extern std::atomic<int> CoreInitState __attribute__((visibility("hidden")));

SBSAN_ALWAYS_INLINE bool coreReady() {
  return CoreInitState.load(std::memory_order_acquire) == 2;
}
// Builds the core if needed. Returns false when it is not usable yet (the
// caller is inside core initialization itself): treat memory as untracked.
bool ensureCoreInit();
// __sbsan_init: core, then options and hooks. Idempotent.
void initRuntime();
// .preinit_array functions run before libc has set up environ; they get
// the environment as an argument and hand it over here.
void setStartupEnvironment(char **Envp);
// getenv that also works during .preinit_array.
const char *runtimeGetenv(const char *Name);

BorrowMemory &memory();
ProtectorMap &protectors();
HistoryTable &history();
Suppressions &suppressions();
const Flags &flags();

// This thread's protector frames.
FrameStack &threadFrames();
// A call with its frame at Frame starts or returns on this thread
// (FrameStack::enter/exit on threadFrames(), in one call).
void enterFrame(uptr Frame);
void exitFrame(uptr Frame);

// Called by entry points that may consult protectors: the caller's frame is
// above Bp, so this thread's frames at or below Bp have ended.
SBSAN_ALWAYS_INLINE void pruneDeadFrames(uptr Bp) {
  threadFrames().pruneAtOrBelow(Bp, protectors());
}

// While alive on a thread, malloc & co. called on that thread (from libc
// functions the runtime uses) are passed to libc untracked.
class RuntimeScope {
public:
  RuntimeScope();
  ~RuntimeScope();
  RuntimeScope(const RuntimeScope &) = delete;
  RuntimeScope &operator=(const RuntimeScope &) = delete;
};
bool inRuntimeScope();

// Checks an access of Size bytes at A through tag T, made by the code that
// called the runtime entry point whose return address is Pc and frame
// address Bp, records what it invalidates, and reports (naming Function,
// a C library function acting for its caller, if given) if the model
// refuses it.
void checkAccess(uptr A, uptr Size, Tag T, AccessKind Kind, uptr Pc, uptr Bp,
                 const char *Function = nullptr);

} // namespace sbsan

#endif // SBSAN_RUNTIME_H
