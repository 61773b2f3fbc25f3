// The training panel's runs: commands to the worker and what it reports back.
#include "training/TrainingPanel.h"
#include "core/MemoryPolicy.h"

#include "common/Sentence.h"
#include "common/ThreadMailbox.h"
#include "training/ConfusionMatrixView.h"
#include "training/DatasetBox.h"
#include "training/DecisionRegionPlot.h"
#include "training/FeatureMapsView.h"
#include "training/NetworkBuilder.h"
#include "training/PredictionGridView.h"
#include "training/TrainingCurves.h"
#include "training/TrainingSettingsBox.h"
#include "training/TrainingWorker.h"
#include "training/WeightImagesView.h"

#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>

void TrainingPanel::run() { command(Command::Run); }
void TrainingPanel::stepBatch() { command(Command::Batch); }
void TrainingPanel::stepEpoch() { command(Command::Epoch); }

void TrainingPanel::pause()
{
    if (state() == TrainingControls::State::Running)
        worker_->requestPause();
}

void TrainingPanel::stop()
{
    if (state() == TrainingControls::State::Running) {
        stopAfterPause_ = true;
        worker_->requestPause();
    } else if (state() == TrainingControls::State::Paused) {
        jobInWorker_ = false;
        setState(TrainingControls::State::Stopped);
        showMessage(tr("Stopped after %n epoch(s). Run trains further from these weights; Reset starts again.",
                       nullptr, int(history_.size())),
                    false);
    }
}

void TrainingPanel::reset()
{
    if (state() == TrainingControls::State::Running)
        return;
    if (!data_) {
        loadDataset();
        return;
    }
    rebuildModel();
}

void TrainingPanel::command(Command what)
{
    const TrainingControls::State now = state();
    if (now == TrainingControls::State::Running || now == TrainingControls::State::Busy || !modelValid_)
        return;
    const neurone::TrainingSettings s = settings_->settings();
    if (s.earlyStopping.enabled && dataset_->validationFraction() <= 0) {
        showMessage(tr("Early stopping watches the validation set: set a validation share above 0 %."), true);
        return;
    }
    if (!(now == TrainingControls::State::Paused && jobInWorker_))
        startJob();
    jobInWorker_ = true;
    stopAfterPause_ = false;
    showMessage({}, false);
    setState(TrainingControls::State::Running);
    TrainingWorker* worker = worker_;
    switch (what) {
    case Command::Run:
        toWorker_->post([worker] { worker->run(); });
        break;
    case Command::Batch:
        toWorker_->post([worker] { worker->stepBatch(); });
        break;
    case Command::Epoch:
        toWorker_->post([worker] { worker->stepEpoch(); });
        break;
    }
}

TrainingJob TrainingPanel::makeJob() const
{
    TrainingJob job;
    job.model = model_;
    job.settings = settings_->settings();
    const neurone::ValidationSplit split =
        neurone::splitValidation(data_->splits.train, dataset_->validationFraction(), job.settings.seed);
    job.train = split.train;
    if (!split.validation.empty())
        job.validation = split.validation;
    job.test = data_->splits.test;
    job.earlierEpochs = history_.empty() ? 0 : history_.back().epoch;
    if (data_->splits.train.featureCount() == 2 && regions_->showsPlane())
        job.regionBounds = regions_->bounds();
    return job;
}

void TrainingPanel::startJob()
{
    if (!data_ || !modelValid_)
        return;
    TrainingJob job = makeJob();
    job.id = ++currentJob_;
    toWorker_->post([worker = worker_, job = std::move(job)] { worker->start(job); });
}

void TrainingPanel::received(const TrainingProgress& progress)
{
    if (progress.job != currentJob_)
        return; // queued before a reset or an opened model replaced that job
    curves_->addProgress(progress);
    history_.insert(history_.end(), progress.epochs.begin(), progress.epochs.end());
    appendHistoryRows(progress.epochs);
    controls_->setPosition(progress.epoch, progress.epochsPlanned, progress.batchInEpoch, progress.batchesPerEpoch);
    if (progress.regions)
        regions_->setRegions(*progress.regions);
    if (progress.network) {
        model_.network = *progress.network;
        if (tabs_->currentWidget() == weights_)
            showModel();
    }
}

void TrainingPanel::inspected(const TrainingInspection& inspection)
{
    if (inspection.job != currentJob_)
        return;
    inspection_ = inspection;
    const std::vector<std::string>& names = inspection.data.classNames();
    confusion_->setConfusion(inspection.evaluation.confusion, names);
    if (inspection.data.storesPixels()) {
        predictions_->setPredictions(inspection.data, inspection.evaluation.predicted);
        features_->setImages(inspection.data);
    }
    features_->setNetwork(*inspection.network, model_.input);
    showModel();
}

void TrainingPanel::stopped(const TrainingOutcome& outcome)
{
    if (outcome.job != currentJob_)
        return;
    neurone::returnFreedMemory(); // the run's batches and gradients are gone
    using Kind = TrainingOutcome::Kind;
    const QLocale locale;
    const auto accuracyText = [&] {
        if (history_.empty())
            return QString();
        const neurone::EpochMetrics& last = history_.back();
        if (last.testAccuracy)
            return tr(" Test accuracy %1 %.").arg(locale.toString(*last.testAccuracy * 100, 'f', 2));
        if (last.validationAccuracy)
            return tr(" Validation accuracy %1 %.").arg(locale.toString(*last.validationAccuracy * 100, 'f', 2));
        return tr(" Training accuracy %1 %.").arg(locale.toString(last.trainAccuracy * 100, 'f', 2));
    };
    switch (outcome.kind) {
    case Kind::Paused:
        if (stopAfterPause_) {
            stopAfterPause_ = false;
            jobInWorker_ = false;
            setState(TrainingControls::State::Stopped);
            showMessage(tr("Stopped after %n epoch(s).", nullptr, int(history_.size())) + accuracyText(), false);
        } else {
            setState(TrainingControls::State::Paused);
        }
        return;
    case Kind::Stepped:
        setState(TrainingControls::State::Paused);
        return;
    case Kind::Finished:
        jobInWorker_ = false;
        setState(TrainingControls::State::Stopped);
        showMessage(tr("Finished: %n epoch(s).", nullptr, int(history_.size())) + accuracyText(), false);
        return;
    case Kind::EarlyStopped:
        jobInWorker_ = false;
        setState(TrainingControls::State::Stopped);
        showMessage(tr("Early stopping: the watched validation value stopped improving (%1).").arg(outcome.detail)
                        + accuracyText(),
                    false);
        return;
    case Kind::Diverged:
        jobInWorker_ = false;
        setState(TrainingControls::State::Stopped);
        showMessage(tr("Diverged at epoch %1, batch %2: the loss is no longer a finite number. The weights are "
                       "those before that step; lower the learning rate and run again.")
                        .arg(outcome.epoch)
                        .arg(outcome.batch),
                    true);
        return;
    case Kind::Failed:
        jobInWorker_ = false;
        setState(TrainingControls::State::Stopped);
        showMessage(tr("Training cannot start: %1 Change the settings, then press Run again.").arg(asSentence(outcome.detail)),
                    true);
        return;
    }
}

void TrainingPanel::setState(TrainingControls::State state)
{
    controls_->setState(state);
    const bool locked = state == TrainingControls::State::Running || state == TrainingControls::State::Paused;
    dataset_->setLocked(locked || loading_);
    settings_->setLocked(locked);
    builder_->setReadOnly(locked);
    preset_->setEnabled(!locked);
    if (state == TrainingControls::State::Idle)
        controls_->setPosition(0, 0, 0, 0);
}

void TrainingPanel::refreshHistoryTable()
{
    historyTable_->setRowCount(0);
    appendHistoryRows(history_);
}

void TrainingPanel::appendHistoryRows(const std::vector<neurone::EpochMetrics>& epochs)
{
    const auto cell = [](std::optional<double> value) {
        return new QStandardItem(value ? QString::number(*value, 'g', 10) : QString());
    };
    for (const neurone::EpochMetrics& m : epochs)
        historyTable_->appendRow({new QStandardItem(QString::number(m.epoch)), cell(m.trainLoss),
                                  cell(m.trainAccuracy), cell(m.validationLoss), cell(m.validationAccuracy),
                                  cell(m.testAccuracy), cell(m.seconds)});
}

void TrainingPanel::clearInspection()
{
    inspection_.reset();
    confusion_->clear();
    predictions_->clear();
    features_->clear();
    weights_->clear();
}
