//===- suppressions.cpp - Silencing known reports -------------------------===//

#include "suppressions.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "internal_alloc.h"
#include "internal_libc.h"

namespace sbsan {

// Glob with '*' over the whole of [P, PEnd) against the whole of T.
static bool globWhole(const char *P, const char *PEnd, const char *T,
                      const char *TEnd) {
  const char *StarP = nullptr, *StarT = nullptr;
  while (T < TEnd) {
    if (P < PEnd && *P == '*') {
      StarP = ++P;
      StarT = T;
    } else if (P < PEnd && *P == *T) {
      ++P;
      ++T;
    } else if (StarP) {
      P = StarP;
      T = ++StarT;
    } else {
      return false;
    }
  }
  while (P < PEnd && *P == '*')
    ++P;
  return P == PEnd;
}

bool patternMatches(const char *Pattern, const char *Text) {
  if (!Pattern || !Text)
    return false;
  size_t PLen = strlen(Pattern);
  bool AnchorStart = PLen && Pattern[0] == '^';
  bool AnchorEnd = PLen > size_t(AnchorStart) && Pattern[PLen - 1] == '$';
  const char *P = Pattern + AnchorStart;
  const char *PEnd = Pattern + PLen - AnchorEnd;
  const char *T = Text, *TEnd = Text + strlen(Text);
  // Unanchored ends behave like a '*' there.
  if (AnchorStart && AnchorEnd)
    return globWhole(P, PEnd, T, TEnd);
  char Buf[2 * Suppressions::kMaxPattern + 4];
  size_t Len = size_t(PEnd - P);
  if (Len > 2 * Suppressions::kMaxPattern)
    return false;
  size_t N = 0;
  if (!AnchorStart)
    Buf[N++] = '*';
  internalMemmove(Buf + N, P, Len);
  N += Len;
  if (!AnchorEnd)
    Buf[N++] = '*';
  return globWhole(Buf, Buf + N, T, TEnd);
}

// Skips what may precede a path in a demangled name: '<', references,
// pointers, `dyn`/`impl`.
static const char *skipPathPrefix(const char *P) {
  for (;;) {
    if (*P == '<' || *P == '&' || *P == '*' || *P == ' ' || *P == '(' ||
        *P == '[')
      ++P;
    else if (!strncmp(P, "mut ", 4))
      P += 4;
    else if (!strncmp(P, "const ", 6))
      P += 6;
    else if (!strncmp(P, "dyn ", 4))
      P += 4;
    else if (!strncmp(P, "impl ", 5))
      P += 5;
    else
      return P;
  }
}

// Whether the path at P starts with a crate name matching Name (a glob).
static bool pathInCrate(const char *Name, const char *P) {
  P = skipPathPrefix(P);
  const char *End = P;
  while (*End && *End != ':' && *End != '[' && *End != '<' && *End != ' ' &&
         *End != '>')
    ++End;
  // A crate name is followed by "::" (or a v0 disambiguator "[hash]::").
  bool Separator = (End[0] == ':' && End[1] == ':') || End[0] == '[';
  if (End == P || !Separator)
    return false;
  return globWhole(Name, Name + strlen(Name), P, End);
}

bool crateMatches(const char *Name, const char *Function) {
  if (!Name || !Function || !*Name)
    return false;
  if (pathInCrate(Name, Function))
    return true;
  // <T as krate::Trait>::method: the impl may live in the trait's crate.
  for (const char *As = strstr(Function, " as "); As;
       As = strstr(As + 1, " as "))
    if (pathInCrate(Name, As + 4))
      return true;
  return false;
}

bool Suppressions::parse(const char *Text, char *Err, size_t ErrSize) {
  unsigned LineNo = 0;
  const char *P = Text;
  while (*P) {
    ++LineNo;
    const char *End = strchr(P, '\n');
    if (!End)
      End = P + strlen(P);
    const char *B = P, *E = End;
    P = *End ? End + 1 : End;
    while (B < E && (*B == ' ' || *B == '\t'))
      ++B;
    while (E > B && (E[-1] == ' ' || E[-1] == '\t' || E[-1] == '\r'))
      --E;
    if (B == E || *B == '#')
      continue;
    const char *Colon =
        static_cast<const char *>(memchr(B, ':', size_t(E - B)));
    RuleKind Kind;
    size_t KeyLen = Colon ? size_t(Colon - B) : 0;
    if (Colon && KeyLen == 3 && !internalMemcmp(B, "fun", 3))
      Kind = RuleKind::Function;
    else if (Colon && KeyLen == 3 && !internalMemcmp(B, "src", 3))
      Kind = RuleKind::Source;
    else if (Colon && KeyLen == 4 && !internalMemcmp(B, "kind", 4))
      Kind = RuleKind::Kind;
    else if (Colon && KeyLen == 5 && !internalMemcmp(B, "crate", 5))
      Kind = RuleKind::Crate;
    else {
      snprintf(Err, ErrSize,
               "line %u: expected fun:, src:, crate: or kind: followed by a "
               "pattern",
               LineNo);
      return false;
    }
    const char *Pat = Colon + 1;
    size_t PatLen = size_t(E - Pat);
    if (!PatLen || PatLen >= kMaxPattern) {
      snprintf(Err, ErrSize, "line %u: pattern is empty or too long", LineNo);
      return false;
    }
    if (NumRules == kMaxRules) {
      snprintf(Err, ErrSize, "line %u: more than %u rules", LineNo, kMaxRules);
      return false;
    }
    Rule &R = Rules[NumRules++];
    R.Kind = Kind;
    internalMemmove(R.Pattern, Pat, PatLen);
    R.Pattern[PatLen] = 0;
    R.Uses = 0;
  }
  return true;
}

bool Suppressions::load(const char *Path, char *Err, size_t ErrSize) {
  int Fd = open(Path, O_RDONLY | O_CLOEXEC);
  if (Fd < 0) {
    snprintf(Err, ErrSize, "cannot open %s: %s", Path, strerror(errno));
    return false;
  }
  size_t Cap = 4096, Len = 0;
  char *Buf = static_cast<char *>(internalAlloc(Cap));
  for (;;) {
    if (!Buf) {
      close(Fd);
      snprintf(Err, ErrSize, "out of memory reading %s", Path);
      return false;
    }
    if (Len + 1 == Cap) {
      Cap *= 2;
      char *New = static_cast<char *>(internalRealloc(Buf, Cap));
      if (!New)
        internalFree(Buf);
      Buf = New;
      continue;
    }
    ssize_t N = read(Fd, Buf + Len, Cap - 1 - Len);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      snprintf(Err, ErrSize, "cannot read %s: %s", Path, strerror(errno));
      internalFree(Buf);
      close(Fd);
      return false;
    }
    if (N == 0)
      break;
    Len += size_t(N);
  }
  close(Fd);
  Buf[Len] = 0;
  char Inner[256];
  bool Ok = parse(Buf, Inner, sizeof(Inner));
  if (!Ok)
    snprintf(Err, ErrSize, "%s: %s", Path, Inner);
  internalFree(Buf);
  return Ok;
}

int Suppressions::matchKind(const char *Kind) const {
  for (unsigned I = 0; I < NumRules; ++I)
    if (Rules[I].Kind == RuleKind::Kind &&
        patternMatches(Rules[I].Pattern, Kind))
      return int(I);
  return -1;
}

int Suppressions::matchFrame(const char *Function, const char *File) const {
  bool HasFunction = Function && *Function, HasFile = File && *File;
  for (unsigned I = 0; I < NumRules; ++I) {
    const Rule &R = Rules[I];
    if (R.Kind == RuleKind::Function && HasFunction &&
        patternMatches(R.Pattern, Function))
      return int(I);
    if (R.Kind == RuleKind::Source && HasFile &&
        patternMatches(R.Pattern, File))
      return int(I);
    if (R.Kind == RuleKind::Crate && HasFunction &&
        crateMatches(R.Pattern, Function))
      return int(I);
  }
  return -1;
}

void Suppressions::ruleText(unsigned Rule, char *Buf, size_t Size) const {
  static const char *const Keys[] = {"fun", "src", "kind", "crate"};
  const struct Rule &R = Rules[Rule];
  snprintf(Buf, Size, "%s:%s", Keys[unsigned(R.Kind)], R.Pattern);
}

} // namespace sbsan
