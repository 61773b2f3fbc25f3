#include "backprop/TinyNetwork.h"

#include "nn/Dense.h"

#include <memory>
#include <stdexcept>

namespace neurone {

namespace {

WeightInit initFor(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::ReLU:
    case ActivationKind::LeakyReLU:
    case ActivationKind::ELU: return WeightInit::HeUniform;
    default: return WeightInit::GlorotUniform;
    }
}

Sequential layersOf(const TinyArchitecture& architecture)
{
    Sequential net;
    for (int k = 1; k <= architecture.layerCount(); ++k) {
        const ActivationKind kind = architecture.activations[std::size_t(k - 1)];
        net.add(std::make_unique<Dense>(architecture.sizes[std::size_t(k - 1)],
                                        architecture.sizes[std::size_t(k)], initFor(kind)));
        net.add(std::make_unique<ActivationLayer>(kind));
    }
    return net;
}

void requireShape(const Batch& m, Eigen::Index rows, Eigen::Index cols, const std::string& what)
{
    if (m.rows() != rows || m.cols() != cols)
        throw std::invalid_argument("tiny network: " + what + " should be " + std::to_string(rows)
                                    + "×" + std::to_string(cols));
}

} // namespace

bool TinyArchitecture::fusedSoftmax() const
{
    return loss == LossKind::CategoricalCrossEntropy && !activations.empty()
           && activations.back() == ActivationKind::Softmax;
}

std::optional<std::string> architectureError(const TinyArchitecture& a)
{
    if (a.sizes.size() < 2 || a.sizes.size() > std::size_t(maxTinyHiddenLayers) + 2)
        return "a tiny network has inputs, 0 to " + std::to_string(maxTinyHiddenLayers)
               + " hidden layers and outputs";
    if (a.activations.size() != a.sizes.size() - 1)
        return "one activation per layer after the inputs is needed";
    if (a.inputCount() < 1 || a.inputCount() > maxTinyInputs)
        return "1 to " + std::to_string(maxTinyInputs) + " inputs";
    if (a.outputCount() < 1 || a.outputCount() > maxTinyOutputs)
        return "1 to " + std::to_string(maxTinyOutputs) + " outputs";
    for (int k = 1; k < a.layerCount(); ++k)
        if (a.sizes[std::size_t(k)] < 1 || a.sizes[std::size_t(k)] > maxTinyHiddenNeurons)
            return "1 to " + std::to_string(maxTinyHiddenNeurons) + " neurons per hidden layer";
    for (std::size_t k = 0; k + 1 < a.activations.size(); ++k)
        if (a.activations[k] == ActivationKind::Softmax)
            return "softmax belongs to the output layer";
    return std::nullopt;
}

TinyNetwork makeTinyNetwork(const TinyArchitecture& architecture)
{
    if (const auto error = architectureError(architecture))
        throw std::invalid_argument("tiny network: " + *error);
    TinyNetwork network;
    network.architecture = architecture;
    for (int k = 1; k <= architecture.layerCount(); ++k) {
        const int in = architecture.sizes[std::size_t(k - 1)];
        const int out = architecture.sizes[std::size_t(k)];
        network.weights.push_back(Batch::Zero(in, out));
        network.biases.push_back(Batch::Zero(1, out));
    }
    network.weightVelocities = network.weights;
    network.biasVelocities = network.biases;
    return network;
}

TinyNetwork makeTinyNetwork(const TinyArchitecture& architecture, std::uint32_t seed)
{
    TinyNetwork network = makeTinyNetwork(architecture);
    Sequential net = layersOf(architecture);
    net.initialize(seed);
    for (int k = 0; k < architecture.layerCount(); ++k)
        network.weights[std::size_t(k)] = dynamic_cast<const Dense&>(net.layer(std::size_t(2 * k))).weights();
    return network;
}

void checkShapes(const TinyNetwork& network)
{
    const TinyArchitecture& a = network.architecture;
    if (const auto error = architectureError(a))
        throw std::invalid_argument("tiny network: " + *error);
    const auto layers = std::size_t(a.layerCount());
    if (network.weights.size() != layers || network.biases.size() != layers
        || network.weightVelocities.size() != layers || network.biasVelocities.size() != layers)
        throw std::invalid_argument("tiny network: one W, b and ω per layer");
    for (std::size_t k = 0; k < layers; ++k) {
        const std::string layer = "layer " + std::to_string(k + 1);
        requireShape(network.weights[k], a.sizes[k], a.sizes[k + 1], layer + " W");
        requireShape(network.weightVelocities[k], a.sizes[k], a.sizes[k + 1], layer + " ω(W)");
        requireShape(network.biases[k], 1, a.sizes[k + 1], layer + " b");
        requireShape(network.biasVelocities[k], 1, a.sizes[k + 1], layer + " ω(b)");
    }
}

Sequential toSequential(const TinyNetwork& network)
{
    checkShapes(network);
    Sequential net = layersOf(network.architecture);
    for (int k = 0; k < network.architecture.layerCount(); ++k) {
        auto& dense = dynamic_cast<Dense&>(net.layer(std::size_t(2 * k)));
        dense.setWeights(network.weights[std::size_t(k)]);
        dense.setBias(network.biases[std::size_t(k)]);
    }
    return net;
}

Batch predict(const TinyNetwork& network, const Batch& inputs)
{
    return toSequential(network).predict(inputs);
}

double evaluate(const TinyNetwork& network, const Batch& inputs, const Batch& targets)
{
    return toSequential(network).evaluate(inputs, targets, network.architecture.loss);
}

} // namespace neurone
