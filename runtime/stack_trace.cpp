//===- stack_trace.cpp - Frame-pointer unwinding --------------------------===//

#include "stack_trace.h"

#include "proc_maps.h"

namespace sbsan {

void captureStackTrace(StackTrace *Out, uptr Pc, uptr Bp, unsigned MaxFrames) {
  if (MaxFrames > StackTrace::kMaxFrames)
    MaxFrames = StackTrace::kMaxFrames;
  Out->Size = 0;
  if (!MaxFrames)
    return;
  Out->Pcs[Out->Size++] = Pc;
  uptr Lo, Hi;
  if (!Bp || !findMapping(Bp, &Lo, &Hi))
    return;
  auto Plausible = [&](uptr Fp) {
    return Fp % sizeof(uptr) == 0 && Fp >= Lo && Fp + 2 * sizeof(uptr) <= Hi;
  };
  // Bp's frame holds the saved frame pointer of the entry point's caller;
  // each frame record is {saved %rbp, return address}.
  uptr Fp = Bp;
  while (Out->Size < MaxFrames && Plausible(Fp)) {
    uptr Next = reinterpret_cast<const uptr *>(Fp)[0];
    if (Next <= Fp || !Plausible(Next))
      break;
    uptr RetPc = reinterpret_cast<const uptr *>(Next)[1];
    if (RetPc < 0x1000)
      break;
    Out->Pcs[Out->Size++] = RetPc;
    Fp = Next;
  }
}

} // namespace sbsan
