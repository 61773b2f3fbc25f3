// What crosses between the training panel (GUI thread) and its worker thread. Every value is
// copied or shared read-only: a Dataset's storage never changes, a network snapshot is a copy
// that the receiving side owns alone.
#pragma once

#include <cstdint>

#include "data/Dataset.h"
#include "data/DatasetCatalog.h"
#include "inspect/DecisionRegions.h"
#include "model/Model.h"
#include "train/EpochMetrics.h"
#include "train/Evaluation.h"
#include "train/TrainingSettings.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// One trained batch: where it sits on the epoch axis (epoch − 1 + batch / batches per epoch),
// its E and accuracy, and their smoothed values.
struct BatchPoint {
    double position = 0;
    double loss = 0;
    double accuracy = 0;
    double smoothedLoss = 0;
    double smoothedAccuracy = 0;
};

// A training run to start: the model (weights as they are), the data and how to train.
struct TrainingJob {
    std::uint64_t id = 0; // reports carry it: the panel ignores those of an earlier job
    neurone::Model model;
    neurone::Dataset train;      // after the validation split
    std::optional<neurone::Dataset> validation;
    std::optional<neurone::Dataset> test;
    neurone::TrainingSettings settings;
    int earlierEpochs = 0;       // a run continuing an earlier one numbers its epochs after it
    std::optional<neurone::RegionBounds> regionBounds; // 2-feature sets: where to draw the regions
};

// What the worker reports, at most ~30 times a second while it trains.
struct TrainingProgress {
    std::uint64_t job = 0;                     // TrainingJob::id
    std::vector<BatchPoint> batches;           // since the previous report
    std::vector<neurone::EpochMetrics> epochs; // since the previous report (epochs numbered in the model's history)
    int epoch = 0;                             // the epoch in progress or last finished (model history numbering)
    int batchInEpoch = 0;                      // the last finished epoch's count between epochs
    int batchesPerEpoch = 0;
    int epochsPlanned = 0;                     // in the model's history numbering
    std::optional<neurone::RegionGrid> regions; // 2-feature sets
    std::shared_ptr<neurone::Sequential> network; // a copy, the receiver's alone
};

// How a run or step ended.
struct TrainingOutcome {
    std::uint64_t job = 0; // TrainingJob::id
    enum class Kind { Paused, Stepped, Finished, EarlyStopped, Diverged, Failed };
    Kind kind = Kind::Paused;
    int epoch = 0; // divergence: where (model history numbering)
    int batch = 0;
    QString detail; // the engine's reason (early stopping, failure)
};

// The network measured on the set the panel inspects (test, else validation, else train).
struct TrainingInspection {
    std::uint64_t job = 0; // TrainingJob::id
    neurone::Evaluation evaluation;
    neurone::Dataset data;
    std::shared_ptr<neurone::Sequential> network;
};

struct LoadedDataset {
    neurone::DatasetRequest request;
    neurone::DataSplits splits;
};
