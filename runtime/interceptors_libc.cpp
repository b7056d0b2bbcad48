//===- interceptors_libc.cpp - C library calls checked like Rust code -----===//
//
// Uninstrumented C code may only do with a pointer what Rust code could do
// with it. When instrumented code calls one of the C library functions
// below, the runtime checks the bytes the function reads and writes with
// the tags of the pointer arguments, exactly as the same access made by the
// caller would be checked, and applies the effect on the borrow stacks: a
// write pops what a write pops, memcpy and memmove copy the provenance of
// stored pointers, other writes erase it.
//
// The tags come from the argument slots (sbsan_interface.h): the caller
// writes them before the call and clears them after it, and a slot counts
// only when its recorded value is the pointer received. A call from
// uninstrumented code (or a lowered memory intrinsic, which the pass has
// already checked) finds no matching slot: its pointers are wildcards and
// nothing is checked or changed. Each interceptor consumes its slots before
// calling anything, so the C function's own library calls find none.
//
// What is checked is what the function is known to touch: a string
// function's bytes up to and including the terminator it reaches, read()
// and its kin the bytes actually stored (after the call, as the count is
// known only then), write() and its kin all the bytes they are given
// (before the call). qsort reads and writes the whole array; the
// comparison callbacks of qsort and bsearch get the caller's tags for
// pointers into its array and key (CompareScope).
//
// The real functions are found with dlsym(RTLD_NEXT). Until then (dlsym
// itself may copy memory) the mem* functions run a plain loop.
//
//===----------------------------------------------------------------------===//

#include "counters.h"
#include "internal_libc.h"
#include "provenance.h"
#include "runtime.h"
#include "sbsan_interface.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>

using namespace sbsan;

namespace {

// The tag of argument slot Index if it was written for pointer P, else the
// wildcard; the slot is consumed either way. The first argument's slot
// tells whether instrumented code made the call (for print_stats).
Tag takeSlot(unsigned Index, const void *P) {
  sbsan_tag_slot &S = __sbsan_arg_slots[Index];
  bool Match = P && S.value == reinterpret_cast<uint64_t>(P);
  S.value = 0;
  if (Match && Index == 0)
    countEvent(Event::LibcCall);
  return Match ? S.tag : kWildcardTag;
}

// One intercepted call: its name and where it returns to.
struct CCall {
  const char *Name;
  uptr Pc, Bp;
};

// Checks an access of Size bytes at P made through tag T on behalf of the
// caller; reports (and halts, by default) if the model refuses it.
void check(const CCall &C, const void *P, uptr Size, Tag T, AccessKind Kind) {
  if (T == kWildcardTag || !Size || !coreReady())
    return;
  checkAccess(reinterpret_cast<uptr>(P), Size, T, Kind, C.Pc, C.Bp, C.Name);
}

void checkRead(const CCall &C, const void *P, uptr Size, Tag T) {
  check(C, P, Size, T, AccessKind::Read);
}

// A write that stores no pointers: the bytes lose their provenance.
void checkWrite(const CCall &C, void *P, uptr Size, Tag T) {
  check(C, P, Size, T, AccessKind::Write);
  if (T != kWildcardTag && Size && coreReady())
    clearProvenance(reinterpret_cast<uptr>(P), Size);
}

template <typename Fn> Fn realFunction(Fn &Cache, const char *Name) {
  if (!Cache)
    Cache = reinterpret_cast<Fn>(dlsym(RTLD_NEXT, Name));
  return Cache;
}

#define SBSAN_REAL(Name)                                                       \
  ([]() {                                                                      \
    static decltype(&::Name) Cache = nullptr;                                  \
    return realFunction(Cache, #Name);                                         \
  }())

#define SBSAN_CCALL(Name)                                                      \
  CCall C{Name, SBSAN_CURRENT_PC(), SBSAN_CURRENT_BP()};                       \
  (void)C

// Bytes a NUL-terminated string of Ch occupies, terminator included; at
// most N characters.
template <typename Ch> size_t stringBytes(const Ch *S, size_t N = ~size_t(0)) {
  size_t I = 0;
  while (I < N && S[I])
    ++I;
  return (I < N ? I + 1 : N) * sizeof(Ch);
}

// strcmp, strncmp, wcscmp: both strings read up to and including the
// first difference or terminator, at most Max characters.
template <typename Ch>
void checkCompared(const CCall &C, const Ch *A, const Ch *B, size_t Max) {
  Tag TA = takeSlot(0, A), TB = takeSlot(1, B);
  size_t I = 0;
  while (I < Max && A[I] == B[I] && A[I])
    ++I;
  size_t N = (I < Max ? I + 1 : Max) * sizeof(Ch);
  checkRead(C, A, N, TA);
  checkRead(C, B, N, TB);
}

// strcpy and wcscpy: the source string read, as many bytes written.
template <typename Ch>
Ch *copyString(const CCall &C, Ch *D, const Ch *S,
               Ch *(*Real)(Ch *, const Ch *)) {
  Tag TD = takeSlot(0, D), TS = takeSlot(1, S);
  size_t N = stringBytes(S);
  checkRead(C, S, N, TS);
  checkWrite(C, D, N, TD);
  return Real(D, S);
}

// The comparison callback of qsort and bsearch runs with the caller's tags:
// a pointer into the caller's array gets the array's tag, bsearch's key
// the key's, through the argument slots the instrumented callback reads
// on entry. Any other pointer (into libc's own temporary copy of
// elements) gets none, so the callback's accesses through it are not
// checked. The context is per thread and nests (a callback may sort).
using CompareFn = int (*)(const void *, const void *);

class CompareScope {
public:
  CompareScope(CompareFn Compare, const void *Base, uptr Bytes, Tag BaseTag,
               const void *Key, Tag KeyTag)
      : Compare(Compare), Lo(reinterpret_cast<uptr>(Base)), Hi(Lo + Bytes),
        BaseTag(BaseTag), Key(Key), KeyTag(KeyTag), Outer(Current) {
    Current = this;
  }
  ~CompareScope() { Current = Outer; }
  CompareScope(const CompareScope &) = delete;
  CompareScope &operator=(const CompareScope &) = delete;

  // The function to hand to libc: the trampoline, unless no tag is known
  // (or no callback), when the caller's own function does as well.
  CompareFn callback() const {
    return Compare && (BaseTag != kWildcardTag || KeyTag != kWildcardTag)
               ? &trampoline
               : Compare;
  }

private:
  Tag tagOf(const void *P) const {
    if (Key && P == Key)
      return KeyTag;
    uptr A = reinterpret_cast<uptr>(P);
    return A >= Lo && A < Hi ? BaseTag : kWildcardTag;
  }
  static int trampoline(const void *A, const void *B) {
    CompareScope *S = Current;
    __sbsan_arg_slots[0] = {reinterpret_cast<uint64_t>(A), S->tagOf(A)};
    __sbsan_arg_slots[1] = {reinterpret_cast<uint64_t>(B), S->tagOf(B)};
    int R = S->Compare(A, B);
    // An uninstrumented callback leaves the slots for someone else.
    __sbsan_arg_slots[0].value = __sbsan_arg_slots[1].value = 0;
    return R;
  }

  CompareFn Compare;
  uptr Lo, Hi;
  Tag BaseTag;
  const void *Key;
  Tag KeyTag;
  CompareScope *Outer;
  static thread_local CompareScope *Current;
};

thread_local CompareScope *CompareScope::Current = nullptr;

} // namespace

extern "C" {

// ---- memory ----

// memcpy and memmove: the source read, the destination written, and the
// provenance of the pointers stored there copied along.
static void *copyChecked(const CCall &C, void *D, const void *S, size_t N,
                         void *(*Real)(void *, const void *, size_t)) {
  Tag TD = takeSlot(0, D), TS = takeSlot(1, S);
  checkRead(C, S, N, TS);
  check(C, D, N, TD, AccessKind::Write);
  // Before dlsym has answered, glibc's unintercepted entry does the copy.
  void *R = D;
  if (Real)
    R = Real(D, S, N);
  else
    internalMemmove(D, S, N);
  if ((TD != kWildcardTag || TS != kWildcardTag) && N && coreReady())
    copyProvenance(reinterpret_cast<uptr>(D), reinterpret_cast<uptr>(S), N);
  return R;
}

void *memcpy(void *D, const void *S, size_t N) {
  SBSAN_CCALL("memcpy");
  static decltype(&::memcpy) Real = nullptr;
  return copyChecked(C, D, S, N, realFunction(Real, "memcpy"));
}

void *memmove(void *D, const void *S, size_t N) {
  SBSAN_CCALL("memmove");
  static decltype(&::memmove) Real = nullptr;
  return copyChecked(C, D, S, N, realFunction(Real, "memmove"));
}

void *memset(void *D, int V, size_t N) {
  SBSAN_CCALL("memset");
  checkWrite(C, D, N, takeSlot(0, D));
  static decltype(&::memset) Real = nullptr;
  if (realFunction(Real, "memset"))
    return Real(D, V, N);
  internalMemset(D, V, N); // before dlsym has answered
  return D;
}

void bzero(void *D, size_t N) {
  SBSAN_CCALL("bzero");
  checkWrite(C, D, N, takeSlot(0, D));
  SBSAN_REAL(memset)(D, 0, N);
}

// memcmp and bcmp: both ranges read in full.
static int compareChecked(const CCall &C, const void *A, const void *B,
                          size_t N,
                          int (*Real)(const void *, const void *, size_t)) {
  Tag TA = takeSlot(0, A), TB = takeSlot(1, B);
  checkRead(C, A, N, TA);
  checkRead(C, B, N, TB);
  return Real(A, B, N);
}

int memcmp(const void *A, const void *B, size_t N) {
  SBSAN_CCALL("memcmp");
  return compareChecked(C, A, B, N, SBSAN_REAL(memcmp));
}

int bcmp(const void *A, const void *B, size_t N) {
  SBSAN_CCALL("bcmp");
  return compareChecked(C, A, B, N, SBSAN_REAL(bcmp));
}

void *memchr(const void *S, int V, size_t N) {
  SBSAN_CCALL("memchr");
  Tag T = takeSlot(0, S);
  void *R = SBSAN_REAL(memchr)(S, V, N);
  checkRead(C, S, R ? uptr(R) - uptr(S) + 1 : N, T);
  return R;
}

// ---- strings ----

size_t strlen(const char *S) {
  SBSAN_CCALL("strlen");
  Tag T = takeSlot(0, S);
  size_t N = SBSAN_REAL(strlen)(S);
  checkRead(C, S, N + 1, T);
  return N;
}

size_t strnlen(const char *S, size_t Max) {
  SBSAN_CCALL("strnlen");
  Tag T = takeSlot(0, S);
  size_t N = SBSAN_REAL(strnlen)(S, Max);
  checkRead(C, S, N < Max ? N + 1 : Max, T);
  return N;
}

char *strcpy(char *D, const char *S) {
  SBSAN_CCALL("strcpy");
  return copyString(C, D, S, SBSAN_REAL(strcpy));
}

char *strncpy(char *D, const char *S, size_t N) {
  SBSAN_CCALL("strncpy");
  Tag TD = takeSlot(0, D), TS = takeSlot(1, S);
  checkRead(C, S, stringBytes(S, N), TS);
  checkWrite(C, D, N, TD); // padded with NULs up to N
  return SBSAN_REAL(strncpy)(D, S, N);
}

char *strcat(char *D, const char *S) {
  SBSAN_CCALL("strcat");
  Tag TD = takeSlot(0, D), TS = takeSlot(1, S);
  size_t Old = stringBytes(D), Add = stringBytes(S);
  checkRead(C, S, Add, TS);
  checkRead(C, D, Old, TD);
  checkWrite(C, D + Old - 1, Add, TD);
  return SBSAN_REAL(strcat)(D, S);
}

char *strncat(char *D, const char *S, size_t N) {
  SBSAN_CCALL("strncat");
  Tag TD = takeSlot(0, D), TS = takeSlot(1, S);
  size_t Old = stringBytes(D), Add = stringBytes(S, N);
  checkRead(C, S, Add, TS);
  checkRead(C, D, Old, TD);
  // Add characters of S (without a terminator when it stopped at N) and a
  // terminator.
  size_t Copied = Add - (Add <= N && S[Add - 1] == 0 ? 1 : 0);
  checkWrite(C, D + Old - 1, Copied + 1, TD);
  return SBSAN_REAL(strncat)(D, S, N);
}

int strcmp(const char *A, const char *B) {
  SBSAN_CCALL("strcmp");
  checkCompared(C, A, B, ~size_t(0));
  return SBSAN_REAL(strcmp)(A, B);
}

int strncmp(const char *A, const char *B, size_t Max) {
  SBSAN_CCALL("strncmp");
  checkCompared(C, A, B, Max);
  return SBSAN_REAL(strncmp)(A, B, Max);
}

char *strchr(const char *S, int V) {
  SBSAN_CCALL("strchr");
  Tag T = takeSlot(0, S);
  char *R = SBSAN_REAL(strchr)(S, V);
  checkRead(C, S, R && *R ? uptr(R) - uptr(S) + 1 : stringBytes(S), T);
  return R;
}

char *strrchr(const char *S, int V) {
  SBSAN_CCALL("strrchr");
  Tag T = takeSlot(0, S);
  checkRead(C, S, stringBytes(S), T);
  return SBSAN_REAL(strrchr)(S, V);
}

char *strstr(const char *H, const char *N) {
  SBSAN_CCALL("strstr");
  Tag TH = takeSlot(0, H), TN = takeSlot(1, N);
  checkRead(C, N, stringBytes(N), TN);
  char *R = SBSAN_REAL(strstr)(H, N);
  checkRead(C, H, R ? uptr(R) - uptr(H) + stringBytes(N) - 1 : stringBytes(H),
            TH);
  return R;
}

char *strdup(const char *S) {
  SBSAN_CCALL("strdup");
  checkRead(C, S, stringBytes(S), takeSlot(0, S));
  return SBSAN_REAL(strdup)(S);
}

size_t wcslen(const wchar_t *S) {
  SBSAN_CCALL("wcslen");
  Tag T = takeSlot(0, S);
  size_t N = SBSAN_REAL(wcslen)(S);
  checkRead(C, S, (N + 1) * sizeof(wchar_t), T);
  return N;
}

wchar_t *wcscpy(wchar_t *D, const wchar_t *S) {
  SBSAN_CCALL("wcscpy");
  return copyString(C, D, S, SBSAN_REAL(wcscpy));
}

int wcscmp(const wchar_t *A, const wchar_t *B) {
  SBSAN_CCALL("wcscmp");
  checkCompared(C, A, B, ~size_t(0));
  return SBSAN_REAL(wcscmp)(A, B);
}

// ---- files and sockets ----

// read, pread, recv: the R bytes stored (R < 0: an error, nothing stored).
static ssize_t stored(const CCall &C, void *Buf, Tag T, ssize_t R) {
  if (R > 0)
    checkWrite(C, Buf, uptr(R), T);
  return R;
}

ssize_t read(int Fd, void *Buf, size_t N) {
  SBSAN_CCALL("read");
  Tag T = takeSlot(0, Buf);
  return stored(C, Buf, T, SBSAN_REAL(read)(Fd, Buf, N));
}

ssize_t pread(int Fd, void *Buf, size_t N, off_t Off) {
  SBSAN_CCALL("pread");
  Tag T = takeSlot(0, Buf);
  return stored(C, Buf, T, SBSAN_REAL(pread)(Fd, Buf, N, Off));
}

ssize_t write(int Fd, const void *Buf, size_t N) {
  SBSAN_CCALL("write");
  checkRead(C, Buf, N, takeSlot(0, Buf));
  return SBSAN_REAL(write)(Fd, Buf, N);
}

ssize_t pwrite(int Fd, const void *Buf, size_t N, off_t Off) {
  SBSAN_CCALL("pwrite");
  checkRead(C, Buf, N, takeSlot(0, Buf));
  return SBSAN_REAL(pwrite)(Fd, Buf, N, Off);
}

// The buffers of an iovec array carry the tags stored with their pointers.
static Tag iovecTag(const struct iovec *V, Tag ArrayTag) {
  if (ArrayTag == kWildcardTag || !coreReady())
    return kWildcardTag;
  return loadProvenance(reinterpret_cast<uptr>(&V->iov_base),
                        reinterpret_cast<uptr>(V->iov_base));
}

ssize_t readv(int Fd, const struct iovec *V, int Count) {
  SBSAN_CCALL("readv");
  Tag TV = takeSlot(0, V);
  if (Count > 0)
    checkRead(C, V, uptr(Count) * sizeof(*V), TV);
  ssize_t R = SBSAN_REAL(readv)(Fd, V, Count);
  uptr Left = R > 0 ? uptr(R) : 0;
  for (int I = 0; I < Count && Left; ++I) {
    uptr N = V[I].iov_len < Left ? V[I].iov_len : Left;
    checkWrite(C, V[I].iov_base, N, iovecTag(&V[I], TV));
    Left -= N;
  }
  return R;
}

ssize_t writev(int Fd, const struct iovec *V, int Count) {
  SBSAN_CCALL("writev");
  Tag TV = takeSlot(0, V);
  if (Count > 0)
    checkRead(C, V, uptr(Count) * sizeof(*V), TV);
  for (int I = 0; I < Count; ++I)
    checkRead(C, V[I].iov_base, V[I].iov_len, iovecTag(&V[I], TV));
  return SBSAN_REAL(writev)(Fd, V, Count);
}

ssize_t recv(int Fd, void *Buf, size_t N, int Flags) {
  SBSAN_CCALL("recv");
  Tag T = takeSlot(0, Buf);
  return stored(C, Buf, T, SBSAN_REAL(recv)(Fd, Buf, N, Flags));
}

ssize_t send(int Fd, const void *Buf, size_t N, int Flags) {
  SBSAN_CCALL("send");
  checkRead(C, Buf, N, takeSlot(0, Buf));
  return SBSAN_REAL(send)(Fd, Buf, N, Flags);
}

size_t fread(void *Buf, size_t Size, size_t N, FILE *F) {
  SBSAN_CCALL("fread");
  Tag T = takeSlot(0, Buf);
  takeSlot(1, F);
  size_t R = SBSAN_REAL(fread)(Buf, Size, N, F);
  checkWrite(C, Buf, R * Size, T);
  return R;
}

size_t fwrite(const void *Buf, size_t Size, size_t N, FILE *F) {
  SBSAN_CCALL("fwrite");
  Tag T = takeSlot(0, Buf);
  takeSlot(1, F);
  checkRead(C, Buf, Size * N, T);
  return SBSAN_REAL(fwrite)(Buf, Size, N, F);
}

char *fgets(char *S, int N, FILE *F) {
  SBSAN_CCALL("fgets");
  Tag T = takeSlot(0, S);
  takeSlot(1, F);
  char *R = SBSAN_REAL(fgets)(S, N, F);
  if (R)
    checkWrite(C, S, stringBytes(S, size_t(N)), T);
  return R;
}

char *getcwd(char *Buf, size_t N) {
  SBSAN_CCALL("getcwd");
  Tag T = takeSlot(0, Buf);
  char *R = SBSAN_REAL(getcwd)(Buf, N);
  if (R && Buf)
    checkWrite(C, Buf, stringBytes(Buf, N), T);
  return R;
}

char *realpath(const char *Path, char *Resolved) {
  SBSAN_CCALL("realpath");
  Tag TP = takeSlot(0, Path), TR = takeSlot(1, Resolved);
  checkRead(C, Path, stringBytes(Path), TP);
  char *R = SBSAN_REAL(realpath)(Path, Resolved);
  if (R && Resolved)
    checkWrite(C, Resolved, stringBytes(Resolved), TR);
  return R;
}

// stat and lstat: the path read, the struct written on success.
static int statPath(const CCall &C, int (*Real)(const char *, struct stat *),
                    const char *Path, struct stat *St) {
  Tag TP = takeSlot(0, Path), TS = takeSlot(1, St);
  checkRead(C, Path, stringBytes(Path), TP);
  int R = Real(Path, St);
  if (R == 0)
    checkWrite(C, St, sizeof(*St), TS);
  return R;
}

int stat(const char *Path, struct stat *St) {
  SBSAN_CCALL("stat");
  return statPath(C, SBSAN_REAL(stat), Path, St);
}

int lstat(const char *Path, struct stat *St) {
  SBSAN_CCALL("lstat");
  return statPath(C, SBSAN_REAL(lstat), Path, St);
}

int fstat(int Fd, struct stat *St) {
  SBSAN_CCALL("fstat");
  Tag T = takeSlot(0, St);
  int R = SBSAN_REAL(fstat)(Fd, St);
  if (R == 0)
    checkWrite(C, St, sizeof(*St), T);
  return R;
}

// ---- formatted output, sorting ----

// snprintf and vsnprintf: the text stored and its terminator written.
static int formatChecked(const CCall &C, char *Buf, size_t N, const char *Fmt,
                         va_list Args) {
  Tag TB = takeSlot(0, Buf);
  takeSlot(1, Fmt);
  int R = SBSAN_REAL(vsnprintf)(Buf, N, Fmt, Args);
  if (R >= 0 && N)
    checkWrite(C, Buf, (uptr(R) < N ? uptr(R) : N - 1) + 1, TB);
  return R;
}

int vsnprintf(char *Buf, size_t N, const char *Fmt, va_list Args) {
  SBSAN_CCALL("vsnprintf");
  return formatChecked(C, Buf, N, Fmt, Args);
}

int snprintf(char *Buf, size_t N, const char *Fmt, ...) {
  SBSAN_CCALL("snprintf");
  va_list Args;
  va_start(Args, Fmt);
  int R = formatChecked(C, Buf, N, Fmt, Args);
  va_end(Args);
  return R;
}

void qsort(void *Base, size_t N, size_t Size, CompareFn Compare) {
  SBSAN_CCALL("qsort");
  Tag T = takeSlot(0, Base);
  // Elements are moved as bytes: pointers inside them keep no tag.
  checkWrite(C, Base, N * Size, T);
  CompareScope Scope(Compare, Base, N * Size, T, nullptr, kWildcardTag);
  SBSAN_REAL(qsort)(Base, N, Size, Scope.callback());
}

void *bsearch(const void *Key, const void *Base, size_t N, size_t Size,
              CompareFn Compare) {
  Tag TK = takeSlot(0, Key);
  Tag TB = takeSlot(1, Base);
  CompareScope Scope(Compare, Base, N * Size, TB, Key, TK);
  return SBSAN_REAL(bsearch)(Key, Base, N, Size, Scope.callback());
}

} // extern "C"
