//===- output.h - Where reports go ----------------------------------------===//
//
// Reports go to stderr, or to <log_path>.<pid> (so the processes of one
// test run do not overwrite each other's logs). Output uses write(2) from
// fixed buffers: a report may be printed from inside malloc or with libc
// locks held, where stdio is not safe.
//
//===----------------------------------------------------------------------===//
#ifndef SBSAN_OUTPUT_H
#define SBSAN_OUTPUT_H

#include "flags.h"
#include "sbsan_common.h"

namespace sbsan {

// Reads log_path and color from the flags. Before this runs, output goes to
// stderr without color.
void outputInit(const Flags &F);
void outputWrite(const char *Data, size_t Size);
bool outputColorEnabled();

// Text accumulated and written with as few write calls as possible, so a
// report is not interleaved with other output.
class OutputBuffer {
public:
  static constexpr size_t kCapacity = 32768;
  void printf(const char *Format, ...) __attribute__((format(printf, 2, 3)));
  void append(const char *Text);
  void flush();
  // ANSI color codes, empty when colors are off.
  const char *red() const;
  const char *green() const;
  const char *blue() const;
  const char *magenta() const;
  const char *bold() const;
  const char *reset() const;

private:
  char Buf[kCapacity] = {};
  size_t Len = 0;
};

} // namespace sbsan

#endif // SBSAN_OUTPUT_H
