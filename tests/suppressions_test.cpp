//===- suppressions_test.cpp - Unit tests of the suppression matcher ------===//

#include "suppressions.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

using namespace sbsan;

namespace {

TEST(Suppressions, PatternsMatchAnywhereUnlessAnchored) {
  EXPECT_TRUE(patternMatches("foo", "my_foo_bar"));
  EXPECT_TRUE(patternMatches("foo*bar", "xfoo::baz::barx"));
  EXPECT_FALSE(patternMatches("foo*bar", "bar foo"));
  EXPECT_TRUE(patternMatches("^foo", "foo::x"));
  EXPECT_FALSE(patternMatches("^foo", "xfoo"));
  EXPECT_TRUE(patternMatches("bar$", "foo::bar"));
  EXPECT_FALSE(patternMatches("bar$", "foo::barx"));
  EXPECT_TRUE(patternMatches("^foo*bar$", "foo1bar"));
  EXPECT_FALSE(patternMatches("^foo*bar$", "foo1barx"));
  EXPECT_TRUE(patternMatches("*", ""));
  EXPECT_TRUE(patternMatches("a**b", "ab"));
}

TEST(Suppressions, ParseAndMatch) {
  auto S = std::make_unique<Suppressions>();
  char Err[256] = "";
  ASSERT_TRUE(S->parse("# comment\n"
                       "\n"
                       "fun:smallvec::*::insert\n"
                       "  src:third_party/  \n"
                       "kind:invalid-read\r\n",
                       Err, sizeof(Err)))
      << Err;
  EXPECT_EQ(S->size(), 3u);
  EXPECT_TRUE(S->matchesKind("invalid-read"));
  EXPECT_FALSE(S->matchesKind("invalid-write"));
  EXPECT_TRUE(S->matchesFrame("smallvec::SmallVec<A>::insert", ""));
  EXPECT_FALSE(S->matchesFrame("smallvec::SmallVec<A>::push", ""));
  EXPECT_TRUE(S->matchesFrame("", "/src/third_party/x.c"));
  EXPECT_FALSE(S->matchesFrame("main", "/src/main.c"));
}

TEST(Suppressions, Errors) {
  auto S = std::make_unique<Suppressions>();
  char Err[256] = "";
  EXPECT_FALSE(S->parse("fun:ok\nfoo:bar\n", Err, sizeof(Err)));
  EXPECT_STREQ(Err, "line 2: expected fun:, src: or kind: followed by a pattern");
  EXPECT_FALSE(S->parse("fun:\n", Err, sizeof(Err)));
  EXPECT_STREQ(Err, "line 1: pattern is empty or too long");
  EXPECT_FALSE(S->load("/nonexistent/sbsan.supp", Err, sizeof(Err)));
  EXPECT_EQ(std::string(Err).rfind("cannot open /nonexistent/sbsan.supp", 0),
            0u);
}

} // namespace
