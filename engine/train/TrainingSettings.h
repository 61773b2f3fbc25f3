// How a network is trained (seed 004: "Epoch, size_batch & Iteration", "Variantes de descente
// de gradient", regularisation, early stopping):
//   batch size M      1 = stochastic, between = mini-batch, ≥ n = the whole set (batch GD);
//                     an epoch is K = ⌈n / M⌉ iterations, the samples reshuffled each epoch
//   L1, L2            E' = E + α₁ Σ|w| + α₂ Σ w²   over the weights W (not the biases)
//   early stopping    stop when the monitored value has not improved for `patience` epochs
//                     (Keras' EarlyStopping; restoreBestWeights brings back the best epoch's)
//   learning rate     t_e for epoch e = 1 … E, from the optimiser's rate t:
//   schedule            constant   t_e = t
//                       step       t_e = t · f^⌊(e − 1) / N⌋      (× f every N epochs)
//                       cosine     t_e = t · (m + (1 − m) · ½ (1 + cos(π (e − 1) / E)))
//                                  (t for the first epoch, decaying towards m · t)
//                     the trainer scales each step the optimiser takes by t_e / t (see Trainer.h)
//   seed              the order of the samples (the weights come from the model's seed)
//   threads           Eigen::setNbThreads (0 = Eigen's default); effective only when Eigen
//                     is built with OpenMP
#pragma once

#include "nn/Loss.h"
#include "optim/OptimizerSettings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace neurone {

enum class Monitor { ValidationLoss, ValidationAccuracy };

// "val_loss", "val_acc".
std::string_view monitorName(Monitor monitor);
std::optional<Monitor> monitorFromName(std::string_view name);

struct EarlyStopping {
    bool enabled = false;
    Monitor monitor = Monitor::ValidationLoss;
    int patience = 2;
    bool restoreBestWeights = true;
};

enum class LearningRateDecay { Constant, Step, Cosine };

// "constant", "step", "cosine".
std::string_view learningRateDecayName(LearningRateDecay decay);
std::optional<LearningRateDecay> learningRateDecayFromName(std::string_view name);

struct LearningRateSchedule {
    LearningRateDecay decay = LearningRateDecay::Constant;
    int stepEpochs = 10;    // N (step)
    double stepFactor = 0.5; // f (step)
    double floor = 0;        // m (cosine): the last epochs' rate tends to m · t
};

struct TrainingSettings {
    LossKind loss = LossKind::CategoricalCrossEntropy;
    OptimizerSettings optimizer;
    int batchSize = 32;
    int epochs = 10;
    double l1 = 0; // α₁
    double l2 = 0; // α₂
    LearningRateSchedule schedule;
    EarlyStopping earlyStopping;
    std::uint32_t seed = 1;
    int threads = 0;
};

// t_e / t for epoch e (1-based; epochs after the last keep the last one's factor).
double learningRateFactor(const LearningRateSchedule& schedule, int epoch, int epochs);
// t_e, the rate epoch e is trained with.
double scheduledLearningRate(const TrainingSettings& settings, int epoch);

// Empty when the settings can be used, else the first problem ("the batch size must be …").
std::string settingsProblem(const TrainingSettings& settings);

// "loss" → "ce", "optimizer" → "adam", "learning_rate" → "0.001", … for model files.
std::vector<std::pair<std::string, std::string>> settingsKeyValues(const TrainingSettings& settings);

} // namespace neurone
