// A forked child reports on its own and keeps working runtime state.
// RUN: %clang_plain -g -O1 -fno-omit-frame-pointer -Wall -I%sbsan_include %s %sbsan_rt -lpthread -o %t
// RUN: %record_exit %t > %t.out 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=REPORTS < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// CHECK: ERROR: StackedBorrowsSanitizer: invalid-write
// REPORTS-COUNT-1: ERROR: StackedBorrowsSanitizer
// REPORTS-NOT: ERROR: StackedBorrowsSanitizer
// OUT: parent clean
// OUT: {{^}}exit status 1{{$}}
#include "Inputs/sbsan_sim.h"

#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

static void *busy(void *arg) {
  (void)arg;
  for (int i = 0; i < 20000; ++i) {
    void *q = malloc(32);
    sim_free(q, sim_ret_tag(q));
  }
  return NULL;
}

int main(void) {
  pthread_t th;
  pthread_create(&th, NULL, busy, NULL); /* allocating while we fork */
  int *p = malloc(8);
  sbsan_tag root = sim_ret_tag(p);
  sbsan_tag ro = sim_retag(p, 8, root, SBSAN_RETAG_SHARED_RO);
  pid_t pid = fork();
  if (pid == 0) {
    void *q = malloc(100); /* the allocator still works in the child */
    sim_free(q, sim_ret_tag(q));
    __sbsan_write4(p, ro); /* report in the child */
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  pthread_join(th, NULL);
  __sbsan_read4(p, ro);
  sim_say("parent clean");
  sim_free(p, root);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}
