// E(w) = (w·x − cible)², dE/dw = 2(w·x − cible)·x, descended with w ← w − t·dE/dw.
#include "perceptron/LinearNeuron.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace neurone {

namespace {

constexpr double maxMagnitude = 1e6;

LinearNeuronSettings course(double learningRate)
{
    LinearNeuronSettings s;
    s.learningRate = learningRate;
    return s;
}

} // namespace

Objective linearNeuronError(double input, double target)
{
    return {[input, target](const Eigen::VectorXd& w) {
                const double e = w[0] * input - target;
                return e * e;
            },
            [input, target](const Eigen::VectorXd& w) {
                return Eigen::VectorXd::Constant(1, 2 * (w[0] * input - target) * input);
            }};
}

std::optional<std::string> linearNeuronSettingsError(const LinearNeuronSettings& s)
{
    if (const auto error = learningRateError(s.learningRate))
        return error;
    for (const double v : {s.input, s.target, s.startWeight})
        if (!std::isfinite(v) || std::abs(v) > maxMagnitude)
            return "x, the target and w0 must be numbers between -1e6 and 1e6";
    if (!std::isfinite(s.epsilon) || s.epsilon < 0)
        return "the stopping threshold must be 0 or more";
    if (s.maxSteps < 0)
        return "the maximum number of steps must be 0 or more";
    return std::nullopt;
}

DescentTrace trainLinearNeuron(const LinearNeuronSettings& s)
{
    OptimizerSettings optimizer;
    optimizer.kind = OptimizerKind::GradientDescent;
    optimizer.learningRate = s.learningRate;
    StoppingRule rule;
    rule.maxSteps = s.maxSteps;
    rule.minGradient = s.epsilon;
    const double optimum = s.input != 0 ? std::abs(s.target / s.input) : 0;
    rule.divergenceBound = 1000 * std::max({1.0, optimum, std::abs(s.startWeight)});
    return descend(linearNeuronError(s.input, s.target), Eigen::VectorXd::Constant(1, s.startWeight), optimizer, rule);
}

double stepFactor(const LinearNeuronSettings& s) { return 1 - 2 * s.learningRate * s.input * s.input; }

double oneStepLearningRate(double input)
{
    return input == 0 ? std::numeric_limits<double>::infinity() : 1 / (2 * input * input);
}

double divergentLearningRate(double input)
{
    return input == 0 ? std::numeric_limits<double>::infinity() : 1 / (input * input);
}

const std::vector<LinearNeuronPreset>& linearNeuronPresets()
{
    // The course's x = 1, cible = 0.75, w₀ = 0.1; only t changes.
    static const std::vector<LinearNeuronPreset> presets = {
        {"slow", course(0.1)},
        {"good", course(0.5)},
        {"oscillating", course(0.9)},
        {"divergent", course(1.1)},
    };
    return presets;
}

const LinearNeuronPreset* findLinearNeuronPreset(std::string_view id)
{
    for (const LinearNeuronPreset& p : linearNeuronPresets())
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace neurone
