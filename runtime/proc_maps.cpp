//===- proc_maps.cpp - Reading /proc/self/maps without malloc -------------===//

#include "proc_maps.h"

#include "internal_libc.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

namespace sbsan {

static uptr parseHex(const char *&P, const char *End) {
  uptr V = 0;
  for (; P < End; ++P) {
    char C = *P;
    if (C >= '0' && C <= '9')
      V = V * 16 + uptr(C - '0');
    else if (C >= 'a' && C <= 'f')
      V = V * 16 + uptr(C - 'a' + 10);
    else
      break;
  }
  return V;
}

bool findMapping(uptr Addr, uptr *Begin, uptr *End) {
  int Fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return false;
  char Buf[4096];
  size_t Have = 0;
  bool Found = false;
  for (;;) {
    ssize_t N = read(Fd, Buf + Have, sizeof(Buf) - Have);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Have += size_t(N);
    // Parse every complete line; keep a partial one for the next read.
    char *LineBegin = Buf;
    char *BufEnd = Buf + Have;
    for (;;) {
      char *NewLine = static_cast<char *>(
          memchr(LineBegin, '\n', size_t(BufEnd - LineBegin)));
      if (!NewLine)
        break;
      const char *P = LineBegin;
      uptr B = parseHex(P, NewLine);
      if (P < NewLine && *P == '-') {
        ++P;
        uptr E = parseHex(P, NewLine);
        if (Addr >= B && Addr < E) {
          *Begin = B;
          *End = E;
          Found = true;
          break;
        }
      }
      LineBegin = NewLine + 1;
    }
    if (Found)
      break;
    Have = size_t(BufEnd - LineBegin);
    if (Have == sizeof(Buf))
      Have = 0; // an absurdly long line: drop it
    internalMemmove(Buf, LineBegin, Have);
  }
  close(Fd);
  return Found;
}

} // namespace sbsan
