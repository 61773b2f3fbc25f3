#include "descent/BatchRegression.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace neurone {

RegressionData makeNoisyLine(int count, double slope, double intercept, double noise, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    std::normal_distribution<double> gaussian(0.0, noise);
    RegressionData data{Eigen::VectorXd(count), Eigen::VectorXd(count)};
    for (int i = 0; i < count; ++i) {
        data.x[i] = uniform(generator);
        data.y[i] = slope * data.x[i] + intercept + (noise > 0 ? gaussian(generator) : 0.0);
    }
    return data;
}

double regressionLoss(const RegressionData& data, double slope, double intercept)
{
    if (data.x.size() == 0)
        return 0;
    return ((slope * data.x.array() + intercept) - data.y.array()).square().mean();
}

Eigen::Vector2d regressionGradient(const RegressionData& data, const Eigen::Vector2d& slopeIntercept,
                                   const std::vector<int>& batch)
{
    Eigen::Vector2d gradient = Eigen::Vector2d::Zero();
    for (const int i : batch) {
        const double residual = slopeIntercept[0] * data.x[i] + slopeIntercept[1] - data.y[i];
        gradient += 2.0 * residual * Eigen::Vector2d(data.x[i], 1.0);
    }
    return batch.empty() ? gradient : Eigen::Vector2d(gradient / double(batch.size()));
}

std::vector<Eigen::Vector2d> batchDescentPath(const RegressionData& data, Eigen::Vector2d start,
                                              double learningRate, int batchSize, int epochs,
                                              unsigned seed)
{
    const int count = int(data.x.size());
    batchSize = std::clamp(batchSize, 1, std::max(1, count));
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 generator(seed);

    std::vector<Eigen::Vector2d> path{start};
    Eigen::Vector2d parameters = start;
    for (int epoch = 0; epoch < epochs && count > 0; ++epoch) {
        std::shuffle(order.begin(), order.end(), generator);
        for (int first = 0; first < count; first += batchSize) {
            const std::vector<int> batch(order.begin() + first,
                                         order.begin() + std::min(count, first + batchSize));
            parameters -= learningRate * regressionGradient(data, parameters, batch);
            path.push_back(parameters);
        }
    }
    return path;
}

} // namespace neurone
