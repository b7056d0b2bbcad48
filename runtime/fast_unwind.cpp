//===- fast_unwind.cpp - Short stack traces for tag history ---------------===//

#include "fast_unwind.h"

#include "proc_maps.h"

namespace sbsan {

namespace {

// The mappings that held this thread's stack the last two times we looked
// (two, so that code switching between two stacks, such as a signal stack
// or coroutines, does not read /proc/self/maps on every capture).
__thread uptr StackLo __attribute__((tls_model("initial-exec"))) = 0;
__thread uptr StackHi __attribute__((tls_model("initial-exec"))) = 0;
__thread uptr OtherLo __attribute__((tls_model("initial-exec"))) = 0;
__thread uptr OtherHi __attribute__((tls_model("initial-exec"))) = 0;

// Bounds of the stack holding Fp, or false if they cannot be found.
SBSAN_ALWAYS_INLINE bool stackBounds(uptr Fp, uptr *Lo, uptr *Hi) {
  if (SBSAN_UNLIKELY(Fp < StackLo || Fp >= StackHi)) {
    uptr B, E;
    if (Fp >= OtherLo && Fp < OtherHi) {
      B = OtherLo;
      E = OtherHi;
    } else if (!findMapping(Fp, &B, &E)) {
      return false;
    }
    OtherLo = StackLo;
    OtherHi = StackHi;
    StackLo = B;
    StackHi = E;
  }
  *Lo = StackLo;
  *Hi = StackHi;
  return true;
}

// Frame records are {saved %rbp, return address}; a record is usable if
// it lies inside the stack and above the previous one.
SBSAN_ALWAYS_INLINE bool plausible(uptr Fp, uptr Prev, uptr Hi) {
  return Fp > Prev && Fp % sizeof(uptr) == 0 && Fp + 2 * sizeof(uptr) <= Hi;
}

} // namespace

unsigned unwindFrom(uptr Pc, uptr Bp, uptr *Out, unsigned Max) {
  if (!Max)
    return 0;
  unsigned N = 0;
  Out[N++] = Pc;
  uptr Lo, Hi;
  if (!Bp || !stackBounds(Bp, &Lo, &Hi) || Bp < Lo)
    return N;
  // Bp's record holds the frame pointer of the function Pc returns into.
  uptr Fp = Bp;
  while (N < Max) {
    uptr Next = reinterpret_cast<const uptr *>(Fp)[0];
    if (!plausible(Next, Fp, Hi))
      break;
    uptr Ret = reinterpret_cast<const uptr *>(Next)[1];
    if (Ret < 0x1000)
      break;
    Out[N++] = Ret;
    Fp = Next;
  }
  return N;
}

unsigned captureFromEntry(uptr Pc, uptr *Out, unsigned Max) {
  if (!Max)
    return 0;
  uptr Fp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  uptr Lo, Hi;
  if (!stackBounds(Fp, &Lo, &Hi)) {
    Out[0] = Pc;
    return 1;
  }
  // The runtime's frames between here and the entry point are few.
  constexpr unsigned kMaxRuntimeFrames = 24;
  for (unsigned I = 0; I < kMaxRuntimeFrames; ++I) {
    const uptr *Record = reinterpret_cast<const uptr *>(Fp);
    if (Record[1] == Pc)
      return unwindFrom(Pc, Fp, Out, Max);
    uptr Next = Record[0];
    if (!plausible(Next, Fp, Hi))
      break;
    Fp = Next;
  }
  Out[0] = Pc;
  return 1;
}

} // namespace sbsan
