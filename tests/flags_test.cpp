//===- flags_test.cpp - Unit tests of SBSAN_OPTIONS parsing ---------------===//

#include "flags.h"

#include <gtest/gtest.h>

#include <string>
#include <unistd.h>

using namespace sbsan;

namespace {

struct Parsed {
  Flags F;
  bool Ok;
  std::string Err;
};

Parsed parse(const char *Options) {
  Parsed P;
  P.F.setDefaults();
  char Err[256] = "";
  P.Ok = parseFlags(Options, &P.F, Err, sizeof(Err));
  P.Err = Err;
  return P;
}

TEST(Flags, Defaults) {
  Flags F;
  F.setDefaults();
  EXPECT_TRUE(F.halt_on_error);
  EXPECT_EQ(F.exitcode, 1);
  EXPECT_TRUE(F.log_path.empty());
  EXPECT_TRUE(F.symbolize);
  EXPECT_TRUE(F.external_symbolizer_path.empty());
  EXPECT_EQ(F.verbosity, 0);
  EXPECT_FALSE(F.print_stats);
  EXPECT_EQ(F.color, ColorMode::Auto);
  EXPECT_TRUE(F.history);
  EXPECT_TRUE(F.suppressions.empty());
  EXPECT_EQ(F.max_stack_frames, 64);
  EXPECT_EQ(F.history_size, 16);
  EXPECT_EQ(F.history_frames, 8);
  EXPECT_TRUE(F.strip_runtime_frames);
  EXPECT_FALSE(F.help);
}

TEST(Flags, NullAndEmptyChangeNothing) {
  Parsed P = parse(nullptr);
  EXPECT_TRUE(P.Ok);
  EXPECT_TRUE(P.F.halt_on_error);
  P = parse("");
  EXPECT_TRUE(P.Ok);
  P = parse(" : , ");
  EXPECT_TRUE(P.Ok);
}

TEST(Flags, AllSeparators) {
  Parsed P = parse("halt_on_error=0:exitcode=42,verbosity=2 print_stats=1\t"
                   "color=never\nhistory=false");
  ASSERT_TRUE(P.Ok) << P.Err;
  EXPECT_FALSE(P.F.halt_on_error);
  EXPECT_EQ(P.F.exitcode, 42);
  EXPECT_EQ(P.F.verbosity, 2);
  EXPECT_TRUE(P.F.print_stats);
  EXPECT_EQ(P.F.color, ColorMode::Never);
  EXPECT_FALSE(P.F.history);
}

TEST(Flags, ValuesOfEachType) {
  Parsed P = parse("symbolize=no:help=yes:exitcode=-3:color=always:"
                   "max_stack_frames=0x10:log_path=/tmp/sb.log");
  ASSERT_TRUE(P.Ok) << P.Err;
  EXPECT_FALSE(P.F.symbolize);
  EXPECT_TRUE(P.F.help);
  EXPECT_EQ(P.F.exitcode, -3);
  EXPECT_EQ(P.F.color, ColorMode::Always);
  EXPECT_EQ(P.F.max_stack_frames, 16);
  EXPECT_STREQ(P.F.log_path.c_str(), "/tmp/sb.log");
}

TEST(Flags, QuotedValuesMayHoldSeparators) {
  Parsed P = parse("log_path='/tmp/a b:c',external_symbolizer_path=\"/x y\"");
  ASSERT_TRUE(P.Ok) << P.Err;
  EXPECT_STREQ(P.F.log_path.c_str(), "/tmp/a b:c");
  EXPECT_STREQ(P.F.external_symbolizer_path.c_str(), "/x y");
}

TEST(Flags, LaterValuesWin) {
  Parsed P = parse("exitcode=3:exitcode=4");
  ASSERT_TRUE(P.Ok);
  EXPECT_EQ(P.F.exitcode, 4);
}

TEST(Flags, UnknownFlag) {
  Parsed P = parse("halt_on_error=1:foo=1");
  EXPECT_FALSE(P.Ok);
  EXPECT_EQ(P.Err, "unknown flag 'foo'");
  P = parse("halt_on_errors=1");
  EXPECT_FALSE(P.Ok);
  EXPECT_EQ(P.Err, "unknown flag 'halt_on_errors'");
}

TEST(Flags, BadValues) {
  struct Case {
    const char *Options, *Error;
  } Cases[] = {
      {"exitcode=x", "bad value 'x' for flag 'exitcode'"},
      {"exitcode=", "bad value '' for flag 'exitcode'"},
      {"exitcode=12a", "bad value '12a' for flag 'exitcode'"},
      {"exitcode=99999999999", "bad value '99999999999' for flag 'exitcode'"},
      {"verbosity=0x", "bad value '0x' for flag 'verbosity'"},
      {"halt_on_error=2", "bad value '2' for flag 'halt_on_error'"},
      {"halt_on_error=TRUE", "bad value 'TRUE' for flag 'halt_on_error'"},
      {"symbolize=", "bad value '' for flag 'symbolize'"},
      {"color=sometimes", "bad value 'sometimes' for flag 'color'"},
      {"max_stack_frames=0", "bad value '0' for flag 'max_stack_frames'"},
      {"max_stack_frames=257", "bad value '257' for flag 'max_stack_frames'"},
      {"history_size=9", "bad value '9' for flag 'history_size'"},
      {"history_size=25", "bad value '25' for flag 'history_size'"},
      {"history_frames=0", "bad value '0' for flag 'history_frames'"},
      {"history_frames=33", "bad value '33' for flag 'history_frames'"},
      {"strip_runtime_frames=maybe",
       "bad value 'maybe' for flag 'strip_runtime_frames'"},
      {"exitcode", "missing value for flag 'exitcode'"},
      {"exitcode:halt_on_error=1", "missing value for flag 'exitcode'"},
      {"log_path='/tmp/x", "unterminated quote in value of flag 'log_path'"},
  };
  for (const Case &C : Cases) {
    Parsed P = parse(C.Options);
    EXPECT_FALSE(P.Ok) << C.Options;
    EXPECT_EQ(P.Err, C.Error) << C.Options;
  }
}

TEST(Flags, ReportFlags) {
  Parsed P = parse("history_frames=32:strip_runtime_frames=0:history_size=10");
  ASSERT_TRUE(P.Ok) << P.Err;
  EXPECT_EQ(P.F.history_frames, 32);
  EXPECT_FALSE(P.F.strip_runtime_frames);
  EXPECT_EQ(P.F.history_size, 10);
  P = parse("history_frames=1 suppressions='/a b/c.supp'");
  ASSERT_TRUE(P.Ok) << P.Err;
  EXPECT_EQ(P.F.history_frames, 1);
  EXPECT_STREQ(P.F.suppressions.c_str(), "/a b/c.supp");
}

TEST(Flags, OverlongStringIsABadValue) {
  std::string Long = "log_path=" + std::string(FlagString::kCapacity, 'a');
  Parsed P = parse(Long.c_str());
  EXPECT_FALSE(P.Ok);
  EXPECT_EQ(P.Err.rfind("bad value 'aaaa", 0), 0u) << P.Err;
  EXPECT_NE(P.Err.find("...' for flag 'log_path'"), std::string::npos);
}

TEST(Flags, RejectedValueLeavesTheFlagAlone) {
  Flags F;
  F.setDefaults();
  char Err[128];
  EXPECT_FALSE(parseFlags("max_stack_frames=1000", &F, Err, sizeof(Err)));
  EXPECT_EQ(F.max_stack_frames, 64);
}

TEST(Flags, HelpListsEveryFlag) {
  int Pipe[2];
  ASSERT_EQ(pipe(Pipe), 0);
  printFlagHelp(Pipe[1]);
  close(Pipe[1]);
  std::string Text;
  char Buf[4096];
  ssize_t N;
  while ((N = read(Pipe[0], Buf, sizeof(Buf))) > 0)
    Text.append(Buf, size_t(N));
  close(Pipe[0]);
#define SBSAN_FLAG(Type, Name, Default, Description)                           \
  EXPECT_NE(Text.find("  " #Name " ("), std::string::npos) << #Name;
#include "flags.inc"
#undef SBSAN_FLAG
  EXPECT_NE(Text.find("halt_on_error (bool, default 1)"), std::string::npos);
  EXPECT_NE(Text.find("color (auto|always|never, default auto)"),
            std::string::npos);
}

} // namespace
