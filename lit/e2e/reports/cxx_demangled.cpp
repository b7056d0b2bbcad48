// C++ names are demangled everywhere a function is named: the frames, the
// protecting call and the SUMMARY (here a member function of a class in a
// namespace, with restrict parameters that alias).
// RUN: %clangxx_sbsan -O0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: protected-invalidation on address
// CHECK: which is strongly protected by the call to geometry::Mixer::blend(int*, int const*) (parameter `in` (restrict)), which is still running
// CHECK-NEXT: {{^    #0 0x[0-9a-f]+ in geometry::Mixer::blend\(int\*, int const\*\) .*cxx_demangled.cpp:}}[[@LINE+11]]:10{{$}}
// CHECK-NEXT: {{^    #1 0x[0-9a-f]+ in main .*cxx_demangled.cpp:}}[[@LINE+19]]:13{{$}}
// CHECK: made in geometry::Mixer::blend(int*, int const*) at {{.*}}cxx_demangled.cpp:[[@LINE+6]]  <- protected
// CHECK: SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}}cxx_demangled.cpp:[[@LINE+8]]:10 in geometry::Mixer::blend(int*, int const*){{$}}
#include <cstdio>
namespace geometry {
struct Mixer {
  int scale = 2;
  int blend(int *__restrict out, const int *__restrict in) {
    // `in` is only read, so its item is SharedReadOnly: the write through
    // `out` to the same int would pop it while the call runs.
    *out = *in * scale;
    return *in;
  }
};
} // namespace geometry

int main() {
  int v = 3;
  geometry::Mixer m;
  int r = m.blend(&v, &v);
  std::printf("%d %d\n", r, v);
}
