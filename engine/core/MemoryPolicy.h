// Keeps freed memory in the process for reuse instead of handing it back to the system.
// Panels re-filter large images many times a second (a 1920×1080 RGB picture is 24 MB of
// planes per stage): with glibc's defaults every fresh plane comes from new pages and pays a
// page fault per 4 KiB, which took two thirds of the filtering time (23.6 ms → 7.7 ms measured).
// Called once at start-up by the GUI, neurone-cli, the benchmarks and the GUI soak.
// returnFreedMemory() is the exception, called when large blocks are known to be gone for
// good (a training run ended, a dataset replaced): glibc keeps freed memory in one arena per
// thread that allocated it, and after a few MNIST runs in a worker thread the process would
// otherwise keep what those arenas hold.
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace neurone {

inline void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 << 20); // blocks below 64 MiB come from the reusable heap
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // and up to 512 MiB of free heap stays mapped
#endif
}

inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace neurone
