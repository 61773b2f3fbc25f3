// Central finite differences for the engine's gradient tests:
//   ∂L/∂θ_i ≈ (L(θ + h e_i) − L(θ − h e_i)) / 2h
// compared with the analytic gradient as |a − n| ≤ relative · max(|a|, |n|) + absolute.
#pragma once

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <string>

namespace neurone::test {

// Perturbs values[i] in place (restoring it) and evaluates objective() on each side.
template <typename Objective>
Eigen::VectorXd numericalGradient(float* values, Eigen::Index size, Objective objective,
                                  float h)
{
    Eigen::VectorXd gradient(size);
    for (Eigen::Index i = 0; i < size; ++i) {
        const float original = values[i];
        values[i] = original + h;
        const double plus = objective();
        values[i] = original - h;
        const double minus = objective();
        values[i] = original;
        gradient[i] = (plus - minus) / (2.0 * double(h));
    }
    return gradient;
}

// Empty when every coordinate agrees, else a message naming the first that does not.
inline std::string gradientMismatch(const Eigen::VectorXd& analytic,
                                    const Eigen::VectorXd& numeric, double relative,
                                    double absolute)
{
    if (analytic.size() != numeric.size())
        return "sizes differ";
    for (Eigen::Index i = 0; i < analytic.size(); ++i) {
        const double a = analytic[i];
        const double n = numeric[i];
        if (std::abs(a - n) > relative * std::max(std::abs(a), std::abs(n)) + absolute)
            return "coordinate " + std::to_string(i) + ": analytic " + std::to_string(a)
                   + ", finite differences " + std::to_string(n);
    }
    return {};
}

} // namespace neurone::test
