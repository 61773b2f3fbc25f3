// Telling ThreadSanitizer about a hand-off between threads that goes through Qt's own locking.
//   handOver(token)  in the thread that made the data, just before passing it on;
//   takeOver(token)  in the thread that receives it, before reading it.
// Debian's Qt is not built with ThreadSanitizer, so the mutexes of QThreadPool's queue and of
// QFutureInterface's result store are invisible to it: without these calls it reports every
// QtConcurrent job's captures and result as a race. They compile to nothing in other builds.
// Calls between a panel and its worker thread go through common/ThreadMailbox.h, which uses
// them too.
#pragma once

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace threadHandOff {

inline void handOver([[maybe_unused]] const void* token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void*>(token));
#endif
}

inline void takeOver([[maybe_unused]] const void* token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void*>(token));
#endif
}

} // namespace threadHandOff
