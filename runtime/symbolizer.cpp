//===- symbolizer.cpp - Turning code addresses into function and line -----===//

#include "symbolizer.h"

#include "internal_libc.h"

#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

namespace sbsan {

namespace {

struct SymbolizerProcess {
  bool Tried = false; // a start was attempted (do not retry after failure)
  pid_t Pid = -1;
  int ToChild = -1;
  int FromChild = -1;
};

SymbolizerProcess Proc;
char ExePath[1024];

// Copies as much of Src as fits (names can be longer than our buffers).
void copyString(char *Dst, size_t Size, const char *Src) {
  size_t Len = strlen(Src);
  if (Len >= Size)
    Len = Size - 1;
  internalMemmove(Dst, Src, Len);
  Dst[Len] = 0;
}

// --- Modules -------------------------------------------------------------

struct ModuleQuery {
  uptr Pc;
  FrameInfo *Out;
};

int findModule(struct dl_phdr_info *Info, size_t, void *Data) {
  auto *Q = static_cast<ModuleQuery *>(Data);
  for (int I = 0; I < Info->dlpi_phnum; ++I) {
    const ElfW(Phdr) &Ph = Info->dlpi_phdr[I];
    if (Ph.p_type != PT_LOAD)
      continue;
    uptr Begin = Info->dlpi_addr + Ph.p_vaddr;
    if (Q->Pc < Begin || Q->Pc >= Begin + Ph.p_memsz)
      continue;
    const char *Name = Info->dlpi_name;
    if (!Name || !*Name) {
      // The main executable.
      if (!ExePath[0]) {
        ssize_t N = readlink("/proc/self/exe", ExePath, sizeof(ExePath) - 1);
        ExePath[N > 0 ? N : 0] = 0;
      }
      Name = ExePath;
    }
    copyString(Q->Out->Module, sizeof(Q->Out->Module), Name);
    Q->Out->ModuleOffset = Q->Pc - Info->dlpi_addr;
    Q->Out->HasModule = true;
    return 1;
  }
  return 0;
}

// --- The child process ---------------------------------------------------

bool executable(const char *Path) { return access(Path, X_OK) == 0; }

// Looks Name up on PATH into Out.
bool searchPath(const char *Name, char *Out, size_t OutSize) {
  const char *Path = getenv("PATH");
  if (!Path)
    return false;
  while (*Path) {
    const char *Colon = strchr(Path, ':');
    size_t Len = Colon ? size_t(Colon - Path) : strlen(Path);
    if (Len && int(Len) < 900) {
      snprintf(Out, OutSize, "%.*s/%s", int(Len), Path, Name);
      if (executable(Out))
        return true;
    }
    if (!Colon)
      break;
    Path = Colon + 1;
  }
  return false;
}

bool findSymbolizer(const Flags &F, char *Out, size_t OutSize) {
  if (!F.external_symbolizer_path.empty()) {
    snprintf(Out, OutSize, "%s", F.external_symbolizer_path.c_str());
    return executable(Out);
  }
  if (searchPath("llvm-symbolizer-22", Out, OutSize))
    return true;
  snprintf(Out, OutSize, "/usr/lib/llvm-22/bin/llvm-symbolizer");
  if (executable(Out))
    return true;
  return searchPath("llvm-symbolizer", Out, OutSize);
}

void stopSymbolizer() {
  if (Proc.ToChild >= 0)
    close(Proc.ToChild);
  if (Proc.FromChild >= 0)
    close(Proc.FromChild);
  if (Proc.Pid > 0) {
    kill(Proc.Pid, SIGKILL);
    waitpid(Proc.Pid, nullptr, 0);
  }
  Proc.ToChild = Proc.FromChild = -1;
  Proc.Pid = -1;
}

bool startSymbolizer(const Flags &F) {
  if (Proc.Pid > 0)
    return true;
  if (Proc.Tried)
    return false;
  Proc.Tried = true;
  char Path[FlagString::kCapacity];
  if (!findSymbolizer(F, Path, sizeof(Path)))
    return false;
  int In[2], Out[2];
  if (pipe2(In, O_CLOEXEC))
    return false;
  if (pipe2(Out, O_CLOEXEC)) {
    close(In[0]);
    close(In[1]);
    return false;
  }
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_adddup2(&Actions, In[0], 0);
  posix_spawn_file_actions_adddup2(&Actions, Out[1], 1);
  char Demangle[] = "--demangle", Inlines[] = "--inlines",
       Functions[] = "--functions=linkage";
  char *Argv[] = {Path, Demangle, Inlines, Functions, nullptr};
  pid_t Pid;
  int Err = posix_spawn(&Pid, Path, &Actions, nullptr, Argv, environ);
  posix_spawn_file_actions_destroy(&Actions);
  close(In[0]);
  close(Out[1]);
  if (Err) {
    close(In[1]);
    close(Out[0]);
    return false;
  }
  Proc.Pid = Pid;
  Proc.ToChild = In[1];
  Proc.FromChild = Out[0];
  return true;
}

// Writes all of Data; a dead child must not kill us with SIGPIPE.
bool writeAll(int Fd, const char *Data, size_t Size) {
  sigset_t Block, Old;
  sigemptyset(&Block);
  sigaddset(&Block, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &Block, &Old);
  bool Ok = true;
  bool GotPipe = false;
  while (Size) {
    ssize_t N = write(Fd, Data, Size);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      GotPipe = errno == EPIPE;
      Ok = false;
      break;
    }
    Data += N;
    Size -= size_t(N);
  }
  if (GotPipe && !sigismember(&Old, SIGPIPE)) {
    // Swallow the SIGPIPE we caused before unblocking it.
    struct timespec Zero = {0, 0};
    sigtimedwait(&Block, nullptr, &Zero);
  }
  pthread_sigmask(SIG_SETMASK, &Old, nullptr);
  return Ok;
}

// Reads until an empty line ends the answer. Returns its length or -1.
long readAnswer(char *Buf, size_t Size) {
  size_t Len = 0;
  for (;;) {
    if (Len >= 2 && Buf[Len - 1] == '\n' && Buf[Len - 2] == '\n')
      break;
    if (Len + 1 >= Size)
      return -1;
    struct pollfd P = {Proc.FromChild, POLLIN, 0};
    int R = poll(&P, 1, 10000);
    if (R < 0 && errno == EINTR)
      continue;
    if (R <= 0)
      return -1; // the symbolizer hangs
    ssize_t N = read(Proc.FromChild, Buf + Len, Size - 1 - Len);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return -1;
    Len += size_t(N);
  }
  Buf[Len] = 0;
  return long(Len);
}

// Parses "file:line:col" (file may contain ':').
void parseLocation(const char *Text, FrameInfo *Out) {
  Out->File[0] = 0;
  Out->Line = Out->Column = 0;
  if (!strncmp(Text, "??", 2))
    return;
  const char *LastColon = strrchr(Text, ':');
  if (!LastColon)
    return;
  const char *Colon = LastColon;
  unsigned A = unsigned(strtoul(LastColon + 1, nullptr, 10));
  unsigned B = 0;
  bool HasColumn = false;
  // Walk back to see whether there is a second number (line:col).
  const char *Prev = LastColon;
  while (Prev > Text && Prev[-1] >= '0' && Prev[-1] <= '9')
    --Prev;
  if (Prev > Text && Prev[-1] == ':' && Prev < LastColon) {
    B = unsigned(strtoul(Prev, nullptr, 10));
    Colon = Prev - 1;
    HasColumn = true;
  }
  Out->Line = HasColumn ? B : A;
  Out->Column = HasColumn ? A : 0;
  size_t FileLen = size_t(Colon - Text);
  if (FileLen >= sizeof(Out->File))
    FileLen = sizeof(Out->File) - 1;
  internalMemmove(Out->File, Text, FileLen);
  Out->File[FileLen] = 0;
}

} // namespace

unsigned symbolizePc(uptr Pc, bool IsExactPc, FrameInfo *Out, unsigned Max,
                     const Flags &F) {
  if (!Max)
    return 0;
  FrameInfo &First = Out[0];
  First.Pc = Pc;
  First.Module[0] = First.Function[0] = First.File[0] = 0;
  First.HasModule = false;
  First.ModuleOffset = 0;
  First.Line = First.Column = 0;
  // A return address points after the call; look up the call itself.
  ModuleQuery Q = {IsExactPc ? Pc : Pc - 1, &First};
  dl_iterate_phdr(findModule, &Q);
  // findModule stored the offset of the looked-up address; show Pc's own.
  uptr LookupOffset = First.ModuleOffset;
  First.ModuleOffset += Pc - Q.Pc;
  if (!First.HasModule || !F.symbolize || !startSymbolizer(F))
    return 1;
  char Request[1200];
  int N = snprintf(Request, sizeof(Request), "\"%s\" 0x%lx\n", First.Module,
                   (unsigned long)LookupOffset);
  static char Answer[16384];
  long Len;
  if (N <= 0 || size_t(N) >= sizeof(Request) ||
      !writeAll(Proc.ToChild, Request, size_t(N)) ||
      (Len = readAnswer(Answer, sizeof(Answer))) < 0) {
    stopSymbolizer(); // broken: do not try again
    return 1;
  }
  // Pairs of lines (function, location) up to the empty line.
  unsigned Count = 0;
  char *Line = Answer;
  while (Count < Max) {
    char *End1 = strchr(Line, '\n');
    if (!End1 || End1 == Line)
      break;
    *End1 = 0;
    char *Loc = End1 + 1;
    char *End2 = strchr(Loc, '\n');
    if (!End2)
      break;
    *End2 = 0;
    FrameInfo &Fr = Out[Count];
    if (Count) {
      Fr.Pc = Pc;
      copyString(Fr.Module, sizeof(Fr.Module), First.Module);
      Fr.ModuleOffset = First.ModuleOffset;
      Fr.HasModule = true;
    }
    if (strcmp(Line, "??"))
      copyString(Fr.Function, sizeof(Fr.Function), Line);
    else
      Fr.Function[0] = 0;
    parseLocation(Loc, &Fr);
    ++Count;
    Line = End2 + 1;
  }
  return Count ? Count : 1;
}

bool symbolizeData(uptr Addr, DataInfo *Out, const Flags &F) {
  *Out = DataInfo();
  FrameInfo Module; // only its module fields are used
  ModuleQuery Q = {Addr, &Module};
  dl_iterate_phdr(findModule, &Q);
  if (!Module.HasModule || !F.symbolize || !startSymbolizer(F))
    return false;
  char Request[1200];
  int N = snprintf(Request, sizeof(Request), "DATA \"%s\" 0x%lx\n",
                   Module.Module, (unsigned long)Module.ModuleOffset);
  static char Answer[4096];
  long Len;
  if (N <= 0 || size_t(N) >= sizeof(Request) ||
      !writeAll(Proc.ToChild, Request, size_t(N)) ||
      (Len = readAnswer(Answer, sizeof(Answer))) < 0) {
    stopSymbolizer();
    return false;
  }
  // "name\nstart size\n[file:line\n]\n"; "??" and "0 0" when unknown.
  char *Name = Answer;
  char *End = strchr(Name, '\n');
  if (!End)
    return false;
  *End = 0;
  char *Range = End + 1;
  char *RangeEnd = strchr(Range, '\n');
  if (!RangeEnd)
    return false;
  *RangeEnd = 0;
  if (!strcmp(Name, "??") || !*Name)
    return false;
  char *SizeText = nullptr;
  unsigned long Start = strtoul(Range, &SizeText, 10);
  unsigned long Size = strtoul(SizeText, nullptr, 10);
  uptr Bias = Addr - Module.ModuleOffset;
  copyString(Out->Name, sizeof(Out->Name), Name);
  Out->Start = Bias + Start;
  Out->Size = Size;
  char *Loc = RangeEnd + 1;
  char *LocEnd = strchr(Loc, '\n');
  if (LocEnd && LocEnd != Loc) {
    *LocEnd = 0;
    FrameInfo Where;
    parseLocation(Loc, &Where);
    copyString(Out->File, sizeof(Out->File), Where.File);
    Out->Line = Where.Line;
  }
  // A symbol without a size ends where the debug info does not say: only
  // trust it for the exact start address.
  return Size ? Addr >= Out->Start && Addr < Out->Start + Size
              : Addr == Out->Start;
}

void symbolizerAfterFork() {
  // The pipes belong to the parent's conversation; drop our copies.
  if (Proc.ToChild >= 0)
    close(Proc.ToChild);
  if (Proc.FromChild >= 0)
    close(Proc.FromChild);
  Proc = SymbolizerProcess();
}

} // namespace sbsan
