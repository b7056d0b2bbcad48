//===- tags.h - Handing out fresh tags ------------------------------------===//
//
// Tags only need to be unique, so a global counter of tag numbers
// suffices; threads take numbers in batches to keep that counter's cache
// line quiet. Tag number N becomes the tag N << 3 | class, where the class
// says what the tag may need:
//   bit 0  a tag of a protected retag (borrow_stack.h: mayBeProtected),
//   bit 2  a SharedReadOnly tag of frozen bytes (isFrozenSharedTag),
//   3      a restrict tag (borrow_stack.h: isRestrictTag), always protected.
// Class 2 is never handed out: tag 2 is the root of every global and 0 the
// wildcard, and numbers start at 1, so fresh tags start at 8.
//
// Order. The borrow stacks rely on "a tag made before an allocation's root
// is smaller than that root" (borrow_stack.h, stale tags), and lose
// precision for tags made after it that are smaller. Within a thread
// numbers only grow. Heap roots come from the newest batch of all (the
// thread's own if no thread took one since, else a fresh one), so the rule
// holds across threads for them, and the thread's later tags are larger.
// Another thread's later tags may still come from an older batch: those
// are the ones that lose precision. Stack roots come from the thread's
// batch like other tags: their memory is the thread's own, and a stale tag
// for it from another thread is rare enough not to cost every call a
// look at the shared counter.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_TAGS_H
#define SBSAN_TAGS_H

#include "borrow_stack.h"

namespace sbsan {

// A fresh tag; odd iff Protected, isFrozenSharedTag iff FrozenShared.
Tag newTag(bool Protected, bool FrozenShared = false);
// A fresh restrict tag (isRestrictTag, mayBeProtected).
Tag newRestrictTag();
// A fresh unprotected tag larger than every tag any thread has made so far
// and smaller than this thread's later tags: for heap allocation roots.
Tag newRootTag();

// How many tag numbers were reserved so far (statistics).
uint64_t tagsAllocated();

} // namespace sbsan

#endif // SBSAN_TAGS_H
