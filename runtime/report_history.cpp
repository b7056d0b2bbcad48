//===- report_history.cpp - Where tags were made and invalidated ----------===//
//
// See report_history.h.
//
//===----------------------------------------------------------------------===//

#include "report_history.h"

#include "internal_libc.h"
#include "report_frames.h"
#include "report_names.h"
#include "report_scratch.h"
#include "runtime.h"

namespace sbsan {

bool findTagRecord(Tag T, TagRecord *R) {
  return T != kWildcardTag && T != kGlobalRootTag && history().enabled() &&
         history().find(T, R);
}

unsigned loadHistoryTrace(uint64_t Id) {
  return history().stack(Id, Scratch.HistoryPcs, kMaxHistoryFrames);
}

// "tag <N> was created by ... at:" and its trace.
static void printCreation(OutputBuffer &Out, Tag T, const TagRecord &R,
                          const char *Role) {
  unsigned long UT = (unsigned long)T;
  unsigned N = loadHistoryTrace(R.CreateStack);
  // The function that made the tag: the innermost frame of its trace.
  char Function[sizeof(FrameInfo::Function)] = "";
  if (N && symbolizePc(Scratch.HistoryPcs[0], false, Scratch.Frames, kMaxInline,
                       flags()))
    internalMemmove(Function, Scratch.Frames[0].Function, sizeof(Function));
  Out.append(Out.magenta());
  switch (R.Origin) {
  case TagOrigin::HeapRoot:
  case TagOrigin::StackRoot:
  case TagOrigin::GlobalRoot:
    Out.printf("tag <%lu>%s is the root of a %s of %lu bytes, made at:", UT,
               Role, rootKindName(R.Origin), (unsigned long)R.AllocSize);
    break;
  case TagOrigin::Retag:
    Out.printf("tag <%lu>%s was created by a %s retag of %lu bytes from tag "
               "<%lu>%s",
               UT, Role, retagKindName(R.RetagKind), (unsigned long)R.AllocSize,
               (unsigned long)R.Parent, protectorText(R.RetagKind));
    printRetagSite(Out, R.Site, Function);
    Out.append(" at:");
    break;
  case TagOrigin::Restrict:
    Out.printf("tag <%lu>%s is a restrict pointer derived from tag <%lu>, "
               "protected while its call runs",
               UT, Role, (unsigned long)R.Parent);
    printRetagSite(Out, R.Site, Function);
    Out.append(", made at:");
    break;
  }
  Out.printf("%s\n", Out.reset());
  if (N)
    printPcs(Out, Scratch.HistoryPcs, N, R.Origin == TagOrigin::HeapRoot);
  else
    Out.append("    (no stack trace recorded)\n");
}

void printTagHistory(OutputBuffer &Out, Tag T, const char *Role,
                     bool WantInvalidation, uptr Addr) {
  unsigned long UT = (unsigned long)T;
  if (T == kWildcardTag)
    return;
  if (T == kGlobalRootTag) {
    Out.printf("%stag <%lu>%s is the root tag of every global variable%s\n",
               Out.magenta(), UT, Role, Out.reset());
    return;
  }
  if (!history().enabled()) {
    Out.printf("%stag <%lu>%s: creation site unknown (history=0)%s\n",
               Out.magenta(), UT, Role, Out.reset());
    if (WantInvalidation)
      Out.printf("%stag <%lu>%s: invalidation site unknown (history=0)%s\n",
                 Out.magenta(), UT, Role, Out.reset());
    return;
  }
  TagRecord R;
  if (!history().find(T, &R))
    R = TagRecord();
  if (R.Created)
    printCreation(Out, T, R, Role);
  else
    Out.printf("%stag <%lu>%s: creation site unknown (its history record "
               "was overwritten; a larger history_size keeps more)%s\n",
               Out.magenta(), UT, Role, Out.reset());
  if (!WantInvalidation)
    return;
  if (R.How == Invalidation::None) {
    Out.printf("%sno invalidation of tag <%lu> is recorded: it was probably "
               "never derived for 0x%lx (or its record was overwritten)%s\n",
               Out.magenta(), UT, (unsigned long)Addr, Out.reset());
    return;
  }
  Out.printf("%stag <%lu> was later %s by a %s access through tag <%lu> "
             "at:%s\n",
             Out.magenta(), UT,
             R.How == Invalidation::Popped ? "popped" : "disabled",
             R.InvalAccess == AccessKind::Read ? "read" : "write",
             (unsigned long)R.InvalBy, Out.reset());
  unsigned N = loadHistoryTrace(R.InvalStack);
  if (N)
    printPcs(Out, Scratch.HistoryPcs, N);
  else
    Out.append("    (no stack trace recorded)\n");
}

void printProtectingCall(OutputBuffer &Out, Tag Protected, uint64_t CallId) {
  TagRecord R;
  FrameInfo &F = Scratch.Site;
  if (findTagRecord(Protected, &R) && R.Created) {
    unsigned N = loadHistoryTrace(R.CreateStack);
    if (N && symbolizePc(Scratch.HistoryPcs[0], false, Scratch.Frames,
                         kMaxInline, flags())) {
      F = Scratch.Frames[0];
      if (F.Function[0]) {
        Out.printf("the call to %s", F.Function);
      } else {
        char Where[2100];
        formatWhere(Where, sizeof(Where), F);
        Out.printf("the call to the function at %s", Where);
      }
      if (R.Site && R.Site->what && R.Site->what[0])
        Out.printf(" (%s)", R.Site->what);
      Out.printf(", which is still running (call #%lu)", (unsigned long)CallId);
      return;
    }
  }
  Out.printf("a call that is still running (call #%lu%s)",
             (unsigned long)CallId,
             history().enabled() ? "" : "; function unknown with history=0");
}

} // namespace sbsan
