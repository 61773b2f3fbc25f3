// Which optimiser, with which hyperparameters. Defaults follow the course (γ = 0.5 for the
// descent lessons is set by the panel) and Keras (Adam β1 0.9, β2 0.999, ε 1e-7).
#pragma once

#include "optim/Optimizer.h"

#include <array>
#include <memory>
#include <optional>
#include <string_view>

namespace neurone {

enum class OptimizerKind { GradientDescent, Momentum, Nesterov, Adagrad, RMSprop, Adam };

inline constexpr std::array allOptimizerKinds = {
    OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Nesterov,
    OptimizerKind::Adagrad,         OptimizerKind::RMSprop,  OptimizerKind::Adam};

struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::GradientDescent;
    double learningRate = 0.01; // t, η
    double momentum = 0.9;      // γ (momentum, Nesterov)
    double rho = 0.9;           // RMSprop decay
    double beta1 = 0.9;         // Adam
    double beta2 = 0.999;       // Adam
    double epsilon = 1e-7;      // Adagrad, RMSprop, Adam
};

// Short names used by the CLI and model files: gd, momentum, nesterov, adagrad, rmsprop, adam.
std::string_view optimizerName(OptimizerKind kind);
std::optional<OptimizerKind> optimizerKindFromName(std::string_view name);

template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSettings& settings);

} // namespace neurone
