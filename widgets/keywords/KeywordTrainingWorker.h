// The Train page's worker: it lives in its own thread (like the training panel's
// TrainingWorker) and does everything slow — reading the recordings, augmenting them into
// log-mel images (KeywordDataset.h), training (Trainer, Adam) and measuring the held-out
// recordings. The page posts train() through a ThreadMailbox (and relays the reports back
// through another) and calls requestCancel() directly (an atomic flag read between batches).
// Reports: progress() at most every 33 ms while training (≤ 30 a second) and once at the end;
// status() at each stage; then finished() with the trained model, or stopped() with why not.
#pragma once

#include "keywords/KeywordTrainingData.h"
#include "training/TrainingTypes.h"

#include "model/ModelFile.h"
#include "train/Evaluation.h"
#include "train/Smoothing.h"
#include "train/Trainer.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <optional>

struct KeywordTrainingJob {
    QString folder;
    neurone::KeywordVocabulary vocabulary;
    KeywordTrainingOptions options;
    std::optional<neurone::Model> base; // transfer learning when set (options.transfer)
};

struct SpeakerAccuracy {
    QString speaker;
    int recordings = 0;
    double accuracy = 0;
};

struct KeywordTrainingResult {
    neurone::ModelFile file;          // the trained model, services and settings included
    std::optional<neurone::Evaluation> heldOut; // none when nothing was held out
    std::size_t heldOutCount = 0;
    std::size_t trainingSamples = 0;  // images, with the augmented copies
    std::vector<SpeakerAccuracy> speakers;
    QString stopReason;
};

class KeywordTrainingWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void requestCancel() { cancel_ = true; }

public slots:
    void train(KeywordTrainingJob job);

signals:
    void status(QString message);
    void progress(TrainingProgress progress);
    void finished(KeywordTrainingResult result);
    void stopped(QString reason);

private:
    void trainOrThrow(const KeywordTrainingJob& job);
    neurone::Model startingModel(const KeywordTrainingJob& job, const std::vector<std::string>& classNames) const;
    void runTrainer(neurone::Trainer& trainer);
    void report(const neurone::Trainer& trainer);

    neurone::ExponentialSmoothing lossSmoothing_;
    neurone::ExponentialSmoothing accuracySmoothing_;
    TrainingProgress pending_;
    QElapsedTimer sinceReport_;
    std::atomic<bool> cancel_ = false;
};

// Accuracy per speaker on the held-out clips, from the predicted classes (in the clips' order).
std::vector<SpeakerAccuracy> speakerAccuracies(const std::vector<neurone::LabelledClip>& heldOut,
                                               const std::vector<int>& predicted);
