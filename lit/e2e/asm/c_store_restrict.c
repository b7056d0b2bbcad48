// GNU inline asm in C is checked like the C code it stands for: a store
// through `b` by the asm, through a register operand or an `=m` memory
// operand, is the same protected-invalidation as `*b = 2` when `a` and
// `b` are restrict parameters pointing to one int, and the same store
// through distinct ints is silent.
// RUN: %clang_sbsan -O0 %s -o %t0 && not %t0 2>&1 | FileCheck %s --check-prefix=REG
// RUN: %clang_sbsan -O1 %s -o %t1 && not %t1 2>&1 | FileCheck %s --check-prefix=REG
// RUN: %clang_sbsan -O0 -DMEM_OPERAND %s -o %t2 && not %t2 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: %clang_sbsan -O1 -DMEM_OPERAND %s -o %t3 && not %t3 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: %clang_sbsan -O1 -DDISTINCT %s -o %t4 && %t4 | FileCheck %s --check-prefix=SOUND
// RUN: %clang_sbsan -O1 -DDISTINCT -DMEM_OPERAND %s -o %t5 && %t5 | FileCheck %s --check-prefix=SOUND
// REG: ERROR: StackedBorrowsSanitizer: protected-invalidation
// REG-NEXT: write access of 4 bytes
// REG-NEXT: would pop item [Unique <{{[0-9]+}}>], which is strongly protected by the call to store_both (parameter {{.*}}(restrict))
// REG-NEXT: {{#0 .* in store_both .*c_store_restrict.c:}}[[@LINE+12]]
// MEM: ERROR: StackedBorrowsSanitizer: protected-invalidation
// MEM-NEXT: write access of 4 bytes
// MEM-NEXT: would pop item [Unique <{{[0-9]+}}>], which is strongly protected by the call to store_both (parameter {{.*}}(restrict))
// MEM-NEXT: {{#0 .* in store_both .*c_store_restrict.c:}}[[@LINE+10]]
// SOUND: result 1 2
#include <stdio.h>

__attribute__((noinline)) static int store_both(int *restrict a,
                                                int *restrict b) {
  *a = 1;
#ifndef MEM_OPERAND
  __asm__ volatile("movl $2, (%0)" : : "r"(b) : "memory");
#else
  __asm__ volatile("movl $2, %0" : "=m"(*b));
#endif
  return *a;
}

int main(void) {
  int x = 0, y = 0;
#ifdef DISTINCT
  int r = store_both(&x, &y);
  printf("result %d %d\n", r, y);
#else
  int r = store_both(&x, &x);
  printf("result %d %d\n", r, x);
#endif
  return 0;
}
