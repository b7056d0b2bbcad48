//===- proc_maps.h - Reading /proc/self/maps without malloc ---------------===//
//
// The unwinder must know how far a stack goes before it follows a frame
// pointer (frames compiled without frame pointers leave garbage in %rbp).
// /proc/self/maps gives the mapping that holds the current stack, for the
// main thread and for threads alike, without allocating.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_PROC_MAPS_H
#define SBSAN_PROC_MAPS_H

#include "sbsan_common.h"

namespace sbsan {

// The [Begin, End) of the mapping holding Addr; false if there is none.
bool findMapping(uptr Addr, uptr *Begin, uptr *End);

} // namespace sbsan

#endif // SBSAN_PROC_MAPS_H
