#include "convolution/FilterWorker.h"

#include "common/ThreadHandOff.h"

#include <QtConcurrent/QtConcurrentRun>

FilterOutcome shareOutcome(std::variant<neurone::FilterStages, std::string> outcome)
{
    if (auto* error = std::get_if<std::string>(&outcome))
        return *error;
    return std::make_shared<const neurone::FilterStages>(std::move(std::get<neurone::FilterStages>(outcome)));
}

FilterWorker::FilterWorker(QObject* parent) : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<FilterOutcome>::finished, this, &FilterWorker::handleFinished);
}

FilterWorker::~FilterWorker()
{
    waiting_.reset();
    watcher_.waitForFinished();
}

void FilterWorker::submit(FilterJob job)
{
    if (running_) {
        waiting_ = std::move(job);
        return;
    }
    start(std::move(job));
    emit busyChanged(true);
}

void FilterWorker::start(FilterJob job)
{
    running_ = true;
    const void* token = this;
    threadHandOff::handOver(token); // the job's captures were made on this thread
    watcher_.setFuture(QtConcurrent::run([job = std::move(job), token] {
        threadHandOff::takeOver(token);
        FilterOutcome outcome = job();
        threadHandOff::handOver(token); // read by handleFinished on the GUI thread
        return outcome;
    }));
}

void FilterWorker::handleFinished()
{
    // A late `finished` from an earlier future (after finishNow) finds nothing to do.
    if (!running_ || !watcher_.future().isFinished())
        return;
    if (waiting_) { // the result is already stale: compute the latest request instead
        FilterJob next = std::move(*waiting_);
        waiting_.reset();
        start(std::move(next));
        return;
    }
    running_ = false;
    threadHandOff::takeOver(this);
    const FilterOutcome outcome = watcher_.future().result();
    emit busyChanged(false);
    emit finished(outcome);
}

void FilterWorker::finishNow()
{
    while (running_) {
        watcher_.waitForFinished();
        handleFinished();
    }
}
