// C++ allocation: new/delete in all forms, a failing new throws
// std::bad_alloc through the replaced operator, and delete[] twice is a
// double free.
// RUN: %clangxx_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: double-free
// CHECK: operator delete[] of 0x
// CHECK: which was already freed
// OUT: objects ok
// OUT: caught bad_alloc
// OUT: nothrow null
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

#include <cstdio>
#include <new>
#include <string>
#include <vector>

static char *volatile Sink; // keeps allocations from being optimized out

struct alignas(64) Wide {
  char Bytes[64];
};

int main() {
  int *One = new int(5);
  sbsan_tag OneTag = sim_ret_tag(One);
  __sbsan_write4(One, OneTag);
  sim_arg(0, One, OneTag);
  delete One;
  Wide *W = new Wide;
  if (reinterpret_cast<uintptr_t>(W) % 64)
    return 2;
  delete W;
  std::vector<std::string> V;
  for (int I = 0; I < 100; ++I)
    V.push_back(std::string(50, 'x'));
  int *Arr = new int[10];
  sbsan_tag ArrTag = sim_ret_tag(Arr);
  __sbsan_write(Arr, 40, ArrTag);
  sim_say("objects ok");
  try {
    size_t Huge = size_t(1) << 60;
    Sink = new char[Huge];
  } catch (const std::bad_alloc &) {
    sim_say("caught bad_alloc");
  }
  Sink = new (std::nothrow) char[size_t(1) << 60];
  if (!Sink)
    sim_say("nothrow null");
  sim_arg(0, Arr, ArrTag);
  delete[] Arr;
  sim_arg(0, Arr, ArrTag);
  delete[] Arr;
  sim_say("not reached");
  return 0;
}
