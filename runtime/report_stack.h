//===- report_stack.h - Borrow stacks in reports --------------------------===//
//
// The borrow stack at the refused byte is the state the rules were applied
// to; printed with where each item's tag came from, it shows which
// reference the program should have used.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_STACK_H
#define SBSAN_REPORT_STACK_H

#include "borrow_stack.h"
#include "output.h"
#include "sbsan_common.h"

namespace sbsan {

// "borrow stack at 0xADDR (bottom first, N items):" and one line per item
// (the top ones if there are many), marking the tags Used and Protected.
void printBorrowStack(OutputBuffer &Out, uptr Addr, Tag Used, Tag Protected);

} // namespace sbsan

#endif // SBSAN_REPORT_STACK_H
