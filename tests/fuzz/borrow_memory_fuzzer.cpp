//===- borrow_memory_fuzzer.cpp - libFuzzer entry, differential test -----===//
//-===//
//
// Each input is one operation sequence for the differential driver
// (differential_driver.h). A disagreement between BorrowMemory and the
// reference model prints the operations and aborts, which libFuzzer
// reports as a crash (and saves the input as crash-*).
//
//===----------------------------------------------------------------------===//

#include "differential_driver.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Report;
  if (!sbsan_test::runDifferential(
          Data, Size, sbsan_test::DifferentialOptions(), &Report)) {
    std::fprintf(stderr, "%s", Report.c_str());
    std::abort();
  }
  return 0;
}
