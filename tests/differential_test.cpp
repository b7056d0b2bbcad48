//===- differential_test.cpp - BorrowMemory against the reference model ---===//
//
// Runs the differential driver (differential_driver.h) on pseudo-random
// byte strings from a fixed seed, so that ctest always compares
// BorrowMemory with the reference model on the same few hundred operation
// sequences; the libFuzzer target (fuzz/borrow_memory_fuzzer.cpp) explores
// further. SBSAN_DIFFERENTIAL_SEQUENCES=N runs N sequences instead of the
// default (a longer run without libFuzzer).
//
// The self-tests break the reference on purpose, one rule at a time, and
// require the driver to notice within the same sequences: a generator that
// stopped reaching a rule, or a comparison that stopped looking, fails
// them.
//
//===----------------------------------------------------------------------===//

#include "differential_driver.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace sbsan_test;

namespace {

constexpr unsigned kDefaultSequences = 250;
constexpr size_t kSequenceBytes = 2500; // about 300 operations

unsigned sequenceCount() {
  if (const char *Env = std::getenv("SBSAN_DIFFERENTIAL_SEQUENCES"))
    if (unsigned N = unsigned(std::strtoul(Env, nullptr, 10)))
      return N;
  return kDefaultSequences;
}

// The input of sequence I: independent of the others, so a failure names
// the one sequence to rerun.
std::vector<uint8_t> sequenceBytes(unsigned I) {
  std::mt19937_64 Rng(0x5b5a000000ull + I);
  std::vector<uint8_t> Bytes(kSequenceBytes);
  for (uint8_t &B : Bytes)
    B = uint8_t(Rng() >> 56);
  return Bytes;
}

// Runs the first Count sequences with Opts. Returns the index of the first
// one the driver rejects (with its report), or Count; *Total sums the
// statistics of those run.
unsigned runSequences(const DifferentialOptions &Opts, unsigned Count,
                      std::string *Report, DifferentialStats *Total) {
  for (unsigned I = 0; I < Count; ++I) {
    std::vector<uint8_t> Bytes = sequenceBytes(I);
    DifferentialStats S;
    if (!runDifferential(Bytes.data(), Bytes.size(), Opts, Report, &S))
      return I;
    Total->Ops += S.Ops;
    Total->Refusals += S.Refusals;
    for (unsigned K = 0; K < 6; ++K)
      Total->ByKind[K] += S.ByKind[K];
    Total->MaxStack = std::max(Total->MaxStack, S.MaxStack);
    Total->Truncated += S.Truncated;
    Total->Coalesced += S.Coalesced;
  }
  return Count;
}

TEST(Differential, BorrowMemoryAgreesWithTheReference) {
  DifferentialStats Total;
  unsigned Sequences = sequenceCount();
  std::string Report;
  unsigned Failed =
      runSequences(DifferentialOptions(), Sequences, &Report, &Total);
  if (Failed != Sequences)
    FAIL() << "sequence " << Failed << ": " << Report;
  std::printf("%u sequences, %u operations, %u refused (", Sequences, Total.Ops,
              Total.Refusals);
  for (unsigned K = 1; K < 6; ++K)
    std::printf("%s%u", K > 1 ? "/" : "", Total.ByKind[K]);
  std::printf(" by kind), largest stack %u, %u operations leaving an "
              "incomplete stack\n",
              Total.MaxStack, Total.Truncated);
  // The corners the generator is meant to reach: every kind of refusal,
  // and the bound on the stack size.
  EXPECT_GT(Total.Ops, Sequences * 100);
  for (unsigned K = 1; K < 6; ++K)
    EXPECT_GT(Total.ByKind[K], Total.Ops / 1000) << "violation kind " << K;
  EXPECT_EQ(Total.MaxStack, sbsan::BorrowStack::kMaxItems);
  EXPECT_GT(Total.Truncated, 0u);
}

// Coalescing of fragmented ranges makes stacks approximations: the engine
// may then allow more than the reference, never less.
TEST(Differential, CoalescingNeverRefusesWhatTheReferenceAllows) {
  DifferentialOptions Opts;
  Opts.Coalesce = true;
  unsigned Sequences = sequenceCount();
  std::string Report;
  DifferentialStats Total;
  unsigned Failed = runSequences(Opts, Sequences, &Report, &Total);
  if (Failed != Sequences)
    FAIL() << "sequence " << Failed << ": " << Report;
  std::printf("%u sequences, %u operations until the reference refused one, "
              "%u ranges coalesced\n",
              Sequences, Total.Ops, Total.Coalesced);
  // Random sequences reach undefined behaviour early (about ten operations
  // in); every one of those operations coalesced.
  EXPECT_GT(Total.Ops, Sequences * 5);
  EXPECT_GT(Total.Coalesced, Sequences * 5);
}

// The weaker comparison still catches an engine stricter than the model:
// here the reference is the more permissive one.
TEST(Differential, CoalescingComparisonCatchesAStricterEngine) {
  DifferentialOptions Opts;
  Opts.Coalesce = true;
  Opts.Mutation = RefMutation::ReadKeepsUnique;
  std::string Report;
  DifferentialStats Unused;
  EXPECT_NE(runSequences(Opts, sequenceCount(), &Report, &Unused),
            sequenceCount());
}

const char *mutationName(RefMutation M) {
  switch (M) {
  case RefMutation::None:
    return "None";
  case RefMutation::SrwChildOnTop:
    return "SrwChildOnTop";
  case RefMutation::ReadKeepsUnique:
    return "ReadKeepsUnique";
  case RefMutation::NoStaleTags:
    return "NoStaleTags";
  case RefMutation::DropOneTooFew:
    return "DropOneTooFew";
  case RefMutation::WeakBlocksDealloc:
    return "WeakBlocksDealloc";
  case RefMutation::NoRecovery:
    return "NoRecovery";
  }
  return "Unknown";
}

} // namespace

namespace sbsan_test {
// Names the parameter in test listings (ctest shows GetParam()).
void PrintTo(RefMutation M, std::ostream *OS) { *OS << mutationName(M); }
} // namespace sbsan_test

namespace {

class DifferentialSelfTest : public ::testing::TestWithParam<RefMutation> {};

TEST_P(DifferentialSelfTest, BrokenReferenceIsCaught) {
  DifferentialOptions Opts;
  Opts.Mutation = GetParam();
  std::string Report;
  DifferentialStats Unused;
  if (runSequences(Opts, kDefaultSequences, &Report, &Unused) ==
      kDefaultSequences)
    ADD_FAILURE() << "a reference with mutation " << mutationName(GetParam())
                  << " agreed with BorrowMemory on every sequence";
}

INSTANTIATE_TEST_SUITE_P(
    DifferentialMutants, DifferentialSelfTest,
    ::testing::Values(RefMutation::SrwChildOnTop, RefMutation::ReadKeepsUnique,
                      RefMutation::NoStaleTags, RefMutation::DropOneTooFew,
                      RefMutation::WeakBlocksDealloc, RefMutation::NoRecovery),
    [](const ::testing::TestParamInfo<RefMutation> &I) {
      return std::string(mutationName(I.param));
    });

} // namespace
