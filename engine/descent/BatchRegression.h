// Stochastic, mini-batch and full-batch descent on a noisy linear regression
// (seed 000 "L'apprentissage stochastique ou par paquet"; seed 004 "Variantes de descente").
//   data: y_i = a* x_i + b* + noise_i,  noise ~ N(0, σ²),  x_i ~ U(−1, 1)
//   model: ŷ = a x + b;  loss over a batch B: E_B(a, b) = 1/|B| Σ_{i∈B} (a x_i + b − y_i)²
//   ∂E_B/∂a = 2/|B| Σ (ŷ_i − y_i) x_i,   ∂E_B/∂b = 2/|B| Σ (ŷ_i − y_i)
//   one update per batch: (a, b) ← (a, b) − η ∇E_B
// Batch size 1 is stochastic (SGD), N is full batch (BGD), anything between is mini-batch.
// The samples are shuffled at each epoch with the given seed.
#pragma once

#include <Eigen/Dense>

#include <vector>

namespace neurone {

struct RegressionData {
    Eigen::VectorXd x;
    Eigen::VectorXd y;
};

RegressionData makeNoisyLine(int count, double slope, double intercept, double noise, unsigned seed);

// E(a, b) over all samples: the surface the contours show.
double regressionLoss(const RegressionData& data, double slope, double intercept);

// ∇E over the samples listed in `batch` (indices into data).
Eigen::Vector2d regressionGradient(const RegressionData& data, const Eigen::Vector2d& slopeIntercept,
                                   const std::vector<int>& batch);

// The (a, b) path: the start, then one point per update, over `epochs` passes.
std::vector<Eigen::Vector2d> batchDescentPath(const RegressionData& data, Eigen::Vector2d start,
                                              double learningRate, int batchSize, int epochs,
                                              unsigned seed);

} // namespace neurone
