// invalid-free in C, twice in one run (halt_on_error=0): of an element of a
// global array, then of a local. Each report says where the address lies
// (global `table` with its size and definition; the frame of main), and the
// run ends with the count and exit status 1.
// RUN: %clang_sbsan -O0 %s -o %t
// RUN: env SBSAN_OPTIONS=halt_on_error=0 not %t > %t.out 2>&1
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out
#include <stdio.h>
#include <stdlib.h>

// LINES-DAG: {{is located 8 bytes inside global variable `table` of 16 bytes \[0x[0-9a-f]+, 0x[0-9a-f]+\) defined at .*c_invalid_free.c:}}[[@LINE+1]]{{$}}
int table[4] = {1, 2, 3, 4};

int main(void) {
  // LINES-DAG: {{in the frame of main \(.*c_invalid_free.c:}}[[@LINE-1]]){{$}}
  long local[2] = {5, 6};
  void *volatile g = &table[2];
  void *volatile l = &local[1];
  // CHECK: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x[[G:[0-9a-f]+]]
  // CHECK-NEXT: free of 0x[[G]], which is not the start of a heap block
  // CHECK-NEXT: {{^    #0 0x[0-9a-f]+ in main .*c_invalid_free.c:}}[[@LINE+6]]:3{{$}}
  // CHECK-EMPTY:
  // CHECK-NEXT: 0x[[G]] is located 8 bytes inside global variable `table`
  // CHECK-NEXT: borrow stack at 0x[[G]] (bottom first, 1 item):
  // CHECK-NEXT: {{^   0: \[SharedReadWrite <2>( exposed)?\] +root of every global variable$}}
  // CHECK-NEXT: SUMMARY: StackedBorrowsSanitizer: invalid-free {{.*}}c_invalid_free.c:[[@LINE+1]]:3 in main
  free(g);
  // CHECK: ERROR: StackedBorrowsSanitizer: invalid-free on address 0x[[L:[0-9a-f]+]]
  // CHECK-NEXT: free of 0x[[L]], which is not the start of a heap block
  // CHECK-NEXT: {{^    #0 0x[0-9a-f]+ in main .*c_invalid_free.c:}}[[@LINE+6]]:3{{$}}
  // CHECK-EMPTY:
  // CHECK-NEXT: 0x[[L]] is located 8 bytes inside stack variable `local` of 16 bytes [0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}) in the frame of main
  // CHECK-NEXT: borrow stack at 0x[[L]] (bottom first, 1 item):
  // CHECK-NEXT: {{^   0: \[Unique <[0-9]+>( exposed)?\] +root of a stack allocation of 16 bytes, made in main at}}
  // CHECK-NEXT: SUMMARY: StackedBorrowsSanitizer: invalid-free {{.*}}c_invalid_free.c:[[@LINE+1]]:3 in main
  free(l);
  // CHECK: still running
  printf("still running\n");
  fflush(stdout);
  return 0;
}
// CHECK: StackedBorrowsSanitizer: 2 reports; exiting with status 1
// CHECK-NOT: ERROR
