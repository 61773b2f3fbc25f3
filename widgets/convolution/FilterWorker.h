// Filters images off the GUI thread (QtConcurrent), latest request wins: a request made while
// one is running waits, replacing any older waiting request, so dragging a slider never queues
// up work; a result that a newer request has made stale is dropped.
#pragma once

#include "conv/ImageFilter.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>

// Stages are shared, not copied: views show them and a 1920×1080 RGB chain is tens of MB.
using SharedStages = std::shared_ptr<const neurone::FilterStages>;
using FilterOutcome = std::variant<SharedStages, std::string>;

// Wraps the engine's answer for sharing.
FilterOutcome shareOutcome(std::variant<neurone::FilterStages, std::string> outcome);
using FilterJob = std::function<FilterOutcome()>;

class FilterWorker : public QObject {
    Q_OBJECT
public:
    explicit FilterWorker(QObject* parent = nullptr);
    ~FilterWorker() override;

    // The job must own (copy or share) everything it reads: it runs on another thread.
    void submit(FilterJob job);
    bool isBusy() const { return running_; }
    // Blocks until the latest request is done and delivered (screenshots need the result now).
    void finishNow();

signals:
    void finished(const FilterOutcome& outcome);
    void busyChanged(bool busy);

private:
    void start(FilterJob job);
    void handleFinished();

    QFutureWatcher<FilterOutcome> watcher_;
    std::optional<FilterJob> waiting_;
    bool running_ = false;
};
