#!/usr/bin/env python3
"""Runs programs under two SBSAN_OPTIONS settings and compares the verdicts.

Usage: compare_verdicts.py [--rustc-b RUSTC_CMD_B] WORKDIR OPTIONS_A OPTIONS_B
                           RUSTC_CMD FILE...

Every FILE (.rs) is compiled once with RUSTC_CMD (a shell-split command
line, e.g. "sbsan-rustc --edition=2021 -C opt-level=1"), then run with
SBSAN_OPTIONS=OPTIONS_A and with SBSAN_OPTIONS=OPTIONS_B. With --rustc-b,
the second run uses a second build, made with RUSTC_CMD_B (a command line
may start with VAR=value words, which set environment variables). The verdict of a
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


def compile(command, src, exe):
    words = shlex.split(command)
    env = dict(os.environ)
    while words and re.match(r"^[A-Z_][A-Z0-9_]*=", words[0]):
        key, value = words.pop(0).split("=", 1)
        env[key] = value
    return subprocess.run(words + [src, "-o", exe], capture_output=True,
                          env=env)


def main():
    args = sys.argv[1:]
    rustc_b = None
    if args[:1] == ["--rustc-b"]:
        rustc_b = args[1]
        args = args[2:]
    workdir, opt_a, opt_b, rustc = args[:4]
    files = args[4:]
    os.makedirs(workdir, exist_ok=True)
    differ = failed = 0
    for src in files:
        name = os.path.basename(src)
        exe = os.path.join(workdir, name + ".exe")
        exe_b = os.path.join(workdir, name + ".b.exe") if rustc_b else exe
        builds = [(rustc, exe)] + ([(rustc_b, exe_b)] if rustc_b else [])
        cc = [compile(command, src, out) for command, out in builds]
        if any(c.returncode != 0 for c in cc):
            print("COMPILE FAILED %s\n%s" %
                  (name, "".join(c.stderr.decode() for c in cc)))
            failed += 1
            continue
        a, b = verdict(exe, opt_a), verdict(exe_b, opt_b)
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
