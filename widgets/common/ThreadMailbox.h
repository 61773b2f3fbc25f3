// Calls into one thread, through a queue ThreadSanitizer can follow.
//   post(call)   from any thread: `call` runs later in the thread the mailbox lives in, in the
//                order posted (also when a call opens a nested event loop)
//   relay(sender, signal, receiver, slot)   the sender's signal, emitted in any thread, calls
//                the receiver's slot (or a function) in the mailbox's thread with copies of the
//                signal's arguments, in the order emitted
// Why not Qt's queued connections: Debian's Qt is not built with ThreadSanitizer, so the
// futex-locked event queue that carries a queued signal's copied arguments (or a posted
// functor's captures) is invisible to it. Each such hand-off is then a "race" that only a
// suppression matching the writer's stack can hide, and TSan cannot restore that stack once
// the writing thread has done much work since (a training batch): a flaky report. Here the
// calls cross through a std::mutex; Qt's queue carries only an empty wake-up. The mutex alone
// is not enough for TSan: after a thread has started a child process through QProcess (espeak-ng,
// the tests' PulseAudio helpers), TSan can miss that thread's mutex locks (seen in the GUI soak).
// So the mailbox also tells TSan of the hand-off itself (common/ThreadHandOff.h).
#pragma once

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>
#include <type_traits>

class ThreadMailbox : public QObject {
    Q_OBJECT
public:
    explicit ThreadMailbox(QObject* parent = nullptr);
    ~ThreadMailbox() override; // calls still waiting are dropped, not run

    // Thread-safe.
    void post(std::function<void()> call);

    template <typename Sender, typename... Args, typename Function>
    void relay(Sender* sender, void (Sender::*signal)(Args...), Function function)
    {
        connect(
            sender, signal, this,
            [this, function](const std::decay_t<Args>&... args) { post([function, args...] { function(args...); }); },
            Qt::DirectConnection);
    }

    template <typename Sender, typename... Args, typename Receiver, typename... SlotArgs>
    void relay(Sender* sender, void (Sender::*signal)(Args...), Receiver* receiver,
               void (Receiver::*slot)(SlotArgs...))
    {
        relay(sender, signal, [receiver, slot](const std::decay_t<Args>&... args) { (receiver->*slot)(args...); });
    }

    // Calls posted and not yet run (thread-safe).
    int waiting() const;

signals:
    void posted(); // the wake-up: queued to deliver() in the mailbox's thread

private:
    void deliver();

    mutable std::mutex mutex_;
    std::deque<std::function<void()>> calls_;
};
