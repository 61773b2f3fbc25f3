#include "nn/Loss.h"

#include <stdexcept>
#include <string>

namespace neurone {

namespace {

void requireSameShape(const Batch& prediction, const Batch& target, std::string_view loss)
{
    if (prediction.size() == 0 || prediction.rows() != target.rows()
        || prediction.cols() != target.cols())
        throw std::invalid_argument(std::string(loss) + ": prediction "
                                    + std::to_string(prediction.rows()) + "×"
                                    + std::to_string(prediction.cols()) + " and target "
                                    + std::to_string(target.rows()) + "×"
                                    + std::to_string(target.cols()) + " must match");
}

Batch clampProbability(const Batch& prediction)
{
    return prediction.cwiseMax(binaryCrossEntropyEpsilon).cwiseMin(1 - binaryCrossEntropyEpsilon);
}

// ln softmax(a), row by row.
Batch logSoftmax(const Batch& logits)
{
    const Batch shifted = logits.colwise() - logits.rowwise().maxCoeff();
    const Eigen::VectorXf logSums = shifted.array().exp().rowwise().sum().log();
    return shifted.colwise() - logSums;
}

} // namespace

std::string_view lossName(LossKind kind)
{
    switch (kind) {
    case LossKind::MSE: return "mse";
    case LossKind::BinaryCrossEntropy: return "bce";
    case LossKind::CategoricalCrossEntropy: return "ce";
    }
    return "mse";
}

std::optional<LossKind> lossKindFromName(std::string_view name)
{
    for (const LossKind kind : allLossKinds)
        if (lossName(kind) == name)
            return kind;
    return std::nullopt;
}

float meanSquaredError(const Batch& prediction, const Batch& target)
{
    requireSameShape(prediction, target, "mse");
    return (prediction - target).squaredNorm() / float(prediction.size());
}

Batch meanSquaredErrorGradient(const Batch& prediction, const Batch& target)
{
    requireSameShape(prediction, target, "mse");
    return (prediction - target) * (2.0f / float(prediction.size()));
}

float binaryCrossEntropy(const Batch& prediction, const Batch& target)
{
    requireSameShape(prediction, target, "bce");
    const Batch p = clampProbability(prediction);
    const auto t = target.array();
    return -(t * p.array().log() + (1 - t) * (1 - p.array()).log()).sum()
           / float(prediction.size());
}

Batch binaryCrossEntropyGradient(const Batch& prediction, const Batch& target)
{
    requireSameShape(prediction, target, "bce");
    const Batch p = clampProbability(prediction);
    const float n = float(prediction.size());
    return ((p - target).array() / (p.array() * (1 - p.array()) * n)).matrix();
}

float categoricalCrossEntropy(const Batch& logits, const Batch& target)
{
    requireSameShape(logits, target, "ce");
    return -target.cwiseProduct(logSoftmax(logits)).sum() / float(logits.rows());
}

Batch categoricalCrossEntropyGradient(const Batch& logits, const Batch& target)
{
    requireSameShape(logits, target, "ce");
    const Eigen::VectorXf targetSums = target.rowwise().sum();
    Batch probabilities = logSoftmax(logits).array().exp().matrix();
    probabilities.array().colwise() *= targetSums.array();
    return (probabilities - target) / float(logits.rows());
}

float loss(LossKind kind, const Batch& output, const Batch& target)
{
    switch (kind) {
    case LossKind::MSE: return meanSquaredError(output, target);
    case LossKind::BinaryCrossEntropy: return binaryCrossEntropy(output, target);
    case LossKind::CategoricalCrossEntropy: return categoricalCrossEntropy(output, target);
    }
    return meanSquaredError(output, target);
}

Batch lossGradient(LossKind kind, const Batch& output, const Batch& target)
{
    switch (kind) {
    case LossKind::MSE: return meanSquaredErrorGradient(output, target);
    case LossKind::BinaryCrossEntropy: return binaryCrossEntropyGradient(output, target);
    case LossKind::CategoricalCrossEntropy: return categoricalCrossEntropyGradient(output, target);
    }
    return meanSquaredErrorGradient(output, target);
}

} // namespace neurone
