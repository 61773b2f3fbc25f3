#include "keywords/KeywordTrainingWorker.h"

#include "audio/KeywordModel.h"
#include "common/Sentence.h"

#include <map>
#include <stdexcept>

namespace {

constexpr qint64 reportMilliseconds = 33; // ≤ 30 refreshes a second

neurone::TrainingSettings keywordTrainingSettings(const KeywordTrainingOptions& options)
{
    neurone::TrainingSettings settings; // the course's: Adam, t = 0.001, batches of 32
    settings.loss = neurone::LossKind::CategoricalCrossEntropy;
    settings.optimizer.kind = neurone::OptimizerKind::Adam;
    settings.optimizer.learningRate = 0.001;
    settings.batchSize = 32;
    settings.epochs = options.epochs;
    settings.seed = options.seed;
    return settings;
}

} // namespace

std::vector<SpeakerAccuracy> speakerAccuracies(const std::vector<neurone::LabelledClip>& heldOut,
                                               const std::vector<int>& predicted)
{
    std::map<std::string, std::pair<int, int>> counts; // speaker → (right, all)
    for (std::size_t i = 0; i < heldOut.size() && i < predicted.size(); ++i) {
        if (heldOut[i].speaker.empty())
            continue;
        auto& [right, all] = counts[heldOut[i].speaker];
        right += predicted[i] == heldOut[i].label ? 1 : 0;
        ++all;
    }
    std::vector<SpeakerAccuracy> speakers;
    for (const auto& [speaker, count] : counts)
        speakers.push_back({QString::fromStdString(speaker), count.second, double(count.first) / count.second});
    return speakers;
}

void KeywordTrainingWorker::train(KeywordTrainingJob job)
{
    cancel_ = false;
    try {
        trainOrThrow(job);
    } catch (const std::exception& error) { // never through Qt's event loop
        emit stopped(tr("Training failed: %1").arg(QString::fromUtf8(error.what())));
    }
}

void KeywordTrainingWorker::trainOrThrow(const KeywordTrainingJob& job)
{
    const std::vector<std::string> classNames = job.vocabulary.classNames();
    const std::vector<io::Recording> usable = usableRecordings(io::KeywordRecordings(job.folder).list(), classNames);
    if (const QString problem = recordingsProblem(usable, classNames); !problem.isEmpty())
        return emit stopped(problem);
    emit status(tr("Reading %n recording(s)…", nullptr, int(usable.size())));
    auto clips = io::readLabelledClips(usable, classNames);
    if (auto* problem = std::get_if<QString>(&clips))
        return emit stopped(tr("%1 Delete this recording on the Recordings page (or record it again), then train "
                               "again.")
                                .arg(asSentence(*problem)));
    const HeldOutSplit split = splitHeldOut(std::get<std::vector<neurone::LabelledClip>>(std::move(clips)),
                                            job.options.heldOutSpeaker);
    if (split.train.empty())
        return emit stopped(tr("Every recording is held out: choose another held-out set."));

    const int images = int(split.train.size()) * (1 + job.options.copies);
    emit status(tr("Making %n log-mel image(s), with the augmented copies…", nullptr, images));
    neurone::AugmentationSettings augmentation;
    augmentation.copies = job.options.copies;
    augmentation.seed = job.options.seed;
    neurone::Dataset train = neurone::keywordDataset(split.train, classNames, augmentation, "keywords");
    std::optional<neurone::Dataset> heldOut;
    if (!split.heldOut.empty())
        heldOut = neurone::keywordDataset(split.heldOut, classNames, {}, "keywords (held out)");
    if (cancel_)
        return emit stopped(tr("Training cancelled."));

    neurone::Model model = startingModel(job, classNames);
    const neurone::TrainingSettings settings = keywordTrainingSettings(job.options);
    neurone::Trainer trainer(model.network, train, settings, heldOut);
    emit status(tr("Training on %n image(s)…", nullptr, int(train.size())));
    runTrainer(trainer);
    if (cancel_)
        return emit stopped(tr("Training cancelled after %n epoch(s).", nullptr, trainer.completedEpochs()));
    if (trainer.state() == neurone::Trainer::State::Diverged)
        return emit stopped(tr("Training stopped: %1. The model is not kept.")
                                .arg(QString::fromStdString(trainer.stopReason())));

    KeywordTrainingResult result;
    model.network = trainer.network();
    result.file.model = std::move(model);
    result.file.history = trainer.history();
    result.file.settings = neurone::serviceSettings(job.vocabulary);
    for (const auto& pair : neurone::settingsKeyValues(settings))
        result.file.settings.push_back(pair);
    result.trainingSamples = train.size();
    result.heldOutCount = split.heldOut.size();
    result.stopReason = QString::fromStdString(trainer.stopReason());
    if (heldOut) {
        result.heldOut = trainer.evaluate(*heldOut);
        result.speakers = speakerAccuracies(split.heldOut, result.heldOut->predicted);
    }
    emit finished(std::move(result));
}

neurone::Model KeywordTrainingWorker::startingModel(const KeywordTrainingJob& job,
                                                    const std::vector<std::string>& classNames) const
{
    const int classes = int(classNames.size());
    if (job.base && job.options.transfer)
        return neurone::transferModel(*job.base, classes, classNames, !job.options.unfreezeAll, job.options.seed);
    auto built = neurone::makeModel(neurone::keywordNetworkLayers(classes), neurone::keywordInputShape(), classNames,
                                    job.options.seed);
    if (auto* problem = std::get_if<std::string>(&built))
        throw std::runtime_error(*problem);
    return std::get<neurone::Model>(std::move(built));
}

void KeywordTrainingWorker::runTrainer(neurone::Trainer& trainer)
{
    pending_ = {};
    lossSmoothing_.reset();
    accuracySmoothing_.reset();
    trainer.setHooks({[&](int, int, double loss, double accuracy) {
                          // Called after the batch is counted, before its epoch is closed.
                          const double position = trainer.completedEpochs()
                                                  + double(trainer.batchInEpoch()) / trainer.batchesPerEpoch();
                          pending_.batches.push_back({position, loss, accuracy, lossSmoothing_.add(loss),
                                                      accuracySmoothing_.add(accuracy)});
                      },
                      [&](const neurone::EpochMetrics& metrics) { pending_.epochs.push_back(metrics); }});
    sinceReport_.start();
    while (!trainer.finished() && !cancel_) {
        trainer.stepBatch();
        if (sinceReport_.elapsed() >= reportMilliseconds) {
            report(trainer);
            sinceReport_.restart();
        }
    }
    report(trainer);
    trainer.setHooks({});
}

void KeywordTrainingWorker::report(const neurone::Trainer& trainer)
{
    const int completed = trainer.completedEpochs();
    const int batch = trainer.batchInEpoch();
    pending_.epoch = completed + (batch > 0 ? 1 : 0);
    pending_.batchInEpoch = batch > 0 ? batch : completed > 0 ? trainer.batchesPerEpoch() : 0;
    pending_.batchesPerEpoch = trainer.batchesPerEpoch();
    pending_.epochsPlanned = trainer.settings().epochs;
    emit progress(std::move(pending_));
    pending_ = {};
}
