// Gradient descent on a function f : ℝⁿ → ℝ (seed 000, "La descente de gradient").
//   x₀ given, then x_{k+1} = x_k − Δ_k, where Δ_k is the chosen optimiser's step
//   (plain: Δ = t∇f(x_k); momentum: ω_{k+1} = γω_k + t∇f(x_k), Δ = ω_{k+1}).
// The course's three termination conditions (seed 000, "La terminaison"): stop at the first of
//   ‖∇f(x_k)‖∞ ≤ ε,   f(x_k) ≤ minimum loss,   k = maximum iterations.
// Divergence: a non-finite value, or an iterate beyond ±1e6, ends the run; the trace keeps
// only finite iterates, so nothing downstream ever shows NaN.
#pragma once

#include "descent/Formula.h"
#include "optim/OptimizerSettings.h"

#include <Eigen/Dense>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace neurone {

struct StoppingRule {
    int maxSteps = 1000;
    double minGradient = 0.1;          // ε on ‖∇f‖∞
    std::optional<double> minLoss;     // stop once f(x_k) ≤ this
    double divergenceBound = 1e6;      // |x_k|∞ beyond this counts as diverged
};

// One row of the step table: k, x_k, f(x_k), ∇f(x_k), ω_k = x_{k−1} − x_k (0 for k = 0).
struct DescentStep {
    int k = 0;
    Eigen::VectorXd point;
    double value = 0;
    Eigen::VectorXd gradient;
    Eigen::VectorXd velocity;
};

enum class DescentOutcome { Converged, ReachedMinLoss, Diverged, Stopped };

struct DescentTrace {
    std::vector<DescentStep> steps; // steps[0] is the start point
    DescentOutcome outcome = DescentOutcome::Stopped;

    int stepCount() const { return int(steps.size()) - 1; }
    const DescentStep& last() const { return steps.back(); }
};

struct Objective {
    std::function<double(const Eigen::VectorXd&)> value;
    std::function<Eigen::VectorXd(const Eigen::VectorXd&)> gradient;
};

Objective objectiveOf(const Formula& formula);

// Runs the descent. A start point where f or ∇f is not finite gives a trace with the
// single start row and the Diverged outcome; callers check startError() first to refuse it.
DescentTrace descend(const Objective& f, const Eigen::VectorXd& start,
                     const OptimizerSettings& optimizer, const StoppingRule& rule);

// Why a start point cannot be used (f or ∇f not finite there), or nothing.
std::optional<std::string> startError(const Objective& f, const Eigen::VectorXd& start);

// Learning rates outside (0, 100] are refused before any descent: beyond 100 no function of the
// lessons gives anything but an immediate overflow, and ≤ 0 climbs instead of descending.
inline constexpr double maxLearningRate = 100.0;
std::optional<std::string> learningRateError(double learningRate);

// "converged after 12 steps at x=0.705332", "diverged after 21 steps", "stopped after N steps".
std::string describeOutcome(const DescentTrace& trace);

} // namespace neurone
