//===- flags.cpp - Run-time options (SBSAN_OPTIONS) -----------------------===//

#include "flags.h"

#include "internal_libc.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

namespace sbsan {

namespace {

bool isSeparator(char C) {
  return C == ':' || C == ',' || C == ' ' || C == '\t' || C == '\n' ||
         C == '\r';
}

// A non-owning view of the option text.
struct Text {
  const char *Data;
  size_t Size;
  bool is(const char *S) const {
    return strlen(S) == Size && internalMemcmp(Data, S, Size) == 0;
  }
};

bool parseValue(Text V, bool *Out) {
  if (V.is("1") || V.is("true") || V.is("yes")) {
    *Out = true;
    return true;
  }
  if (V.is("0") || V.is("false") || V.is("no")) {
    *Out = false;
    return true;
  }
  return false;
}

bool parseValue(Text V, int *Out) {
  size_t I = 0;
  bool Negative = false;
  if (I < V.Size && (V.Data[I] == '-' || V.Data[I] == '+'))
    Negative = V.Data[I++] == '-';
  unsigned Base = 10;
  if (I + 1 < V.Size && V.Data[I] == '0' &&
      (V.Data[I + 1] == 'x' || V.Data[I + 1] == 'X')) {
    Base = 16;
    I += 2;
  }
  if (I == V.Size)
    return false;
  long long Value = 0;
  for (; I < V.Size; ++I) {
    char C = V.Data[I];
    unsigned Digit;
    if (C >= '0' && C <= '9')
      Digit = unsigned(C - '0');
    else if (Base == 16 && C >= 'a' && C <= 'f')
      Digit = unsigned(C - 'a' + 10);
    else if (Base == 16 && C >= 'A' && C <= 'F')
      Digit = unsigned(C - 'A' + 10);
    else
      return false;
    if (Digit >= Base)
      return false;
    Value = Value * Base + Digit;
    if (Value > (long long)INT_MAX + 1)
      return false;
  }
  if (Negative)
    Value = -Value;
  if (Value > INT_MAX || Value < INT_MIN)
    return false;
  *Out = int(Value);
  return true;
}

bool parseValue(Text V, FlagString *Out) {
  if (V.Size >= FlagString::kCapacity)
    return false;
  internalMemmove(Out->Value, V.Data, V.Size);
  Out->Value[V.Size] = 0;
  return true;
}

bool parseValue(Text V, ColorMode *Out) {
  if (V.is("auto"))
    *Out = ColorMode::Auto;
  else if (V.is("always"))
    *Out = ColorMode::Always;
  else if (V.is("never"))
    *Out = ColorMode::Never;
  else
    return false;
  return true;
}

// Range checks beyond the type.
bool valueInRange(const Flags &F, Text Key) {
  if (Key.is("max_stack_frames"))
    return F.max_stack_frames >= 1 && F.max_stack_frames <= 256;
  if (Key.is("history_size"))
    return F.history_size >= 10 && F.history_size <= 24;
  if (Key.is("history_frames"))
    return F.history_frames >= 1 && F.history_frames <= 32;
  return true;
}

void setDefault(bool *Out, bool V) { *Out = V; }
void setDefault(int *Out, int V) { *Out = V; }
void setDefault(ColorMode *Out, ColorMode V) { *Out = V; }
void setDefault(FlagString *Out, const char *V) {
  snprintf(Out->Value, sizeof(Out->Value), "%s", V);
}

const char *typeName(const bool *) { return "bool"; }
const char *typeName(const int *) { return "int"; }
const char *typeName(const FlagString *) { return "string"; }
const char *typeName(const ColorMode *) { return "auto|always|never"; }

void formatDefault(char *Buf, size_t Size, bool V) {
  snprintf(Buf, Size, "%d", int(V));
}
void formatDefault(char *Buf, size_t Size, int V) {
  snprintf(Buf, Size, "%d", V);
}
void formatDefault(char *Buf, size_t Size, const char *V) {
  snprintf(Buf, Size, "\"%s\"", V);
}
void formatDefault(char *Buf, size_t Size, ColorMode V) {
  snprintf(Buf, Size, "%s",
           V == ColorMode::Auto     ? "auto"
           : V == ColorMode::Always ? "always"
                                    : "never");
}

// Shows at most 64 characters of an offending value.
void formatError(char *Err, size_t ErrSize, const char *What, Text Value,
                 Text Key) {
  if (!ErrSize)
    return;
  int ValueLen = Value.Size > 64 ? 64 : int(Value.Size);
  int KeyLen = Key.Size > 64 ? 64 : int(Key.Size);
  if (!strcmp(What, "unknown"))
    snprintf(Err, ErrSize, "unknown flag '%.*s'", KeyLen, Key.Data);
  else if (!strcmp(What, "missing"))
    snprintf(Err, ErrSize, "missing value for flag '%.*s'", KeyLen, Key.Data);
  else if (!strcmp(What, "quote"))
    snprintf(Err, ErrSize, "unterminated quote in value of flag '%.*s'", KeyLen,
             Key.Data);
  else
    snprintf(Err, ErrSize, "bad value '%.*s%s' for flag '%.*s'", ValueLen,
             Value.Data, Value.Size > 64 ? "..." : "", KeyLen, Key.Data);
}

} // namespace

void Flags::setDefaults() {
#define SBSAN_FLAG(Type, Name, Default, Description) setDefault(&Name, Default);
#include "flags.inc"
#undef SBSAN_FLAG
}

bool parseFlags(const char *Options, Flags *Out, char *Err, size_t ErrSize) {
  if (!Options)
    return true;
  const char *P = Options;
  for (;;) {
    while (*P && isSeparator(*P))
      ++P;
    if (!*P)
      return true;
    const char *KeyBegin = P;
    while (*P && *P != '=' && !isSeparator(*P))
      ++P;
    Text Key{KeyBegin, size_t(P - KeyBegin)};
    bool Known = false;
#define SBSAN_FLAG(Type, Name, Default, Description) Known |= Key.is(#Name);
#include "flags.inc"
#undef SBSAN_FLAG
    if (!Known) {
      formatError(Err, ErrSize, "unknown", Text{"", 0}, Key);
      return false;
    }
    if (*P != '=') {
      formatError(Err, ErrSize, "missing", Text{"", 0}, Key);
      return false;
    }
    ++P;
    Text Value;
    if (*P == '\'' || *P == '"') {
      char Quote = *P++;
      const char *ValueBegin = P;
      while (*P && *P != Quote)
        ++P;
      if (!*P) {
        formatError(Err, ErrSize, "quote", Text{"", 0}, Key);
        return false;
      }
      Value = Text{ValueBegin, size_t(P - ValueBegin)};
      ++P;
    } else {
      const char *ValueBegin = P;
      while (*P && !isSeparator(*P))
        ++P;
      Value = Text{ValueBegin, size_t(P - ValueBegin)};
    }
    bool Ok = true;
#define SBSAN_FLAG(Type, Name, Default, Description)                           \
  if (Key.is(#Name)) {                                                         \
    Type Parsed;                                                               \
    Ok = parseValue(Value, &Parsed);                                           \
    if (Ok) {                                                                  \
      Type Saved = Out->Name;                                                  \
      Out->Name = Parsed;                                                      \
      Ok = valueInRange(*Out, Key);                                            \
      if (!Ok)                                                                 \
        Out->Name = Saved;                                                     \
    }                                                                          \
  }
#include "flags.inc"
#undef SBSAN_FLAG
    if (!Ok) {
      formatError(Err, ErrSize, "bad", Value, Key);
      return false;
    }
  }
}

void printFlagHelp(int Fd) {
  char Line[1024], Default[128];
  int N = snprintf(Line, sizeof(Line),
                   "StackedBorrowsSanitizer flags (SBSAN_OPTIONS=key=value, "
                   "separated by ':', ',' or spaces):\n");
  (void)!write(Fd, Line, size_t(N));
#define SBSAN_FLAG(Type, Name, Dflt, Description)                              \
  {                                                                            \
    formatDefault(Default, sizeof(Default), Dflt);                             \
    N = snprintf(Line, sizeof(Line), "  %s (%s, default %s)\n      %s\n",      \
                 #Name, typeName(static_cast<const Type *>(nullptr)), Default, \
                 Description);                                                 \
    if (N > 0)                                                                 \
      (void)!write(Fd, Line,                                                   \
                   size_t(N) < sizeof(Line) ? size_t(N) : sizeof(Line) - 1);   \
  }
#include "flags.inc"
#undef SBSAN_FLAG
}

} // namespace sbsan
