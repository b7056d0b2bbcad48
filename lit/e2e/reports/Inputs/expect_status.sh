#!/usr/bin/env bash
# expect_status.sh STATUS CMD ARGS... : runs CMD and fails unless it exits
# with STATUS (lit's shell has no $?). Output passes through.
want="$1"
shift
"$@"
got=$?
if [[ "$got" != "$want" ]]; then
  echo "expect_status.sh: exit status $got, expected $want" >&2
  exit 1
fi
exit 0
