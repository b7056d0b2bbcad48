//===- history_test.cpp - Unit tests of tag history records ---------------===//

#include "history.h"

#include <gtest/gtest.h>

#include <memory>

using namespace sbsan;

namespace {

struct Table {
  Table() { EXPECT_TRUE(H->init(10)); }
  ~Table() { H->destroy(); }
  std::unique_ptr<HistoryTable> H = std::make_unique<HistoryTable>();
};

TEST(History, CreationAndInvalidation) {
  Table T;
  static const sbsan_retag_site Site = {"f", "parameter `x`",
                                        SBSAN_ORIGIN_FN_ENTRY, 0};
  T.H->recordCreation(100, 4, TagOrigin::Retag,
                      SBSAN_RETAG_UNIQUE | SBSAN_RETAG_PROTECT_STRONG, 16,
                      0x1234, &Site);
  TagRecord R;
  ASSERT_TRUE(T.H->find(100, &R));
  EXPECT_EQ(R.Parent, 4u);
  EXPECT_EQ(R.CreatePc, 0x1234u);
  EXPECT_EQ(R.Site, &Site);
  EXPECT_EQ(R.AllocSize, 16u);
  EXPECT_EQ(R.How, Invalidation::None);
  T.H->recordInvalidation(100, Invalidation::Disabled, AccessKind::Read, 4,
                          0x5678);
  T.H->recordInvalidation(100, Invalidation::Popped, AccessKind::Write, 6,
                          0x9abc);
  ASSERT_TRUE(T.H->find(100, &R));
  EXPECT_EQ(R.How, Invalidation::Popped); // the latest one
  EXPECT_EQ(R.InvalBy, 6u);
  EXPECT_EQ(R.InvalPc, 0x9abcu);
  EXPECT_EQ(R.CreatePc, 0x1234u); // creation kept
}

TEST(History, UnknownAndEvictedTags) {
  Table T;
  TagRecord R;
  EXPECT_FALSE(T.H->find(100, &R));
  EXPECT_FALSE(T.H->find(kWildcardTag, &R));
  // Fill far beyond the table: old records get evicted, never mixed up.
  for (Tag Tg = 4; Tg < 4 + 2 * 10000; Tg += 2)
    T.H->recordCreation(Tg, 2, TagOrigin::HeapRoot, 0, Tg, Tg * 3, nullptr);
  unsigned Found = 0;
  for (Tag Tg = 4; Tg < 4 + 2 * 10000; Tg += 2)
    if (T.H->find(Tg, &R)) {
      ++Found;
      EXPECT_EQ(R.T, Tg);
      EXPECT_EQ(R.CreatePc, Tg * 3);
    }
  EXPECT_GT(Found, 0u);
  EXPECT_LE(Found, 1024u);
  // An invalidation of a tag whose creation was evicted still records.
  T.H->recordInvalidation(7, Invalidation::Popped, AccessKind::Write, 4, 9);
  ASSERT_TRUE(T.H->find(7, &R));
  EXPECT_EQ(R.CreatePc, 0u);
  EXPECT_EQ(R.InvalPc, 9u);
}

TEST(History, ObserverRecordsEachVictimOnce) {
  Table T;
  HistoryObserver Obs(*T.H, 0x42);
  for (int Granule = 0; Granule < 100; ++Granule) {
    Obs.invalidated(Item(10, Permission::Unique), true, AccessKind::Write, 4);
    Obs.invalidated(Item(12, Permission::Unique), false, AccessKind::Read, 4);
  }
  TagRecord R;
  ASSERT_TRUE(T.H->find(10, &R));
  EXPECT_EQ(R.How, Invalidation::Popped);
  EXPECT_EQ(R.InvalPc, 0x42u);
  ASSERT_TRUE(T.H->find(12, &R));
  EXPECT_EQ(R.How, Invalidation::Disabled);
  EXPECT_EQ(R.InvalAccess, AccessKind::Read);
}

TEST(History, DisabledTableRecordsNothing) {
  auto H = std::make_unique<HistoryTable>();
  EXPECT_FALSE(H->enabled());
  H->recordCreation(100, 4, TagOrigin::Retag, 0, 1, 1, nullptr);
  TagRecord R;
  EXPECT_FALSE(H->find(100, &R));
}

} // namespace
