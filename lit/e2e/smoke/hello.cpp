// The C++ wrapper links the runtime next to libstdc++ (new/delete, iostreams).
// RUN: %clangxx_sbsan -std=c++17 -O0 %s -o %t0 && %t0 2>&1 | FileCheck %s
// RUN: %clangxx_sbsan -std=c++17 -O2 %s -o %t2 && %t2 2>&1 | FileCheck %s
// CHECK-NOT: StackedBorrowsSanitizer
// CHECK: hello from C++: a b c (3 words)
// CHECK-NOT: StackedBorrowsSanitizer
#include <iostream>
#include <memory>
#include <string>
#include <vector>

int main() {
  std::vector<std::unique_ptr<std::string>> Words;
  for (const char *W : {"a", "b", "c"})
    Words.push_back(std::make_unique<std::string>(W));
  std::cout << "hello from C++:";
  for (const auto &W : Words)
    std::cout << ' ' << *W;
  std::cout << " (" << Words.size() << " words)" << std::endl;
  return 0;
}
