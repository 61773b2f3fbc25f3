// Gives the pages that the allocator holds free back to the system, after the panels release
// large blocks (a dataset replaced, a training run ended). glibc keeps freed memory in one
// arena per thread that allocated it; after a few MNIST runs in the worker thread, the
// process would otherwise keep growing by what those arenas hold (the GUI soak measures it).
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
