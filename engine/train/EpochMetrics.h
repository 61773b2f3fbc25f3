// What one epoch of training measured (Keras' History, one entry per epoch):
//   trainLoss, trainAccuracy   averaged over the epoch's batches, as they were trained
//   validation…, test…         on the whole held-out set after the epoch, inference mode
//   seconds                    wall time of the epoch's training (without the evaluation)
//   learningRate               t_e, the rate of the epoch's steps (TrainingSettings' schedule)
#pragma once

#include <optional>

namespace neurone {

struct EpochMetrics {
    int epoch = 0; // 1 for the first
    double trainLoss = 0;
    double trainAccuracy = 0;
    std::optional<double> validationLoss;
    std::optional<double> validationAccuracy;
    std::optional<double> testAccuracy;
    double seconds = 0;
    double learningRate = 0; // last, so that {epoch, losses…, seconds} initialisers stay valid
};

} // namespace neurone
