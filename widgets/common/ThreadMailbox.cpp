#include "common/ThreadMailbox.h"

#include <utility>

ThreadMailbox::ThreadMailbox(QObject* parent) : QObject(parent)
{
    connect(this, &ThreadMailbox::posted, this, &ThreadMailbox::deliver, Qt::QueuedConnection);
}

void ThreadMailbox::post(std::function<void()> call)
{
    {
        const std::lock_guard lock(mutex_);
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
            const std::lock_guard lock(mutex_);
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
    const std::lock_guard lock(mutex_);
    return int(calls_.size());
}
