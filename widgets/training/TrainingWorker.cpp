#include "training/TrainingWorker.h"

#include <stdexcept>

namespace {

constexpr qint64 reportMilliseconds = 33;     // ≤ 30 refreshes a second
constexpr qint64 inspectionMilliseconds = 1000;
constexpr int regionCells = 60;                // decision regions: 60 × 60 cells

} // namespace

void TrainingWorker::start(TrainingJob job)
{
    trainer_.reset();
    pending_ = {};
    lossSmoothing_.reset();
    accuracySmoothing_.reset();
    job_ = job.id;
    earlierEpochs_ = job.earlierEpochs;
    bounds_ = job.regionBounds;
    try {
        trainer_.emplace(std::move(job.model.network), std::move(job.train), job.settings, std::move(job.validation),
                         std::move(job.test));
    } catch (const std::invalid_argument& error) {
        trainer_.reset();
        TrainingOutcome failed;
        failed.job = job_;
        failed.kind = TrainingOutcome::Kind::Failed;
        failed.detail = QString::fromUtf8(error.what());
        emit stopped(failed);
        return;
    }
    trainer_->setHooks({[this](int, int, double loss, double accuracy) {
                            // Called after the batch is counted, before its epoch is closed.
                            const double position = earlierEpochs_ + trainer_->completedEpochs()
                                                    + double(trainer_->batchInEpoch()) / trainer_->batchesPerEpoch();
                            pending_.batches.push_back({position, loss, accuracy, lossSmoothing_.add(loss),
                                                        accuracySmoothing_.add(accuracy)});
                        },
                        [this](const neurone::EpochMetrics& metrics) {
                            neurone::EpochMetrics numbered = metrics;
                            numbered.epoch += earlierEpochs_;
                            pending_.epochs.push_back(numbered);
                            epochEnded_ = true;
                        }});
    sinceInspection_.invalidate();
    try {
        report();
    } catch (const std::exception&) { // no regions for a network that does not take the plane
        bounds_.reset();
        pending_ = {};
    }
}

void TrainingWorker::run() { train(Mode::Run); }
void TrainingWorker::stepBatch() { train(Mode::Batch); }
void TrainingWorker::stepEpoch() { train(Mode::Epoch); }

void TrainingWorker::train(Mode mode)
{
    pauseRequested_ = false;
    if (!trainer_)
        return;
    try {
        trainUntil(mode);
    } catch (const std::exception& error) { // never through Qt's event loop
        trainer_.reset();
        TrainingOutcome failed;
        failed.job = job_;
        failed.kind = TrainingOutcome::Kind::Failed;
        failed.detail = QString::fromUtf8(error.what());
        emit stopped(failed);
    }
}

void TrainingWorker::trainUntil(Mode mode)
{
    sinceReport_.start();
    if (!sinceInspection_.isValid())
        sinceInspection_.start();
    const int epochAtStart = trainer_->completedEpochs();
    while (!trainer_->finished()) {
        epochEnded_ = false;
        trainer_->stepBatch();
        if (sinceReport_.elapsed() >= reportMilliseconds) {
            report();
            sinceReport_.restart();
        }
        if (epochEnded_ && sinceInspection_.elapsed() >= inspectionMilliseconds && !trainer_->finished())
            inspect();
        if (mode == Mode::Batch || (mode == Mode::Epoch && trainer_->completedEpochs() > epochAtStart)
            || pauseRequested_)
            break;
    }
    report();
    inspect();
    emit stopped(outcome(mode != Mode::Run));
}

void TrainingWorker::report()
{
    if (!trainer_)
        return;
    // Between epochs the last finished one is shown whole: "epoch 3 of 10 · batch 12 of 12".
    const int completed = trainer_->completedEpochs();
    const int batch = trainer_->batchInEpoch();
    pending_.epoch = earlierEpochs_ + completed + (batch > 0 ? 1 : 0);
    pending_.batchInEpoch = batch > 0 ? batch : completed > 0 ? trainer_->batchesPerEpoch() : 0;
    pending_.batchesPerEpoch = trainer_->batchesPerEpoch();
    pending_.epochsPlanned = earlierEpochs_ + trainer_->settings().epochs;
    if (bounds_)
        pending_.regions = neurone::decisionRegions(trainer_->network(), *bounds_, regionCells, regionCells);
    pending_.network = std::make_shared<neurone::Sequential>(trainer_->network());
    pending_.job = job_;
    emit progress(std::move(pending_));
    pending_ = {};
}

void TrainingWorker::inspectNow()
{
    try {
        inspect();
    } catch (const std::exception&) { // a network that cannot be measured shows nothing
    }
}

void TrainingWorker::inspect()
{
    if (!trainer_)
        return;
    const neurone::Dataset& data = trainer_->testSet()         ? *trainer_->testSet()
                                   : trainer_->validationSet() ? *trainer_->validationSet()
                                                               : trainer_->trainingSet();
    TrainingInspection inspection{job_, trainer_->evaluate(data), data,
                                  std::make_shared<neurone::Sequential>(trainer_->network())};
    emit inspected(std::move(inspection));
    sinceInspection_.restart();
}

TrainingOutcome TrainingWorker::outcome(bool stepped) const
{
    using State = neurone::Trainer::State;
    TrainingOutcome result;
    result.job = job_;
    result.detail = QString::fromStdString(trainer_->stopReason());
    switch (trainer_->state()) {
    case State::Training:
        result.kind = stepped ? TrainingOutcome::Kind::Stepped : TrainingOutcome::Kind::Paused;
        break;
    case State::Finished:
        result.kind = TrainingOutcome::Kind::Finished;
        break;
    case State::EarlyStopped:
        result.kind = TrainingOutcome::Kind::EarlyStopped;
        break;
    case State::Diverged:
        result.kind = TrainingOutcome::Kind::Diverged;
        result.epoch = earlierEpochs_ + trainer_->completedEpochs() + 1;
        result.batch = trainer_->batchInEpoch() + 1;
        break;
    }
    return result;
}

void TrainingWorker::loadDataset(neurone::DatasetRequest request)
{
    std::variant<neurone::DataSplits, std::string> loaded;
    try {
        loaded = neurone::loadDataset(request);
    } catch (const std::exception& error) {
        loaded = std::string(error.what());
    }
    if (auto* error = std::get_if<std::string>(&loaded)) {
        emit datasetFailed(request, QString::fromStdString(*error));
        return;
    }
    emit datasetLoaded({request, std::get<neurone::DataSplits>(std::move(loaded))});
}
