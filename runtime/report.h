//===- report.h - Printing violations -------------------------------------===//
//
// A report must let a developer find the cause without a debugger. Its
// sections, in order (tests and users match on these lines):
//
//   ==PID==ERROR: StackedBorrowsSanitizer: <kind> on address 0xADDR at pc 0xPC
//   <operation>, e.g. "write access of 4 bytes at 0xADDR with tag <17>"
//   <reason>, e.g. "tag <17> is not in the borrow stack ..." or "... would
//     pop item [Unique <21>], which is strongly protected by the call to F"
//       #0 0xPC in function file:line:col          (the access)
//       ...
//   <where the address lies>: "0xADDR is located N bytes inside a heap
//     block / stack allocation in the frame of F / global variable G ..."
//   <history>: "tag <17> was created by ... at:" and "tag <17> was later
//     popped by a write access through tag <4> at:", each with a trace;
//     for protector kinds also the protected item's creation (the call
//     that protects it). With history=0: "creation site unknown (history=0)"
//   borrow stack at 0xADDR (bottom first, N items):
//     0: [SharedReadWrite <4>]  root of a heap block, made in F at file:line
//     ...
//   SUMMARY: StackedBorrowsSanitizer: <kind> file:line:col in function
//
// Kinds: invalid-read, invalid-write, invalid-retag, protected-invalidation,
// invalid-dealloc, protected-dealloc, double-free, invalid-free.
//
// With halt_on_error=1 (default) the process then exits with exitcode.
// Otherwise each (kind, pc) is reported once and the program goes on; at
// exit the number of reports is printed and the exit status is exitcode.
// Suppressed reports are counted per rule and listed at exit.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_REPORT_H
#define SBSAN_REPORT_H

#include "allocator.h"
#include "borrow_memory.h"
#include "sbsan_common.h"
#include "sbsan_interface.h"

namespace sbsan {

enum class OpKind : uint8_t { Read, Write, Retag, Dealloc };

// Marks a retag made by __sbsan_retag_shared_mixed (in RetagKind).
constexpr uint32_t kRetagMixedFlag = 0x100;

struct OperationInfo {
  OpKind Op = OpKind::Read;
  uptr Addr = 0;
  uptr Size = 0;
  Tag UsedTag = kWildcardTag; // accessing tag, retag parent, freed pointer's
  Tag NewTag = kWildcardTag;  // retags
  uint32_t RetagKind = 0;     // retags: SBSAN_RETAG_* kind and flags
  const sbsan_retag_site *Site = nullptr;
  // Deallocations: "free", "realloc", ...; accesses: the C function that
  // made them (interceptors_libc.cpp).
  const char *Function = nullptr;
};

// Pc: return address of the runtime entry point; Bp: its frame address.
void reportViolation(const OperationInfo &Op, const MemViolation &V, uptr Pc,
                     uptr Bp);

enum class BadFreeKind : uint8_t { DoubleFree, InvalidFree };
// Freed: for a double free, what is known about the earlier free.
void reportBadFree(BadFreeKind Kind, uptr Addr, const char *Function,
                   const FreedBlockInfo *Freed, uptr Pc, uptr Bp);

const char *violationKindName(const MemViolation &V, OpKind Op);

uint64_t reportCount();
uint64_t suppressedReportCount();
// At exit: lists the suppressions used; with halt_on_error=0 and reports
// made, prints the count and ends the process with exitcode.
void reportAtExit();

// The allocation around Addr, identified by its first byte (0 if it is not
// tracked), and a print of its borrow stacks, one line per range of bytes
// whose stacks are equal (miri_get_alloc_id, miri_print_borrow_state).
uint64_t allocationIdOf(uptr Addr);
void printBorrowState(uint64_t AllocationId);

void lockReports();
void unlockReports();

} // namespace sbsan

#endif // SBSAN_REPORT_H
