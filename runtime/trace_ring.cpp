//===- trace_ring.cpp - Recent stack traces, appended to a ring -----------===//

#include "trace_ring.h"

#include "internal_alloc.h"

#include <string.h>

namespace sbsan {

namespace {

std::atomic<uint64_t> NextGeneration{1};

// The thread's chunk: positions [ChunkNext, ChunkEnd) of ring ChunkRing.
__thread uint64_t ChunkNext __attribute__((tls_model("initial-exec"))) = 0;
__thread uint64_t ChunkEnd __attribute__((tls_model("initial-exec"))) = 0;
__thread uint64_t ChunkRing __attribute__((tls_model("initial-exec"))) = 0;

constexpr uint64_t kMaxPosition = (uint64_t(1) << 56) - 1;

// Traces this thread stored recently, by hash (the ring's generation
// included): direct-mapped, so a collision only stores a trace again.
constexpr unsigned kRecentTraces = 256;
struct RecentTrace {
  uint64_t Hash;
  uint64_t Id;
};
__thread RecentTrace Recent[kRecentTraces]
    __attribute__((tls_model("initial-exec")));

// A sum of the frames times distinct odd constants, then mixed: the
// products do not wait for each other (a chain of multiplies cost as much
// as the unwinding), and two traces that differ in one frame always differ.
uint64_t hashTrace(const uptr *Pcs, unsigned N, uint64_t Generation) {
  constexpr uint64_t kOdd = 0x9e3779b97f4a7c15ULL;
  uint64_t H = Generation * 0xd6e8feb86659fd93ULL + N;
  uint64_t K = kOdd;
  for (unsigned I = 0; I < N; ++I, K += 2 * kOdd)
    H += Pcs[I] * K;
  return mix64(H);
}

} // namespace

bool TraceRing::init(unsigned LogWords) {
  static_assert((uint64_t(1) << 12) % kChunkWords == 0,
                "chunks must tile the ring (put relies on it)");
  if (LogWords < 12)
    LogWords = 12; // room for a few chunks
  uint64_t Words = uint64_t(1) << LogWords;
  Ring = static_cast<uint64_t *>(internalMmap(Words * sizeof(uint64_t)));
  if (!Ring)
    return false;
  Mask = Words - 1;
  Cursor.store(0, std::memory_order_relaxed);
  Generation = NextGeneration.fetch_add(1, std::memory_order_relaxed);
  return true;
}

void TraceRing::destroy() {
  if (Ring)
    internalMunmap(Ring, (Mask + 1) * sizeof(uint64_t));
  Ring = nullptr;
  Mask = 0;
}

uint64_t TraceRing::put(const uptr *Pcs, unsigned N) {
  if (!Ring || !N)
    return 0;
  return append(Pcs, N > kMaxFrames ? kMaxFrames : N);
}

uint64_t TraceRing::append(const uptr *Pcs, unsigned N) {
  uint64_t Need = N + 1;
  if (SBSAN_UNLIKELY(ChunkRing != Generation || ChunkEnd - ChunkNext < Need)) {
    uint64_t Start = Cursor.fetch_add(kChunkWords, std::memory_order_relaxed);
    if (Start > kMaxPosition)
      return 0;
    ChunkNext = Start;
    ChunkEnd = Start + kChunkWords;
    ChunkRing = Generation;
  }
  uint64_t Pos = ChunkNext;
  ChunkNext += Need;
  // Chunks start at multiples of kChunkWords, which divides the ring's
  // size, so a trace never wraps around the ring's end.
  uint64_t *Out = Ring + (Pos & Mask);
  for (unsigned I = 0; I < N; ++I)
    Out[1 + I] = Pcs[I];
  Out[0] = (Pos << 8) | N;
  return Pos + 1;
}

uint64_t TraceRing::putOrReuse(const uptr *Pcs, unsigned N) {
  if (!Ring || !N)
    return 0;
  if (N > kMaxFrames)
    N = kMaxFrames;
  uint64_t H = hashTrace(Pcs, N, Generation);
  RecentTrace &R = Recent[H % kRecentTraces];
  if (R.Hash == H && R.Id &&
      Cursor.load(std::memory_order_relaxed) - (R.Id - 1) <= (Mask + 1) / 2)
    return R.Id;
  uint64_t Id = append(Pcs, N);
  R.Hash = H;
  R.Id = Id;
  return Id;
}

unsigned TraceRing::get(uint64_t Id, uptr *Out, unsigned Max) const {
  if (!Ring || !Id)
    return 0;
  uint64_t Pos = Id - 1;
  // The trace is intact as long as no chunk that overlaps it on the next
  // lap has been handed out: such a chunk starts at or after
  // Pos + size - kChunkWords.
  auto Intact = [&] {
    return Cursor.load(std::memory_order_acquire) + kChunkWords <=
           Pos + Mask + 1;
  };
  if (!Intact())
    return 0;
  uint64_t Header = Ring[Pos & Mask];
  unsigned N = unsigned(Header & 0xff);
  if ((Header >> 8) != Pos || N == 0 || N > kMaxFrames)
    return 0;
  if (N > Max)
    N = Max;
  for (unsigned I = 0; I < N; ++I)
    Out[I] = Ring[(Pos + 1 + I) & Mask];
  std::atomic_thread_fence(std::memory_order_acquire);
  return Intact() ? N : 0;
}

} // namespace sbsan
