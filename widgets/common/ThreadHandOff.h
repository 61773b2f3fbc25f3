// Telling ThreadSanitizer about a hand-off between threads that goes through Qt's own locking.
//   handOver(token)  in the thread that made the data, just before passing it on;
//   takeOver(token)  in the thread that receives it, before reading it;
//   post(receiver, function)  runs `function` in the receiver's thread (a queued call), with
//                    everything it captured handed over.
// Debian's Qt is not built with ThreadSanitizer, so the mutexes of its event queues, of
// QThreadPool's queue and of QFutureInterface's result store are invisible to it: without
// these calls it reports every posted function's captures and every job's result as a race.
// handOver and takeOver compile to nothing in other builds.
#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

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

template <typename Function>
void post(QObject* receiver, Function function)
{
    auto call = [receiver, function = std::move(function)]() mutable {
        takeOver(receiver);
        function();
    };
    handOver(receiver);
    QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
}

} // namespace threadHandOff
