#include "backprop/BackpropTrace.h"

#include "nn/Dense.h"

#include <stdexcept>

namespace neurone {

namespace {

// ω ← γ ω + η g;  θ ← θ − ω   (Momentum.h's rule, on whole matrices).
void descend(Batch& parameter, Batch& velocity, const Batch& gradient, float learningRate,
             float gamma)
{
    velocity = gamma * velocity + learningRate * gradient;
    parameter -= velocity;
}

void requireRow(const Batch& row, int columns, const char* what)
{
    if (row.rows() != 1 || row.cols() != columns)
        throw std::invalid_argument(std::string("backprop: ") + what + " needs 1 × "
                                    + std::to_string(columns) + " values");
}

void add(std::vector<NamedValue>& values, const TinyArchitecture& a, const ValueKey& key,
         TracePhase phase, double value)
{
    values.push_back({valueName(a, key, phase), value, phase, key});
}

// Every unit of a [1 × n] row, or every entry of a W, as named values of one phase.
void addUnits(std::vector<NamedValue>& values, const TinyArchitecture& a, Quantity quantity,
              int layer, const Batch& row, TracePhase phase)
{
    for (Eigen::Index j = 0; j < row.cols(); ++j)
        add(values, a, {quantity, layer, 0, int(j)}, phase, row(0, j));
}

void addWeights(std::vector<NamedValue>& values, const TinyArchitecture& a, int layer,
                const Batch& w, TracePhase phase)
{
    for (Eigen::Index i = 0; i < w.rows(); ++i)
        for (Eigen::Index j = 0; j < w.cols(); ++j)
            add(values, a, {Quantity::Weight, layer, int(i), int(j)}, phase, w(i, j));
}

void addParameters(std::vector<NamedValue>& values, const TinyNetwork& network, TracePhase phase)
{
    const TinyArchitecture& a = network.architecture;
    for (int k = 1; k <= a.layerCount(); ++k) {
        addWeights(values, a, k, network.weights[std::size_t(k - 1)], phase);
        if (a.useBias)
            addUnits(values, a, Quantity::Bias, k, network.biases[std::size_t(k - 1)], phase);
    }
}

} // namespace

BackpropTrace traceObservation(const TinyNetwork& network, const Batch& input, const Batch& target)
{
    const TinyArchitecture& a = network.architecture;
    requireRow(input, a.inputCount(), "the observation x");
    requireRow(target, a.outputCount(), "the desired output y");
    Sequential net = toSequential(network);
    net.zeroGradients();
    BackpropTrace trace;
    trace.before = network;
    trace.input = input;
    trace.target = target;
    trace.layers.resize(std::size_t(a.layerCount()));

    // Forward: Dense then activation, layer by layer, keeping Y_k and f(Y_k).
    Batch activation = input;
    for (std::size_t k = 0; k < trace.layers.size(); ++k) {
        trace.layers[k].preActivation = net.layer(2 * k).forward(activation);
        activation = net.layer(2 * k + 1).forward(trace.layers[k].preActivation);
        trace.layers[k].activation = activation;
    }
    const bool fused = a.fusedSoftmax();
    const Batch& lossInput = fused ? trace.layers.back().preActivation : activation;
    trace.loss = loss(a.loss, lossInput, target);

    // Backward: each layer's backward in turn, from the loss down.
    Batch gradient = lossGradient(a.loss, lossInput, target);
    for (std::size_t k = trace.layers.size(); k-- > 0;) {
        LayerTrace& layer = trace.layers[k];
        const bool fusedHere = fused && k + 1 == trace.layers.size();
        if (!fusedHere) {
            layer.activationGradient = gradient;
            gradient = net.layer(2 * k + 1).backward(gradient);
        }
        layer.preActivationGradient = gradient;
        auto& dense = dynamic_cast<Dense&>(net.layer(2 * k));
        gradient = dense.backward(gradient);
        layer.weightGradient = dense.weightGradient();
        layer.biasGradient = dense.biasGradient();
    }

    // Update.
    trace.after = network;
    const auto eta = float(network.learningRate);
    const auto gamma = float(network.momentum);
    for (std::size_t k = 0; k < trace.layers.size(); ++k) {
        descend(trace.after.weights[k], trace.after.weightVelocities[k],
                trace.layers[k].weightGradient, eta, gamma);
        if (a.useBias)
            descend(trace.after.biases[k], trace.after.biasVelocities[k],
                    trace.layers[k].biasGradient, eta, gamma);
    }
    return trace;
}

std::vector<NamedValue> namedValues(const BackpropTrace& trace)
{
    const TinyArchitecture& a = trace.before.architecture;
    const int layers = a.layerCount();
    std::vector<NamedValue> values;
    addUnits(values, a, Quantity::Input, 0, trace.input, TracePhase::Forward);
    addUnits(values, a, Quantity::Target, layers, trace.target, TracePhase::Forward);
    for (int k = 1; k <= layers; ++k) {
        const LayerTrace& layer = trace.layers[std::size_t(k - 1)];
        addUnits(values, a, Quantity::PreActivation, k, layer.preActivation, TracePhase::Forward);
        addUnits(values, a, Quantity::Activation, k, layer.activation, TracePhase::Forward);
    }
    add(values, a, {Quantity::Loss, layers, 0, 0}, TracePhase::Forward, trace.loss);

    for (int k = layers; k >= 1; --k) {
        const LayerTrace& layer = trace.layers[std::size_t(k - 1)];
        if (layer.activationGradient.size() > 0)
            addUnits(values, a, Quantity::Activation, k, layer.activationGradient, TracePhase::Backward);
        addUnits(values, a, Quantity::PreActivation, k, layer.preActivationGradient, TracePhase::Backward);
        addWeights(values, a, k, layer.weightGradient, TracePhase::Backward);
        if (a.useBias)
            addUnits(values, a, Quantity::Bias, k, layer.biasGradient, TracePhase::Backward);
    }
    addParameters(values, trace.after, TracePhase::Update);
    return values;
}

std::vector<NamedValue> namedParameters(const TinyNetwork& network)
{
    std::vector<NamedValue> values;
    addParameters(values, network, TracePhase::Forward);
    return values;
}

EpochRecord recordEpoch(const TinyNetwork& network, const Batch& inputs, const Batch& targets,
                        int epoch)
{
    return {epoch, evaluate(network, inputs, targets), predict(network, inputs)};
}

void trainEpoch(TinyNetwork& network, const Batch& inputs, const Batch& targets)
{
    if (inputs.rows() != targets.rows())
        throw std::invalid_argument("backprop: as many desired outputs as observations are needed");
    for (Eigen::Index r = 0; r < inputs.rows(); ++r)
        network = traceObservation(network, inputs.row(r), targets.row(r)).after;
}

} // namespace neurone
