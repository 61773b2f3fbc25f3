#include "train/Evaluation.h"

#include <algorithm>
#include <numeric>

namespace neurone {

Evaluation evaluateNetwork(Sequential& network, const Dataset& data, LossKind loss, const Penalty& penalty,
                           int batchSize)
{
    const int outputs = network.outputShape(data.shape()).size();
    network.setTraining(false);
    Evaluation result{0, 0, ConfusionMatrix(data.classCount()), {}};
    result.predicted.reserve(data.size());
    // Fewer samples at a time when a layer's output is wide, so no activation exceeds 64 MiB.
    Shape shape = data.shape();
    std::size_t widest = std::size_t(shape.size());
    for (std::size_t k = 0; k < network.layerCount(); ++k) {
        shape = network.layer(k).outputShape(shape);
        widest = std::max(widest, std::size_t(shape.size()));
    }
    const std::size_t rows = std::clamp<std::size_t>((std::size_t(16) << 20) / widest, 1, std::size_t(batchSize));
    std::vector<std::uint32_t> indices;
    double lossSum = 0;
    for (std::size_t start = 0; start < data.size(); start += rows) {
        indices.resize(std::min(rows, data.size() - start));
        std::iota(indices.begin(), indices.end(), std::uint32_t(start));
        const auto [x, t] = data.batch(indices, outputs);
        Batch lossInput;
        lossSum += double(network.evaluate(x, t, loss, lossInput)) * double(indices.size());
        for (std::size_t k = 0; const int predicted : predictedClasses(lossInput)) {
            result.predicted.push_back(predicted);
            result.confusion.add(data.label(indices[k++]), predicted);
        }
    }
    if (!data.empty())
        result.loss = lossSum / double(data.size());
    if (penalty.active())
        result.loss += penaltyValue(network, penalty);
    result.accuracy = result.confusion.accuracy();
    return result;
}

} // namespace neurone
