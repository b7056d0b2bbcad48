// double-free in C: the block is freed in `release` and again in main. The
// report shows both frees (the first with its trace) and the allocation.
// RUN: %clang_sbsan -O0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: double-free on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}free of 0x[[ADDR]], which was already freed{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is the start of a heap block of 24 bytes that has been freed{{$}}
// REPORT-NEXT: {{^}}it was freed at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in release }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in main }}
// REPORT-NEXT: {{^}}it was allocated (root tag <{{[0-9]+}}>) at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in make_block }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in main }}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: double-free {{.*}}c_double_free.c:{{[0-9]+}}:{{[0-9]+}} in main{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING
#include <stdlib.h>

static int *make_block(void) {
  // LINES-DAG: {{^it was allocated .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in make_block .*c_double_free.c:}}[[@LINE+1]]:10{{$}}
  return malloc(6 * sizeof(int));
}

static void release(int *p) {
  // LINES-DAG: {{^it was freed at:$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in release .*c_double_free.c:}}[[@LINE+1]]:3{{$}}
  free(p);
}

int main(void) {
  // LINES-DAG: {{^    #1 0x[0-9a-f]+ in main .*c_double_free.c:}}[[@LINE+1]]:12{{$}}
  int *p = make_block();
  p[2] = 7;
  // LINES-DAG: {{^    #1 0x[0-9a-f]+ in main .*c_double_free.c:}}[[@LINE+1]]:3{{$}}
  release(p);
  // LINES-DAG: {{^    #0 0x[0-9a-f]+ in main .*c_double_free.c:}}[[@LINE+2]]:3{{$}}
  // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: double-free {{.*}}c_double_free.c:[[@LINE+1]]:3 in main
  free(p);
  return 0;
}
