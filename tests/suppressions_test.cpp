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

TEST(Suppressions, CrateNames) {
  EXPECT_TRUE(crateMatches("smallvec", "smallvec::SmallVec<A>::push"));
  EXPECT_TRUE(crateMatches("smallvec", "<smallvec::SmallVec<[u8; 4]>>::push"));
  EXPECT_TRUE(crateMatches("smallvec",
                           "<smallvec::IntoIter<A> as core::ops::drop::Drop>::drop"));
  EXPECT_TRUE(crateMatches("smallvec",
                           "<alloc::vec::Vec<u8> as smallvec::ToSmallVec<A>>::to_smallvec"));
  EXPECT_TRUE(crateMatches("smallvec", "<&mut smallvec::SmallVec<A>>::len"));
  EXPECT_TRUE(crateMatches("smallvec", "smallvec[1a2b3c]::grow"));
  EXPECT_TRUE(crateMatches("small*", "smallvec::grow"));
  EXPECT_TRUE(crateMatches("my_crate", "my_crate::main::{closure#0}"));
  EXPECT_FALSE(crateMatches("smallvec", "smallvec_ext::grow"));
  EXPECT_FALSE(crateMatches("smallvec", "my_smallvec::grow"));
  EXPECT_FALSE(crateMatches("smallvec", "alloc::vec::Vec<smallvec::X>::push"));
  EXPECT_FALSE(crateMatches("smallvec", "smallvec"));
  EXPECT_FALSE(crateMatches("vec", "alloc::vec::Vec<T>::push"));
  EXPECT_FALSE(crateMatches("main", "main"));
  EXPECT_FALSE(crateMatches("", "x::y"));
}

TEST(Suppressions, CrateRulesAndCounts) {
  auto S = std::make_unique<Suppressions>();
  char Err[256] = "";
  ASSERT_TRUE(S->parse("fun:exact_fn\n"
                       "crate:hashbrown\n"
                       "src:*/.cargo/registry/*\n",
                       Err, sizeof(Err)))
      << Err;
  EXPECT_EQ(S->matchFrame("hashbrown::raw::RawTable<T>::insert", "/x.rs"), 1);
  EXPECT_EQ(S->matchFrame("app::exact_fn", "/src/main.rs"), 0);
  EXPECT_EQ(S->matchFrame("bytes::Bytes::new",
                          "/home/u/.cargo/registry/src/index/bytes-1.5/src/b.rs"),
            2);
  EXPECT_EQ(S->matchFrame("app::main", "/src/main.rs"), -1);
  EXPECT_EQ(S->matchKind("invalid-read"), -1);
  S->countUse(1);
  S->countUse(1);
  S->countUse(2);
  S->countUse(7); // no such rule: ignored
  EXPECT_EQ(S->uses(0), 0u);
  EXPECT_EQ(S->uses(1), 2u);
  EXPECT_EQ(S->uses(2), 1u);
  char Text[300];
  S->ruleText(1, Text, sizeof(Text));
  EXPECT_STREQ(Text, "crate:hashbrown");
  S->ruleText(2, Text, sizeof(Text));
  EXPECT_STREQ(Text, "src:*/.cargo/registry/*");
}

TEST(Suppressions, Errors) {
  auto S = std::make_unique<Suppressions>();
  char Err[256] = "";
  EXPECT_FALSE(S->parse("fun:ok\nfoo:bar\n", Err, sizeof(Err)));
  EXPECT_STREQ(Err, "line 2: expected fun:, src:, crate: or kind: followed "
                    "by a pattern");
  EXPECT_FALSE(S->parse("fun:\n", Err, sizeof(Err)));
  EXPECT_STREQ(Err, "line 1: pattern is empty or too long");
  EXPECT_FALSE(S->load("/nonexistent/sbsan.supp", Err, sizeof(Err)));
  EXPECT_EQ(std::string(Err).rfind("cannot open /nonexistent/sbsan.supp", 0),
            0u);
}

} // namespace
