// A network measured on a whole dataset, in inference mode (dropout off):
//   loss      E over every sample (the mean of the batches' E weighted by their sizes),
//             plus the L1/L2 penalty when one is given (as Keras reports val_loss)
//   accuracy  the share of samples whose predicted class (argmax, or output ≥ 0.5 for one
//             output) is the true one
//   confusion the confusion matrix; predicted: each sample's predicted class, in order
#pragma once

#include "data/Dataset.h"
#include "nn/Sequential.h"
#include "train/ClassificationMetrics.h"
#include "train/Regularization.h"

#include <vector>

namespace neurone {

struct Evaluation {
    double loss = 0;
    double accuracy = 0;
    ConfusionMatrix confusion;
    std::vector<int> predicted;
};

// Batches of at most `batchSize` samples (fewer when a layer is wide) keep the memory small;
// the result does not depend on them beyond float rounding. Throws std::invalid_argument when
// the network does not fit the data.
Evaluation evaluateNetwork(Sequential& network, const Dataset& data, LossKind loss, const Penalty& penalty = {},
                           int batchSize = 256);

} // namespace neurone
