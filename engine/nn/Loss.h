// Loss functions E(y, y*) and their gradients ∂E/∂y, averaged over the batch (seed 004,
// "Fonction de perte"). y is the network's output, y* (the course's d) the desired output.
//   mse  E = 1/N Σ (y − y*)²                        ∂E/∂y = 2 (y − y*) / N
//        N counts every element (samples × outputs), as Keras does; with one output neuron
//        it is the course's 1/M Σ over the M observations.
//   bce  E = −1/N Σ [y* ln y + (1 − y*) ln(1 − y)]   ∂E/∂y = (y − y*) / (y (1 − y)) / N
//        y is clamped to [ε, 1 − ε], ε = 1e-7 (Keras), so E stays finite; the gradient is
//        taken at the clamped y, so a saturated sigmoid still gets a bounded push.
//   ce   E = −1/n Σ_samples Σ_l y*_l ln softmax(a)_l, taking the LOGITS a (softmax fused in):
//        ∂E/∂a = (softmax(a) Σ_l y*_l − y*) / n, i.e. (p − y*) / n for one-hot or
//        probability targets; n counts samples. ln softmax(a) = a − max a − ln Σ e^{a − max a}.
// Shapes: y (or a), y* and ∂E/∂y are [samples × outputs]; E is a number.
#pragma once

#include "core/Tensor.h"

#include <array>
#include <optional>
#include <string_view>

namespace neurone {

enum class LossKind { MSE, BinaryCrossEntropy, CategoricalCrossEntropy };

inline constexpr std::array allLossKinds = {LossKind::MSE, LossKind::BinaryCrossEntropy,
                                            LossKind::CategoricalCrossEntropy};

// "mse", "bce", "ce".
std::string_view lossName(LossKind kind);
std::optional<LossKind> lossKindFromName(std::string_view name);

inline constexpr float binaryCrossEntropyEpsilon = 1e-7f;

// All throw std::invalid_argument when prediction and target differ in shape or are empty.
float meanSquaredError(const Batch& prediction, const Batch& target);
Batch meanSquaredErrorGradient(const Batch& prediction, const Batch& target);
float binaryCrossEntropy(const Batch& prediction, const Batch& target);
Batch binaryCrossEntropyGradient(const Batch& prediction, const Batch& target);
float categoricalCrossEntropy(const Batch& logits, const Batch& target);
Batch categoricalCrossEntropyGradient(const Batch& logits, const Batch& target);

// Dispatch on the kind; for CategoricalCrossEntropy `output` is the logits.
float loss(LossKind kind, const Batch& output, const Batch& target);
Batch lossGradient(LossKind kind, const Batch& output, const Batch& target);

} // namespace neurone
