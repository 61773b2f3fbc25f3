#include "descent/Descent.h"

#include <cmath>
#include <cstdio>

namespace neurone {

namespace {

bool isFinite(const Eigen::VectorXd& v) { return v.allFinite(); }

DescentStep makeStep(const Objective& f, int k, const Eigen::VectorXd& point,
                     const Eigen::VectorXd& previous)
{
    return {k, point, f.value(point), f.gradient(point), previous - point};
}

std::string formatNumber(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

} // namespace

Objective objectiveOf(const Formula& formula)
{
    return {[formula](const Eigen::VectorXd& x) { return formula.value(x); },
            [formula](const Eigen::VectorXd& x) { return formula.gradient(x); }};
}

std::optional<std::string> startError(const Objective& f, const Eigen::VectorXd& start)
{
    if (!isFinite(start))
        return "the start point is not a number";
    if (!std::isfinite(f.value(start)))
        return "the function is not defined (NaN or infinite) at the start point";
    if (!isFinite(f.gradient(start)))
        return "the gradient is not defined (NaN or infinite) at the start point";
    return std::nullopt;
}

DescentTrace descend(const Objective& f, const Eigen::VectorXd& start,
                     const OptimizerSettings& optimizerSettings, const StoppingRule& rule)
{
    DescentTrace trace;
    trace.steps.push_back(makeStep(f, 0, start, start));
    if (startError(f, start)) {
        trace.outcome = DescentOutcome::Diverged;
        return trace;
    }
    auto optimizer = makeOptimizer<double>(optimizerSettings);
    Eigen::VectorXd x = start;
    for (int k = 0;; ++k) {
        const DescentStep& current = trace.steps.back();
        if (current.gradient.lpNorm<Eigen::Infinity>() <= rule.minGradient) {
            trace.outcome = DescentOutcome::Converged;
            return trace;
        }
        if (rule.minLoss && current.value <= *rule.minLoss) {
            trace.outcome = DescentOutcome::ReachedMinLoss;
            return trace;
        }
        if (k >= rule.maxSteps) {
            trace.outcome = DescentOutcome::Stopped;
            return trace;
        }
        optimizer->update(current.gradient, x);
        DescentStep next = makeStep(f, k + 1, x, current.point);
        const bool escaped = !isFinite(x) || x.lpNorm<Eigen::Infinity>() > rule.divergenceBound;
        if (escaped || !std::isfinite(next.value) || !isFinite(next.gradient)) {
            trace.outcome = DescentOutcome::Diverged;
            return trace;
        }
        trace.steps.push_back(std::move(next));
    }
}

std::optional<std::string> learningRateError(double learningRate)
{
    if (!std::isfinite(learningRate) || learningRate <= 0)
        return "the learning rate must be greater than 0";
    if (learningRate > maxLearningRate)
        return "the learning rate must be at most " + formatNumber(maxLearningRate)
               + ": larger steps only overflow";
    return std::nullopt;
}

std::string describeOutcome(const DescentTrace& trace)
{
    const std::string steps = std::to_string(trace.stepCount());
    switch (trace.outcome) {
    case DescentOutcome::Converged:
    case DescentOutcome::ReachedMinLoss: {
        const Eigen::VectorXd& x = trace.last().point;
        std::string at = x.size() == 1 ? "x=" + formatNumber(x[0])
                                       : "(x,y)=(" + formatNumber(x[0]) + "," + formatNumber(x[1]) + ")";
        return "converged after " + steps + " steps at " + at;
    }
    case DescentOutcome::Diverged: return "diverged after " + steps + " steps";
    case DescentOutcome::Stopped: return "stopped after " + steps + " steps";
    }
    return {};
}

} // namespace neurone
