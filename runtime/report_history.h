//===- report_history.h - Where tags were made and invalidated ------------===//
//
// A borrow stack says only what is true now; to fix a violation one needs
// to know where the refused tag came from and what removed it. The history
// table keeps that for recent tags, and may have lost it (history=0, a
// record overwritten): reports then say what is not known.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_HISTORY_H
#define SBSAN_REPORT_HISTORY_H

#include "history.h"
#include "output.h"
#include "sbsan_common.h"

namespace sbsan {

// The history record of T; false for the wildcard and the global root
// tag, with history=0 and when the record is gone.
bool findTagRecord(Tag T, TagRecord *R);

// Loads the trace Id of the history table into Scratch.HistoryPcs;
// returns its number of frames (0 if it is gone).
unsigned loadHistoryTrace(uint64_t Id);

// "tag <17> was created by ... at:" and its trace; with WantInvalidation
// also "tag <17> was later popped by ..." (Addr: the refused byte). Role
// follows the tag's number: "" or " (the protected item)".
void printTagHistory(OutputBuffer &Out, Tag T, const char *Role,
                     bool WantInvalidation, uptr Addr);

// "the call to F (parameter `x`), which is still running (call #N)", from
// the protected tag's creation: a protector is made by a function-entry
// retag inside the protecting function, so that retag's first frame names
// the call.
void printProtectingCall(OutputBuffer &Out, Tag Protected, uint64_t CallId);

} // namespace sbsan

#endif // SBSAN_REPORT_HISTORY_H
