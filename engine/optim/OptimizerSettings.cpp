#include "optim/OptimizerSettings.h"

#include "optim/Adagrad.h"
#include "optim/Adam.h"
#include "optim/GradientDescent.h"
#include "optim/Momentum.h"
#include "optim/Nesterov.h"
#include "optim/RMSprop.h"

namespace neurone {

std::string_view optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::GradientDescent: return "gd";
    case OptimizerKind::Momentum: return "momentum";
    case OptimizerKind::Nesterov: return "nesterov";
    case OptimizerKind::Adagrad: return "adagrad";
    case OptimizerKind::RMSprop: return "rmsprop";
    case OptimizerKind::Adam: return "adam";
    }
    return "gd";
}

std::optional<OptimizerKind> optimizerKindFromName(std::string_view name)
{
    if (name == "sgd")
        return OptimizerKind::GradientDescent;
    for (const OptimizerKind kind : allOptimizerKinds)
        if (optimizerName(kind) == name)
            return kind;
    return std::nullopt;
}

template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSettings& s)
{
    const auto t = Scalar(s.learningRate);
    switch (s.kind) {
    case OptimizerKind::GradientDescent: return std::make_unique<GradientDescent<Scalar>>(t);
    case OptimizerKind::Momentum: return std::make_unique<Momentum<Scalar>>(t, Scalar(s.momentum));
    case OptimizerKind::Nesterov: return std::make_unique<Nesterov<Scalar>>(t, Scalar(s.momentum));
    case OptimizerKind::Adagrad: return std::make_unique<Adagrad<Scalar>>(t, Scalar(s.epsilon));
    case OptimizerKind::RMSprop:
        return std::make_unique<RMSprop<Scalar>>(t, Scalar(s.rho), Scalar(s.epsilon));
    case OptimizerKind::Adam:
        return std::make_unique<Adam<Scalar>>(t, Scalar(s.beta1), Scalar(s.beta2), Scalar(s.epsilon));
    }
    return std::make_unique<GradientDescent<Scalar>>(t);
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerSettings&);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerSettings&);

} // namespace neurone
