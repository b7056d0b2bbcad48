// protected-invalidation in C: two restrict parameters point to the same
// int, and the int is modified through one while the other's item is
// protected for the call (C11 6.7.3.1). The report names the call
// (store_both), both restrict tags with their creation (the call's entry,
// called from main), the stack variable, and the borrow stack.
// RUN: %clang_sbsan -O0 %s -o %t
// RUN: not %t > %t.out 2>&1
// RUN: FileCheck %s --check-prefix=REPORT < %t.out
// RUN: FileCheck %s --check-prefix=LINES < %t.out

// REPORT: {{^}}==[[PID:[0-9]+]]==ERROR: StackedBorrowsSanitizer: protected-invalidation on address 0x[[ADDR:[0-9a-f]+]] at pc 0x{{[0-9a-f]+$}}
// REPORT-NEXT: {{^}}write access of 4 bytes at 0x[[ADDR]] with tag <[[B:[0-9]+]]>{{$}}
// REPORT-NEXT: {{^}}the write access through tag <[[B]]> would pop item [Unique <[[A:[0-9]+]]>], which is strongly protected by the call to store_both (parameter `a` (restrict)), which is still running (call #{{[0-9]+}}){{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in store_both }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in main }}
// REPORT-EMPTY:
// REPORT-NEXT: {{^}}0x[[ADDR]] is located 0 bytes inside stack variable `x` of 4 bytes [0x[[ADDR]], 0x{{[0-9a-f]+}}) in the frame of main ({{.*}}c_restrict.c:{{[0-9]+}}){{$}}
// REPORT-NEXT: {{^}}tag <[[B]]> is a restrict pointer derived from tag <[[ROOT:[0-9]+]]>, protected while its call runs (restrict retag of parameter `b` (restrict) in store_both), made at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in store_both }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in main }}
// REPORT-NEXT: {{^}}tag <[[A]]> (the protected item) is a restrict pointer derived from tag <[[ROOT]]>, protected while its call runs (restrict retag of parameter `a` (restrict) in store_both), made at:{{$}}
// REPORT-NEXT: {{^    #0 0x[0-9a-f]+ in store_both }}
// REPORT-NEXT: {{^    #1 0x[0-9a-f]+ in main }}
// REPORT-NEXT: {{^}}borrow stack at 0x[[ADDR]] (bottom first, 2 items):{{$}}
// REPORT-NEXT: {{^   0: \[Unique <}}[[ROOT]]>] {{ *}}root of a stack allocation of 4 bytes, made in main at
// REPORT-NEXT: {{^   1: \[Unique <}}[[A]]>] {{ *}}restrict pointer from tag <[[ROOT]]> (restrict retag of parameter `a` (restrict) in store_both), made in store_both at {{.*}}  <- protected{{$}}
// REPORT-NEXT: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}}c_restrict.c:{{[0-9]+}}:{{[0-9]+}} in store_both{{$}}
// REPORT-NEXT: {{^}}==[[PID]]==ABORTING
#include <stdio.h>

// LINES-DAG: {{is a restrict pointer .* parameter `b` .*$}}{{[[:space:]]+}}{{#0 0x[0-9a-f]+ in store_both .*c_restrict.c:}}[[@LINE+2]]{{$}}
// LINES-DAG: {{^   1: \[Unique .* made in store_both at .*c_restrict.c:}}[[@LINE+1]]  <- protected
static int store_both(int *restrict a, int *restrict b) {
  *a = 1;
  // LINES-DAG: {{^    #0 0x[0-9a-f]+ in store_both .*c_restrict.c:}}[[@LINE+2]]:6{{$}}
  // LINES-DAG: {{^}}SUMMARY: StackedBorrowsSanitizer: protected-invalidation {{.*}}c_restrict.c:[[@LINE+1]]:6 in store_both
  *b = 2;
  return *a;
}

// LINES-DAG: {{in the frame of main \(.*c_restrict.c:}}[[@LINE+2]]){{$}}
// LINES-DAG: {{^   0: \[Unique .* made in main at .*c_restrict.c:}}[[@LINE+1]]{{$}}
int main(void) {
  int x = 0;
  // LINES-DAG: {{^    #1 0x[0-9a-f]+ in main .*c_restrict.c:}}[[@LINE+1]]:11{{$}}
  int r = store_both(&x, &x);
  printf("%d %d\n", r, x);
  return 0;
}
