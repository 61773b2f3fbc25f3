// The training panel's worker: it lives in its own thread and owns the Trainer, so the GUI
// thread never waits for a batch. The panel posts calls to its slots through a ThreadMailbox,
// and relays its signals back through another, except requestPause(), which it calls directly:
// an atomic flag read between batches.
//   run()        trains until the run ends or a pause is requested
//   stepBatch()  one batch;  stepEpoch()  until the epoch ends
// Reports: progress() at most every 33 ms while training (≤ 30 refreshes a second) and once
// when it stops; inspected() after a run or step stops and after an epoch when at least a
// second has passed since the last one; stopped() last.
#pragma once

#include "training/TrainingTypes.h"

#include "train/Smoothing.h"
#include "train/Trainer.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <optional>

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: asks a running run() to stop after the batch in progress.
    void requestPause() { pauseRequested_ = true; }

public slots:
    // Replaces any run with this one (nothing trains until run or a step).
    void start(TrainingJob job);
    void run();
    void stepBatch();
    void stepEpoch();
    // Measures the current network on the inspected set now (a loaded model).
    void inspectNow();
    // Loads the request's dataset (files are read here, off the GUI thread).
    void loadDataset(neurone::DatasetRequest request);

signals:
    void progress(TrainingProgress progress);
    void inspected(TrainingInspection inspection);
    void stopped(TrainingOutcome outcome);
    void datasetLoaded(LoadedDataset dataset);
    void datasetFailed(neurone::DatasetRequest request, QString message);

private:
    enum class Mode { Run, Batch, Epoch };
    void train(Mode mode);
    void trainUntil(Mode mode);
    void report();
    void inspect();
    TrainingOutcome outcome(bool stepped) const;

    std::optional<neurone::Trainer> trainer_;
    std::uint64_t job_ = 0; // the job's id, stamped on every report
    int earlierEpochs_ = 0;
    std::optional<neurone::RegionBounds> bounds_;
    neurone::ExponentialSmoothing lossSmoothing_;
    neurone::ExponentialSmoothing accuracySmoothing_;
    TrainingProgress pending_;
    QElapsedTimer sinceReport_;
    QElapsedTimer sinceInspection_;
    bool epochEnded_ = false;
    std::atomic<bool> pauseRequested_ = false;
};
