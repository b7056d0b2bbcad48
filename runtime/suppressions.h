//===- suppressions.h - Silencing known reports ---------------------------===//
//
// A project may need to ship with a known report in third-party code while
// it is being fixed. A suppressions file (SBSAN_OPTIONS=suppressions=FILE)
// lists rules, one per line:
//   fun:PATTERN    a frame's function name matches
//   src:PATTERN    a frame's source file matches (e.g. */.cargo/registry/*)
//   crate:NAME     a frame's function belongs to the Rust crate NAME: its
//                  demangled path starts with NAME:: (also inside <...>,
//                  and the trait of `<T as NAME::Trait>::f`); NAME may use
//                  '*' but is otherwise matched whole
//   kind:PATTERN   the report kind (e.g. invalid-write) matches
// A pattern matches anywhere in the text; '*' matches any run of
// characters, a leading '^' or trailing '$' anchors it. '#' starts a
// comment. Each rule counts the reports it silenced, for the summary at
// exit. The matcher is a pure function so it can be unit tested.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_SUPPRESSIONS_H
#define SBSAN_SUPPRESSIONS_H

#include <cstddef>

namespace sbsan {

bool patternMatches(const char *Pattern, const char *Text);
// Whether the demangled function name Function belongs to crate Name.
bool crateMatches(const char *Name, const char *Function);

class Suppressions {
public:
  static constexpr unsigned kMaxRules = 256;
  static constexpr unsigned kMaxPattern = 256;
  enum class RuleKind : unsigned char { Function, Source, Kind, Crate };

  // Parses the text of a suppressions file, adding its rules. On error
  // returns false with a message (line number and cause) in Err.
  bool parse(const char *Text, char *Err, size_t ErrSize);
  // Reads and parses a file.
  bool load(const char *Path, char *Err, size_t ErrSize);

  bool empty() const { return NumRules == 0; }
  unsigned size() const { return NumRules; }
  bool matchesKind(const char *Kind) const { return matchKind(Kind) >= 0; }
  bool matchesFrame(const char *Function, const char *File) const {
    return matchFrame(Function, File) >= 0;
  }
  // The index of the first rule that matches, or -1.
  int matchKind(const char *Kind) const;
  int matchFrame(const char *Function, const char *File) const;

  // Use counts, for the summary at exit.
  void countUse(int Rule) {
    if (Rule >= 0 && unsigned(Rule) < NumRules)
      __atomic_add_fetch(&Rules[Rule].Uses, 1, __ATOMIC_RELAXED);
  }
  unsigned long uses(unsigned Rule) const { return Rules[Rule].Uses; }
  // "fun:PATTERN" etc.
  void ruleText(unsigned Rule, char *Buf, size_t Size) const;

private:
  struct Rule {
    RuleKind Kind;
    char Pattern[kMaxPattern];
    unsigned long Uses;
  };
  Rule Rules[kMaxRules];
  unsigned NumRules = 0;
};

} // namespace sbsan

#endif // SBSAN_SUPPRESSIONS_H
