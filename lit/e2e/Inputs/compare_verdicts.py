#!/usr/bin/env python3
"""Runs programs under two SBSAN_OPTIONS settings and compares the verdicts.

Usage: compare_verdicts.py WORKDIR OPTIONS_A OPTIONS_B RUSTC_CMD FILE...

Every FILE (.rs) is compiled once with RUSTC_CMD (a shell-split command
line, e.g. "sbsan-rustc --edition=2021 -C opt-level=1"), then run with
SBSAN_OPTIONS=OPTIONS_A and with SBSAN_OPTIONS=OPTIONS_B. The verdict of a
run is its exit status, its standard output, and the first report's kind
and SUMMARY line. Prints one line per program and "N programs, N differ";
exits 1 if any verdict differs or a program does not compile.
"""
import os
import re
import shlex
import subprocess
import sys


def verdict(exe, options):
    env = dict(os.environ, SBSAN_OPTIONS=options + ":color=never")
    try:
        p = subprocess.run([exe], env=env, capture_output=True, timeout=300,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return ("timeout",)
    err = p.stderr.decode(errors="replace")
    kind = re.search(r"ERROR: StackedBorrowsSanitizer: (\S+)", err)
    summary = re.search(r"^SUMMARY: .*$", err, re.M)
    return (p.returncode, p.stdout, kind and kind.group(1),
            summary and summary.group(0))


def main():
    workdir, opt_a, opt_b, rustc = sys.argv[1:5]
    files = sys.argv[5:]
    os.makedirs(workdir, exist_ok=True)
    differ = failed = 0
    for src in files:
        name = os.path.basename(src)
        exe = os.path.join(workdir, name + ".exe")
        cc = subprocess.run(shlex.split(rustc) + [src, "-o", exe],
                            capture_output=True)
        if cc.returncode != 0:
            print("COMPILE FAILED %s\n%s" % (name, cc.stderr.decode()))
            failed += 1
            continue
        a, b = verdict(exe, opt_a), verdict(exe, opt_b)
        same = a == b
        differ += not same
        reported = "report" if a[0] not in (0, "timeout") and a[2] else "clean"
        print("%s %s (%s)" % ("same" if same else "DIFFERENT", name, reported))
        if not same:
            print("  %s: %r\n  %s: %r" % (opt_a, a, opt_b, b))
    print("%d programs, %d differ, %d did not compile" %
          (len(files), differ, failed))
    return 1 if differ or failed else 0


if __name__ == "__main__":
    sys.exit(main())
