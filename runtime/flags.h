//===- flags.h - Run-time options (SBSAN_OPTIONS) -------------------------===//
//
// Options are parsed by a pure function (parseFlags) so the parser can be
// unit tested; the runtime parses the environment once at start-up. A bad
// option is an error that stops the program, never a silent default: a
// misspelled halt_on_error must not quietly change what gets reported.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_FLAGS_H
#define SBSAN_FLAGS_H

#include <cstddef>

namespace sbsan {

enum class ColorMode { Auto, Always, Never };

struct FlagString {
  static constexpr size_t kCapacity = 4096;
  char Value[kCapacity];
  bool empty() const { return Value[0] == 0; }
  const char *c_str() const { return Value; }
};

struct Flags {
#define SBSAN_FLAG(Type, Name, Default, Description) Type Name;
#include "flags.inc"
#undef SBSAN_FLAG

  void setDefaults();
};

// Parses an SBSAN_OPTIONS string on top of *Out: "key=value" pairs
// separated by ':', ',' or white space; a value may be quoted with ' or ".
// On error returns false and writes a message such as
// "unknown flag 'foo'" or "bad value 'x' for flag 'exitcode'" to Err.
bool parseFlags(const char *Options, Flags *Out, char *Err, size_t ErrSize);

// Writes the flag list with defaults and descriptions to fd.
void printFlagHelp(int Fd);

} // namespace sbsan

#endif // SBSAN_FLAGS_H
