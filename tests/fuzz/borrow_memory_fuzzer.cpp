//===- borrow_memory_fuzzer.cpp - libFuzzer entry, differential test -----===//
//-===//
//
// Each input is one operation sequence for the differential driver
// (differential_driver.h), run in both of its modes. A disagreement between BorrowMemory and the
// reference model prints the operations and aborts, which libFuzzer
// reports as a crash (and saves the input as crash-*).
//
//===----------------------------------------------------------------------===//

#include "differential_driver.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // Exact comparison, then the no-false-report one with coalescing.
  for (bool Coalesce : {false, true}) {
    sbsan_test::DifferentialOptions Opts;
    Opts.Coalesce = Coalesce;
    std::string Report;
    if (!sbsan_test::runDifferential(Data, Size, Opts, &Report)) {
      std::fprintf(stderr, "%s%s", Coalesce ? "(coalescing) " : "",
                   Report.c_str());
      std::abort();
    }
  }
  return 0;
}
