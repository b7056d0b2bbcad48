//===- output.cpp - Where reports go --------------------------------------===//

#include "output.h"

#include "internal_libc.h"
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace sbsan {

static const char *LogPath = nullptr; // null: use OutputFd as is
static int OutputFd = 2;
static int OutputPid = 0; // the process that opened OutputFd
static bool ColorEnabled = false;
static ColorMode Color = ColorMode::Auto;

void outputInit(const Flags &F) {
  Color = F.color;
  const char *Path = F.log_path.c_str();
  if (!*Path || !strcmp(Path, "stderr")) {
    OutputFd = 2;
    LogPath = nullptr;
  } else if (!strcmp(Path, "stdout")) {
    OutputFd = 1;
    LogPath = nullptr;
  } else {
    LogPath = Path;
    OutputFd = -1; // opened on first write, per process
  }
  if (Color == ColorMode::Always)
    ColorEnabled = true;
  else if (Color == ColorMode::Never || LogPath)
    ColorEnabled = false;
  else {
    const char *Term = runtimeGetenv("TERM");
    ColorEnabled = isatty(OutputFd) && !(Term && !strcmp(Term, "dumb"));
  }
}

bool outputColorEnabled() { return ColorEnabled; }

static int outputFd() {
  if (!LogPath)
    return OutputFd;
  int Pid = int(getpid());
  if (OutputFd >= 0 && OutputPid == Pid)
    return OutputFd;
  if (OutputFd >= 0)
    close(OutputFd); // inherited from the parent across fork
  char Name[FlagString::kCapacity + 32];
  snprintf(Name, sizeof(Name), "%s.%d", LogPath, Pid);
  OutputFd = open(Name, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  OutputPid = Pid;
  if (OutputFd < 0) {
    char Msg[FlagString::kCapacity + 128];
    int N = snprintf(Msg, sizeof(Msg),
                     "==%d==ERROR: StackedBorrowsSanitizer: cannot open log "
                     "file %s: %s; writing to stderr\n",
                     Pid, Name, strerror(errno));
    if (N > 0)
      (void)!write(2, Msg,
                   size_t(N) < sizeof(Msg) ? size_t(N) : sizeof(Msg) - 1);
    LogPath = nullptr;
    OutputFd = 2;
  }
  return OutputFd;
}

void outputWrite(const char *Data, size_t Size) {
  int Fd = outputFd();
  while (Size) {
    ssize_t N = write(Fd, Data, Size);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return;
    Data += N;
    Size -= size_t(N);
  }
}

void OutputBuffer::printf(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  char Line[4096];
  int N = vsnprintf(Line, sizeof(Line), Format, Args);
  va_end(Args);
  if (N < 0)
    return;
  if (size_t(N) >= sizeof(Line))
    N = sizeof(Line) - 1;
  if (Len + size_t(N) > kCapacity)
    flush();
  internalMemmove(Buf + Len, Line, size_t(N));
  Len += size_t(N);
}

void OutputBuffer::append(const char *Text) { printf("%s", Text); }

void OutputBuffer::flush() {
  outputWrite(Buf, Len);
  Len = 0;
}

const char *OutputBuffer::red() const {
  return ColorEnabled ? "\033[1m\033[31m" : "";
}
const char *OutputBuffer::green() const {
  return ColorEnabled ? "\033[1m\033[32m" : "";
}
const char *OutputBuffer::blue() const {
  return ColorEnabled ? "\033[1m\033[34m" : "";
}
const char *OutputBuffer::magenta() const {
  return ColorEnabled ? "\033[1m\033[35m" : "";
}
const char *OutputBuffer::bold() const { return ColorEnabled ? "\033[1m" : ""; }
const char *OutputBuffer::reset() const {
  return ColorEnabled ? "\033[0m" : "";
}

} // namespace sbsan
