// Prints its arguments and exits with the status given as the first one;
// used to check that `sbsan run` passes both through.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    printf("arg%d=%s\n", i, argv[i]);
  return argc > 1 ? atoi(argv[1]) : 0;
}
