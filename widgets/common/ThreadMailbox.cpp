#include "common/ThreadMailbox.h"

#include "common/ThreadHandOff.h"

#include <utility>

namespace {

// The mailbox's lock, told to ThreadSanitizer as well (ThreadMailbox.h says why): whatever a
// thread did inside is handed over to the next thread that takes the lock.
class Locked {
public:
    Locked(std::mutex& mutex, const void* token) : lock_(mutex), token_(token) { threadHandOff::takeOver(token_); }
    ~Locked() { threadHandOff::handOver(token_); } // before lock_ unlocks
    Locked(const Locked&) = delete;
    Locked& operator=(const Locked&) = delete;

private:
    std::lock_guard<std::mutex> lock_;
    const void* token_;
};

} // namespace

ThreadMailbox::ThreadMailbox(QObject* parent) : QObject(parent)
{
    connect(this, &ThreadMailbox::posted, this, &ThreadMailbox::deliver, Qt::QueuedConnection);
}

// Under the lock: a worker may have posted the last calls, and their captures die here.
ThreadMailbox::~ThreadMailbox()
{
    std::deque<std::function<void()>> dropped;
    const Locked locked(mutex_, this);
    dropped.swap(calls_);
}

void ThreadMailbox::post(std::function<void()> call)
{
    {
        const Locked locked(mutex_, this);
        calls_.push_back(std::move(call));
    }
    emit posted(); // one wake-up per call: a call that blocks in a nested loop delays none
}

// One call at a time: a call that opens a nested event loop lets the nested deliver() run
// the next ones, and this loop then finds them gone — the order stays the posting order.
void ThreadMailbox::deliver()
{
    for (;;) {
        std::function<void()> call;
        {
            const Locked locked(mutex_, this);
            if (calls_.empty())
                return;
            call = std::move(calls_.front());
            calls_.pop_front();
        }
        call();
    }
}

int ThreadMailbox::waiting() const
{
    const Locked locked(mutex_, this);
    return int(calls_.size());
}
