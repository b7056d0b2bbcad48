# lit.cfg.py - configuration of the SBSan lit suite.
#
# Three kinds of tests live under lit/: pass tests on LLVM IR (lit/pass, run
# through opt with the plugin), runtime tests (lit/runtime: plain C and C++
# linked with the runtime, calling its interface by hand the way
# instrumented code does) and end-to-end programs (lit/e2e, compiled with
# the compiler wrappers in scripts/ and run). The substitutions below are the
# vocabulary those tests are written in; every tool comes from LLVM 22, never
# from the unsuffixed (older) LLVM that may be on PATH.
#
# SBSAN_LIT_E2E=0 in the environment leaves out lit/e2e for quick runs.

import os
import shutil
import subprocess

import lit.formats
from lit.llvm import llvm_config

config.name = "SBSan"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".cpp", ".rs", ".test"]
# Inputs/ directories hold helper sources that tests compile, not tests.
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.sbsan_lit_obj

if os.environ.get("SBSAN_LIT_E2E", "1") == "0":
    config.excludes.append("e2e")

# A hung test (say, a deadlock in an instrumented program) must not eat the
# whole CI budget. lit can only enforce a limit with psutil installed
# (scripts/setup installs python3-psutil).
try:
    import psutil  # noqa: F401

    lit_config.maxIndividualTestTime = int(os.environ.get("SBSAN_TEST_TIMEOUT", "300"))
except ImportError:
    lit_config.note("python3-psutil missing: no per-test time limit")

# LLVM 22 tools first on PATH, so FileCheck, not, opt and clang in RUN lines
# are the right ones even when written without a substitution.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.use_default_substitutions()

# Programs under test must behave the same wherever lit is run from: no
# inherited runtime options, and reports without colour.
config.environment.pop("SBSAN_OPTIONS", None)
config.environment["SBSAN_PLUGIN"] = config.sbsan_plugin
config.environment["SBSAN_RUNTIME"] = config.sbsan_runtime
config.environment["SBSAN_BUILD_DIR"] = config.sbsan_obj_root
for var in ("HOME", "CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

scripts = config.sbsan_scripts_dir
opt = os.path.join(config.llvm_tools_dir, "opt")

# lit applies these in list order, before its own %s and %t: every name that
# starts with %sbsan must come before %sbsan itself.
config.substitutions.append(("%opt", "%s -load-pass-plugin=%s" % (opt, config.sbsan_plugin)))
config.substitutions.append(("%plugin", config.sbsan_plugin))
config.substitutions.append(("%sbsan_rt", config.sbsan_runtime))
# The runtime's interface header, sbsan_interface.h.
config.substitutions.append(("%sbsan_include", os.path.join(config.sbsan_src_root, "runtime", "include")))
config.substitutions.append(("%clangxx_sbsan", os.path.join(scripts, "sbsan-clang++")))
config.substitutions.append(("%clang_sbsan", os.path.join(scripts, "sbsan-clang")))
config.substitutions.append(("%rustc_sbsan", os.path.join(scripts, "sbsan-rustc") + " --edition=2021"))
# Uninstrumented compilers, to build the same program natively and compare.
config.substitutions.append(("%clangxx_plain", os.path.join(config.llvm_tools_dir, "clang++")))
config.substitutions.append(("%clang_plain", os.path.join(config.llvm_tools_dir, "clang")))
# `%record_exit PROG ARGS...` runs PROG and then prints `exit status N` on
# stdout, and itself succeeds: an instrumented and a native run of a sound
# program must print the same stdout, this line included. lit's own shell has
# no `$?`, hence sh.
config.substitutions.append(("%record_exit", """sh -c '"$0" "$@"; echo "exit status $?"'"""))
config.substitutions.append(("%sbsan_scripts", scripts))
config.substitutions.append(("%sbsan_src_root", config.sbsan_src_root))
config.substitutions.append(("%sbsan(?![_a-z])", os.path.join(scripts, "sbsan")))


def rustc_works(rustc):
    """rustc exists and is built on LLVM 22, so the plugin can load into it
    (the scripts' own test, sbsan_rustc_on_llvm22 in sbsan-common.sh)."""
    if not rustc or not os.path.exists(rustc):
        return False
    check = ('source "$0"; v="$("$1" -vV 2>/dev/null)" || exit 1; '
             'sbsan_rustc_on_llvm22 "$v"')
    try:
        return subprocess.run(
            ["bash", "-c", check, os.path.join(scripts, "sbsan-common.sh"),
             rustc], capture_output=True, timeout=60,
            env=config.environment).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


rustc = config.rustc or shutil.which("rustc") or ""
if rustc_works(rustc):
    config.available_features.add("rustc")
    config.environment["SBSAN_RUSTC"] = rustc
    # The same rustc without the plugin (a native build to compare with).
    config.substitutions.append(("%rustc_plain", rustc + " --edition=2021"))
else:
    lit_config.note("no rustc on LLVM 22 found: Rust tests are unsupported")


def find_cargo(rustc):
    """cargo next to rustc (rustup puts both in one directory), else on PATH."""
    candidates = []
    if rustc:
        candidates.append(os.path.join(os.path.dirname(rustc), "cargo"))
    candidates.append(shutil.which("cargo", path=config.environment.get("PATH")) or "")
    for cargo in candidates:
        if cargo and os.path.exists(cargo):
            try:
                if subprocess.run([cargo, "-V"], capture_output=True, timeout=60,
                                  env=config.environment).returncode == 0:
                    return cargo
            except (OSError, subprocess.SubprocessError):
                pass
    return None


# `cargo sbsan` tests (lit/e2e/cargo) need cargo as well as that rustc.
cargo = find_cargo(rustc) if "rustc" in config.available_features else None
if cargo:
    config.available_features.add("cargo")
    config.substitutions.append(("%cargo_sbsan", os.path.join(scripts, "cargo-sbsan")))
    config.substitutions.append(("%cargo(?![_a-z])", cargo))
elif "rustc" in config.available_features:
    lit_config.note("cargo not found: cargo sbsan tests are unsupported")
