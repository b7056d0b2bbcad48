# shellcheck shell=bash disable=SC2034  # variables here are used by the scripts that source this file
# sbsan-common.sh - sourced (not run) by the scripts in this directory.
#
# Every script needs the same few answers: where the source tree and the build
# tree are, where the plugin and runtime live, which LLVM 22 tools and which
# rustc to use. Keeping them here means the wrappers, `sbsan run`, setup and
# the test driver can never disagree about them.
#
# Environment overrides (all optional):
#   SBSAN_BUILD_DIR  build tree (default: <source root>/build)
#   SBSAN_PLUGIN     the pass plugin  (default: $SBSAN_BUILD_DIR/pass/libSBSan.so)
#   SBSAN_RUNTIME    the runtime      (default: $SBSAN_BUILD_DIR/runtime/libsbsan_rt.a)
#   SBSAN_RUSTC      the rustc to drive (default: rustc from PATH or ~/.cargo/bin)
#   SBSAN_CLANG, SBSAN_CLANGXX  the clang drivers (default: clang-22, clang++-22)

SBSAN_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SBSAN_ROOT="$(cd "$SBSAN_SCRIPTS_DIR/.." && pwd)"
SBSAN_BUILD_DIR="${SBSAN_BUILD_DIR:-$SBSAN_ROOT/build}"
SBSAN_LLVM_BIN="/usr/lib/llvm-22/bin"

sbsan_die() {
  echo "${SBSAN_PROG:-sbsan}: error: $*" >&2
  exit 2
}

# Plugin and runtime paths. An explicit SBSAN_PLUGIN/SBSAN_RUNTIME means the
# caller manages the build (e.g. lit), so nothing gets rebuilt behind its back.
sbsan_artifacts() {
  SBSAN_PLUGIN_PATH="${SBSAN_PLUGIN:-$SBSAN_BUILD_DIR/pass/libSBSan.so}"
  SBSAN_RUNTIME_PATH="${SBSAN_RUNTIME:-$SBSAN_BUILD_DIR/runtime/libsbsan_rt.a}"
}

# Builds the tool when the plugin or runtime is missing; quiet on success so
# that wrappers stay drop-in compilers.
sbsan_ensure_built() {
  sbsan_artifacts
  if [[ -f "$SBSAN_PLUGIN_PATH" && -f "$SBSAN_RUNTIME_PATH" ]]; then
    return 0
  fi
  if [[ -n "${SBSAN_PLUGIN:-}" || -n "${SBSAN_RUNTIME:-}" ]]; then
    [[ -f "$SBSAN_PLUGIN_PATH" ]] || sbsan_die "SBSAN_PLUGIN=$SBSAN_PLUGIN_PATH does not exist"
    [[ -f "$SBSAN_RUNTIME_PATH" ]] || sbsan_die "SBSAN_RUNTIME=$SBSAN_RUNTIME_PATH does not exist"
  fi
  echo "${SBSAN_PROG:-sbsan}: building SBSan in $SBSAN_BUILD_DIR (first use)..." >&2
  "$SBSAN_SCRIPTS_DIR/setup" --quiet >&2 || sbsan_die "building SBSan failed (see $SBSAN_BUILD_DIR/setup.log)"
  [[ -f "$SBSAN_PLUGIN_PATH" ]] || sbsan_die "the build did not produce $SBSAN_PLUGIN_PATH"
  [[ -f "$SBSAN_RUNTIME_PATH" ]] || sbsan_die "the build did not produce $SBSAN_RUNTIME_PATH"
}

# rustup installs into ~/.cargo/bin, which non-login shells (CI) may lack.
sbsan_add_cargo_path() {
  if ! command -v rustc >/dev/null 2>&1; then
    local d
    for d in "${CARGO_HOME:-$HOME/.cargo}/bin" /root/.cargo/bin; do
      if [[ -x "$d/rustc" ]]; then
        PATH="$PATH:$d"
        export PATH
        return 0
      fi
    done
  fi
}

# Sets SBSAN_RUSTC_BIN or returns 1 when no rustc can be found.
sbsan_find_rustc() {
  if [[ -n "${SBSAN_RUSTC:-}" ]]; then
    SBSAN_RUSTC_BIN="$SBSAN_RUSTC"
    return 0
  fi
  sbsan_add_cargo_path
  SBSAN_RUSTC_BIN="$(command -v rustc 2>/dev/null)" || return 1
}

# The LLVM version in a rustc's `-vV` output ($1), e.g. 22.1.2.
sbsan_llvm_version_of() {
  sed -n 's/^LLVM version: //p' <<<"$1"
}

# Whether a rustc's `-vV` output ($1) names LLVM 22, the major version the
# plugin is built for (it cannot load into any other).
sbsan_rustc_on_llvm22() {
  local v
  v="$(sbsan_llvm_version_of "$1")"
  [[ "${v%%.*}" == 22 ]]
}

# Whether $SBSAN_RUSTC_BIN has -Zcodegen-emit-retag, which makes rustc emit
# every retag Miri performs as a __rust_retag_* call that the pass lowers
# (reborrows inside one function become visible). Asked once per rustc
# (its `-vV` output keys a cache file in the build tree); $1, if given, is
# that output, which the caller already has.
# SBSAN_RUST_RETAGS=0 turns the flag off, =1 forces it.
sbsan_rustc_emits_retags() {
  case "${SBSAN_RUST_RETAGS:-auto}" in
    0) return 1 ;;
    1) return 0 ;;
  esac
  local version="${1-}" id cache
  [[ -n "$version" ]] || version="$("$SBSAN_RUSTC_BIN" -vV 2>/dev/null || true)"
  id="$(printf '%s\n' "$version" | cksum | cut -d' ' -f1)"
  cache="$SBSAN_BUILD_DIR/.rustc-retags-$id"
  if [[ ! -f "$cache" ]]; then
    local answer=no
    if RUSTC_BOOTSTRAP=1 "$SBSAN_RUSTC_BIN" -Z help 2>/dev/null |
        grep -q 'codegen-emit-retag'; then
      answer=yes
    fi
    mkdir -p "$SBSAN_BUILD_DIR" 2>/dev/null &&
      echo "$answer" > "$cache.$$" 2>/dev/null && mv -f "$cache.$$" "$cache"
    [[ "$answer" == yes ]]
    return
  fi
  [[ "$(cat "$cache")" == yes ]]
}

# clang-22 by name, or by its LLVM directory when /usr/bin lacks the alias.
sbsan_find_clang() {
  local want="$1" fallback="$2"
  if command -v "$want" >/dev/null 2>&1; then
    command -v "$want"
  elif [[ -x "$SBSAN_LLVM_BIN/$fallback" ]]; then
    echo "$SBSAN_LLVM_BIN/$fallback"
  else
    sbsan_die "$want not found; run scripts/setup (it installs clang-22)"
  fi
}
