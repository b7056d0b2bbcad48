// Retags without a child (SBSAN_RETAG_NO_CHILD) whose parent is not on top.
// Over a few granules, or inside one run whose listed holes hold few
// granules, they are answered with the parent's tag by the retag's own
// access through the parent: a read for SharedReadOnly (items above stay),
// a write for Unique (items above are popped, as the real retag's write
// pops them). With SBSAN_RETAG_PARENT_SHARED, or when the access is
// refused, the retag is made as written, and a refusal is reported as a
// retag. A larger range over a run with more holes than its list holds is
// made as written too.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t popped > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=POPPED < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: %record_exit %t refused > %t.out2 2> %t.err2
// RUN: FileCheck %s --check-prefix=REFUSED < %t.err2
// RUN: %record_exit %t large > %t.out3 2> %t.err3
// RUN: FileCheck %s --check-prefix=LARGE < %t.out3
// RUN: FileCheck %s --check-prefix=POPPED < %t.err3
// POPPED: ERROR: StackedBorrowsSanitizer: invalid-read on address 0x
// POPPED: is not in the borrow stack of 0x
// POPPED: was later popped by a write access through tag <
// POPPED: SUMMARY: StackedBorrowsSanitizer: invalid-read
// OUT: shared answered 1
// OUT: item above kept
// OUT: unique answered 1
// OUT: parent-shared answered 0
// OUT: {{^}}exit status 1{{$}}
// REFUSED: ERROR: StackedBorrowsSanitizer: invalid-retag on address 0x
// REFUSED: SUMMARY: StackedBorrowsSanitizer: invalid-retag
// LARGE: whole run answered 1
// LARGE: run with a hole answered 1
// LARGE: run with many holes answered 0
// LARGE: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

#include <string.h>

int main(int argc, char **argv) {
  char *p = malloc(64);
  sbsan_tag root = sim_ret_tag(p);
  if (!root || argc < 2)
    return 2;
  sbsan_tag u = sim_retag(p, 64, root, SBSAN_RETAG_UNIQUE);
  sbsan_tag s = sim_retag(p, 64, u, SBSAN_RETAG_SHARED_RO); /* above u */
  uint32_t NoChildShared = SBSAN_RETAG_SHARED_RO | SBSAN_RETAG_NO_CHILD;
  uint32_t NoChildUnique = SBSAN_RETAG_UNIQUE | SBSAN_RETAG_NO_CHILD;
  if (!strcmp(argv[1], "large")) {
    char *q = malloc(1024); /* one run */
    sbsan_tag qroot = sim_ret_tag(q);
    sbsan_tag qu = sim_retag(q, 1024, qroot, SBSAN_RETAG_UNIQUE);
    sbsan_tag qs = sim_retag(q, 1024, qu, SBSAN_RETAG_SHARED_RO);
    printf("whole run answered %d\n",
           sim_retag(q + 8, 1000, qu, NoChildUnique) == qu);
    sim_retag(q + 64, 8, qu, SBSAN_RETAG_SHARED_RO); /* a hole */
    printf("run with a hole answered %d\n",
           sim_retag(q + 8, 1000, qu, NoChildUnique) == qu);
    for (int i = 0; i < 12; ++i) /* more holes than the run's list holds */
      sim_retag(q + 64 + 16 * i, 8, qu, SBSAN_RETAG_SHARED_RO);
    printf("run with many holes answered %d\n",
           sim_retag(q + 8, 1000, qu, NoChildUnique) == qu);
    fflush(stdout);
    __sbsan_read8(q + 512, qs); /* popped by the first one's write */
    return 0;
  }
  if (!strcmp(argv[1], "refused")) {
    __sbsan_write8(p + 8, root); /* pops u and s there */
    sim_retag(p + 8, 8, s, NoChildShared);
    return 0;
  }
  printf("shared answered %d\n", sim_retag(p + 8, 8, u, NoChildShared) == u);
  __sbsan_read8(p + 8, s);
  printf("item above kept\n");
  printf("unique answered %d\n", sim_retag(p + 16, 8, u, NoChildUnique) == u);
  printf("parent-shared answered %d\n",
         sim_retag(p + 32, 8, u,
                   NoChildShared | SBSAN_RETAG_PARENT_SHARED) == u);
  fflush(stdout);
  __sbsan_read8(p + 16, s); /* popped by the Unique retag's write */
  return 0;
}
