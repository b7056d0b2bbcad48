//===- runtime.cpp - The process-wide runtime state -----------------------===//
//
// The global objects live in static storage and are constructed by
// placement new during initialization: a global with a constructor or
// destructor would run at an unknown point relative to the first malloc
// call and to other threads still running at exit.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"
#include "threads.h"

#include "allocator.h"
#include "counters.h"
#include "internal_alloc.h"
#include "output.h"
#include "report.h"
#include "shadow_mapping.h"
#include "symbolizer.h"
#include "tags.h"

#include <new>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace sbsan {

__attribute__((visibility("hidden"))) std::atomic<int> CoreInitState{0};
static std::atomic<int> FullInitState{0};

alignas(BorrowMemory) static unsigned char MemoryStorage[sizeof(BorrowMemory)];
alignas(
    ProtectorMap) static unsigned char ProtectorStorage[sizeof(ProtectorMap)];
alignas(HistoryTable) static unsigned char HistoryStorage[sizeof(HistoryTable)];
alignas(
    Suppressions) static unsigned char SuppressionStorage[sizeof(Suppressions)];
static Flags GlobalFlags; // plain data: zero until the core sets defaults

BorrowMemory &memory() {
  return *reinterpret_cast<BorrowMemory *>(MemoryStorage);
}
ProtectorMap &protectors() {
  return *reinterpret_cast<ProtectorMap *>(ProtectorStorage);
}
HistoryTable &history() {
  return *reinterpret_cast<HistoryTable *>(HistoryStorage);
}
Suppressions &suppressions() {
  return *reinterpret_cast<Suppressions *>(SuppressionStorage);
}
const Flags &flags() { return GlobalFlags; }

static thread_local FrameStack ThreadFrames
    __attribute__((tls_model("initial-exec")));
static thread_local bool ThreadExitHookSet
    __attribute__((tls_model("initial-exec"))) = false;
static thread_local int RuntimeDepth
    __attribute__((tls_model("initial-exec"))) = 0;
static thread_local bool InCoreInit __attribute__((tls_model("initial-exec"))) =
    false;
static pthread_key_t ThreadExitKey;

RuntimeScope::RuntimeScope() { ++RuntimeDepth; }
RuntimeScope::~RuntimeScope() { --RuntimeDepth; }
bool inRuntimeScope() { return RuntimeDepth != 0; }

// Ends the thread's frames when it exits, so its protectors do not outlive
// it.
static void onThreadExit(void *) { ThreadFrames.clear(protectors()); }

FrameStack &threadFrames() {
  if (__builtin_expect(!ThreadExitHookSet, 0) &&
      FullInitState.load(std::memory_order_acquire) == 2) {
    ThreadExitHookSet = true;
    noteThread();
    RuntimeScope Scope; // pthread_setspecific may allocate
    pthread_setspecific(ThreadExitKey, reinterpret_cast<void *>(1));
  }
  return ThreadFrames;
}

void enterFrame(uptr Frame) { threadFrames().enter(Frame, protectors()); }
void exitFrame(uptr Frame) { threadFrames().exit(Frame, protectors()); }

bool ensureCoreInit() {
  if (coreReady())
    return true;
  int Expected = 0;
  if (CoreInitState.compare_exchange_strong(Expected, 1,
                                            std::memory_order_acq_rel)) {
    InCoreInit = true;
    GlobalFlags.setDefaults();
    if (!reserveShadowMemory())
      _exit(1); // the message is out; nothing can be checked without shadow
    ProtectorMap *Protectors = new (ProtectorStorage) ProtectorMap();
    BorrowMemory *Memory =
        new (MemoryStorage) BorrowMemory(ShadowAccessor::global(), *Protectors);
    if (!Memory->init())
      internalFatal("cannot reserve the borrow-stack table");
    new (HistoryStorage) HistoryTable();
    history().init(unsigned(GlobalFlags.history_size));
    new (SuppressionStorage) Suppressions();
    InCoreInit = false;
    CoreInitState.store(2, std::memory_order_release);
    return true;
  }
  if (InCoreInit)
    return false; // re-entered from our own initialization
  while (!coreReady())
    sched_yield();
  return true;
}

static void printStats() {
  char Buf[1536];
  int N = snprintf(
      Buf, sizeof(Buf),
      "==%d==StackedBorrowsSanitizer statistics:\n"
      "  tags reserved:               %lu\n"
      "  granules with own stacks:    %lu (%lu split per byte, %lu with "
      "pooled stacks; at most %lu at once)\n"
      "  runs of granules:            %lu (%lu coalesced, %lu holes "
      "taken back)\n"
      "  stack-table chunks mapped:   %lu (each for 1 MiB of memory)\n"
      "  live heap blocks:            %lu\n"
      "  live protected tags:         %lu\n"
      "  reports:                     %lu (%lu suppressed)\n"
      "  history trace words written: %lu (ring of %lu)\n"
      "  retags:                      %lu Unique, %lu SharedReadWrite, %lu "
      "SharedReadOnly (and %lu elided by the runtime)\n"
      "  retags without a new tag:    %lu\n"
      "  retags of untracked memory:  %lu\n"
      "  accesses checked at runtime: %lu\n"
      "  calls entered:               %lu\n"
      "  C library calls checked:     %lu\n"
      "  granules walked one by one:  %lu\n",
      int(getpid()), (unsigned long)tagsAllocated(),
      (unsigned long)memory().outOfLineGranules(),
      (unsigned long)memory().splitGranules(),
      (unsigned long)memory().pooledStacks(),
      (unsigned long)memory().peakOutOfLineGranules(),
      (unsigned long)memory().runs(), (unsigned long)memory().coalescedRuns(),
      (unsigned long)memory().absorbedHoles(),
      (unsigned long)memory().tableChunks(), (unsigned long)liveHeapBlocks(),
      (unsigned long)protectors().size(), (unsigned long)reportCount(),
      (unsigned long)suppressedReportCount(),
      (unsigned long)history().traces().wordsReserved(),
      (unsigned long)history().traces().size(),
      (unsigned long)eventCount(Event::RetagUnique),
      (unsigned long)eventCount(Event::RetagSharedRW),
      (unsigned long)eventCount(Event::RetagSharedRO),
      (unsigned long)eventCount(Event::RetagElided),
      (unsigned long)eventCount(Event::RetagNoChild),
      (unsigned long)eventCount(Event::RetagUntracked),
      (unsigned long)eventCount(Event::AccessRuntime),
      (unsigned long)eventCount(Event::CallEnter),
      (unsigned long)eventCount(Event::LibcCall),
      (unsigned long)eventCount(Event::GranuleStep));
  if (N > 0)
    outputWrite(Buf, size_t(N) < sizeof(Buf) ? size_t(N) : sizeof(Buf) - 1);
}

static void onExit() {
  if (GlobalFlags.print_stats)
    printStats();
  reportAtExit();
}

// A forked child has one thread; any lock another thread held at fork time
// would stay locked forever in the child, so fork waits until none is held.
// Locks are taken outermost first, in the order they nest elsewhere: a
// report reads stacks (report -> granule); granule operations consult
// protectors and record history (granule -> shard, granule -> history);
// allocator tables are leaves.
static void beforeFork() {
  lockReports();
  memory().lockAll();
  protectors().lockAll();
  history().lockAll();
  allocatorLockAll();
}
static void afterForkParent() {
  allocatorUnlockAll();
  history().unlockAll();
  protectors().unlockAll();
  memory().unlockAll();
  unlockReports();
}
static void afterForkChild() {
  afterForkParent();
  // Only this thread lives on: protectors of the others have ended.
  protectors().reset();
  ThreadFrames.reregister(protectors());
  symbolizerAfterFork();
}

static char **StartupEnvp;

void setStartupEnvironment(char **Envp) { StartupEnvp = Envp; }

const char *runtimeGetenv(const char *Name) {
  if (const char *V = getenv(Name))
    return V;
  if (!StartupEnvp)
    return nullptr;
  size_t Len = strlen(Name);
  for (char **E = StartupEnvp; *E; ++E)
    if (!strncmp(*E, Name, Len) && (*E)[Len] == '=')
      return *E + Len + 1;
  return nullptr;
}

static void failOnBadOptions(const char *What, const char *Message) {
  char Buf[1024];
  int N = snprintf(Buf, sizeof(Buf),
                   "==%d==ERROR: StackedBorrowsSanitizer: invalid %s: %s\n",
                   int(getpid()), What, Message);
  if (N > 0)
    (void)!write(2, Buf, size_t(N) < sizeof(Buf) ? size_t(N) : sizeof(Buf) - 1);
  _exit(1);
}

void initRuntime() {
  if (!ensureCoreInit())
    return;
  int Expected = 0;
  if (!FullInitState.compare_exchange_strong(Expected, 1,
                                             std::memory_order_acq_rel))
    return; // done, or being done by another thread
  RuntimeScope Scope;
  char Err[512];
  if (!parseFlags(runtimeGetenv("SBSAN_OPTIONS"), &GlobalFlags, Err,
                  sizeof(Err)))
    failOnBadOptions("SBSAN_OPTIONS", Err);
  outputInit(GlobalFlags);
  if (GlobalFlags.help)
    printFlagHelp(2);
  // Still single-threaded: the table can be replaced.
  if (!GlobalFlags.history) {
    history().destroy(); // nothing recorded from now on
  } else if (history().size() != uint64_t(1) << GlobalFlags.history_size ||
             history().frames() != unsigned(GlobalFlags.history_frames)) {
    history().destroy();
    history().init(unsigned(GlobalFlags.history_size),
                   unsigned(GlobalFlags.history_frames));
  }
  memory().setCoalescing(GlobalFlags.coalesce_fragmented ? kCoalesceGranules
                                                         : 0);
  CountingEvents.store(GlobalFlags.print_stats, std::memory_order_relaxed);
  __sbsan_elide_frozen_reborrows = GlobalFlags.elide_frozen_reborrows;
  if (!GlobalFlags.suppressions.empty() &&
      !suppressions().load(GlobalFlags.suppressions.c_str(), Err, sizeof(Err)))
    failOnBadOptions("suppressions", Err);
  pthread_key_create(&ThreadExitKey, onThreadExit);
  pthread_atfork(beforeFork, afterForkParent, afterForkChild);
  atexit(onExit);
  if (GlobalFlags.verbosity > 0) {
    char Buf[256];
    int N = snprintf(Buf, sizeof(Buf),
                     "==%d==StackedBorrowsSanitizer: initialized (shadow "
                     "xor 0x%llx, halt_on_error=%d, history=%d)\n",
                     int(getpid()), (unsigned long long)SBSAN_SHADOW_XOR,
                     int(GlobalFlags.halt_on_error), int(GlobalFlags.history));
    if (N > 0)
      outputWrite(Buf, size_t(N) < sizeof(Buf) ? size_t(N) : sizeof(Buf) - 1);
  }
  if (GlobalFlags.elide_locks)
    elideLocksIfSingleThreaded();
  FullInitState.store(2, std::memory_order_release);
}

} // namespace sbsan
