// The training loop (seed 004, "Epoch, size_batch & Iteration"), drivable step by step:
//   for each epoch:   shuffle the training samples (Fisher–Yates, seeded)
//     for each batch of M samples:   E = loss(network(X), T) [+ penalty]
//                                    θ ← optimiser(∂E/∂θ, θ)
//     then measure the held-out sets, report the epoch, apply early stopping
// A GUI worker thread calls stepBatch() / stepEpoch() / run(cancel); the hooks (plain
// std::function, in tiny-dnn's manner) are where it emits its signals. Nothing here knows Qt.
//
// Learning-rate schedule: the optimiser keeps the settings' rate t; each step it takes, θ → θ',
// is scaled to the epoch's rate t_e (TrainingSettings.h):  θ ← θ + (t_e / t) (θ' − θ).
// For gradient descent, Adagrad, RMSprop and Adam this is exactly training with t_e (their
// step is t times something that does not depend on t); momentum and Nesterov keep t inside
// their velocity, so their steps are scaled as a whole.
// Divergence: when a batch's E is not a finite number, or a step leaves a weight that is not,
// training stops with "diverged at epoch E, batch B" and the weights are those before that
// step (each step is taken on a snapshot that is restored if it fails).
// Determinism: the same network, data and settings give the same numbers, bit for bit.
#pragma once

#include "data/Dataset.h"
#include "nn/Sequential.h"
#include "train/EpochMetrics.h"
#include "train/Evaluation.h"
#include "train/TrainingSettings.h"

#include <atomic>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace neurone {

class Trainer {
public:
    struct Hooks {
        // After every batch: epoch and batch counted from 1, the batch's E and accuracy.
        std::function<void(int epoch, int batch, double loss, double accuracy)> onBatch;
        std::function<void(const EpochMetrics& metrics)> onEpoch;
    };

    enum class State { Training, Finished, EarlyStopped, Diverged };

    // The network keeps its weights (initialise it first) and gets the settings' optimiser.
    // Throws std::invalid_argument for unusable settings, an empty training set, or a network
    // that does not fit the data.
    Trainer(Sequential network, Dataset train, TrainingSettings settings,
            std::optional<Dataset> validation = std::nullopt, std::optional<Dataset> test = std::nullopt);

    void setHooks(Hooks hooks) { hooks_ = std::move(hooks); }

    // One batch (and, after an epoch's last batch, the epoch's end). False once training is over.
    bool stepBatch();
    // Batches until the current epoch ends. False once training is over.
    bool stepEpoch();
    // Until training is over, or `cancel` becomes true (checked between batches; training can
    // resume with another call).
    void run(const std::atomic<bool>* cancel = nullptr);

    State state() const { return state_; }
    bool finished() const { return state_ != State::Training; }
    // "finished 10 epochs", "early stopping at epoch 7: …", "diverged at epoch 3, batch 12".
    const std::string& stopReason() const { return stopReason_; }

    int completedEpochs() const { return int(history_.size()); }
    int batchesPerEpoch() const { return batchesPerEpoch_; }
    int batchInEpoch() const { return batch_; } // batches done in the current epoch
    const std::vector<EpochMetrics>& history() const { return history_; }
    // The epoch early stopping judged best (1-based), 0 before any.
    int bestEpoch() const { return bestEpoch_; }

    const TrainingSettings& settings() const { return settings_; }
    Sequential& network() { return network_; }
    const Sequential& network() const { return network_; }
    const Dataset& trainingSet() const { return train_; }
    const std::optional<Dataset>& validationSet() const { return validation_; }
    const std::optional<Dataset>& testSet() const { return test_; }

    // The current network on a set (inference mode), with the settings' loss and penalty.
    Evaluation evaluate(const Dataset& data);

private:
    void startEpoch();
    void finishEpoch();
    void stop(State state, std::string reason);
    void applyEarlyStopping(const EpochMetrics& metrics);
    void copyWeights(std::vector<float>& into);
    void restoreWeights(const std::vector<float>& from);
    void scaleStep(double factor); // θ ← snapshot + factor (θ − snapshot)

    Sequential network_;
    Dataset train_;
    std::optional<Dataset> validation_;
    std::optional<Dataset> test_;
    TrainingSettings settings_;
    Hooks hooks_;
    int outputs_ = 0;

    std::mt19937 shuffler_;
    std::vector<std::uint32_t> order_; // this epoch's sample order
    int batchesPerEpoch_ = 0;
    int batch_ = 0;
    double epochLossSum_ = 0;
    std::size_t epochCorrect_ = 0;
    std::size_t epochSeen_ = 0;
    double epochSeconds_ = 0;
    double stepFactor_ = 1; // t_e / t for the current epoch

    std::vector<float> snapshot_; // the weights before the current step
    std::vector<EpochMetrics> history_;
    State state_ = State::Training;
    std::string stopReason_;

    double bestValue_ = 0;
    int bestEpoch_ = 0;
    int epochsWithoutImprovement_ = 0;
    std::vector<float> bestWeights_;
};

} // namespace neurone
