#include "model/NetworkBuilder.h"

#include "conv/Conv2D.h"
#include "conv/Pool2D.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"

#include <memory>

namespace neurone {

namespace {

bool isFlat(Shape shape) { return shape.channels == 1 && shape.height == 1; }

bool reluLike(const std::vector<LayerSpec>& layers, std::size_t next)
{
    if (next >= layers.size() || layers[next].kind != LayerKind::Activation)
        return false;
    const ActivationKind a = layers[next].activation;
    return a == ActivationKind::ReLU || a == ActivationKind::LeakyReLU || a == ActivationKind::ELU;
}

// Layer k of `layers` on input `shape`, or why it cannot be.
std::variant<std::unique_ptr<Layer>, std::string> makeLayer(const std::vector<LayerSpec>& layers, std::size_t k,
                                                            Shape shape, std::size_t parametersSoFar,
                                                            std::size_t parameterLimit)
{
    const LayerSpec& spec = layers[k];
    const WeightInit init = reluLike(layers, k + 1) ? WeightInit::HeUniform : WeightInit::GlorotUniform;
    const auto tooLarge = [&](std::uint64_t count) {
        return count + parametersSoFar > parameterLimit;
    };
    const std::string tooMany = "the network would have more than " + std::to_string(parameterLimit) + " parameters";
    switch (spec.kind) {
    case LayerKind::Dense:
        if (!isFlat(shape))
            return "its input is " + describeInput(shape) + ", not plain features: put flatten before it";
        if (tooLarge((std::uint64_t(shape.size()) + 1) * std::uint64_t(spec.units)))
            return tooMany;
        return std::make_unique<Dense>(shape.size(), spec.units, init);
    case LayerKind::Conv2D:
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: {
        if (isFlat(shape))
            return "it takes images, but its input is " + describeInput(shape);
        const Padding padding = spec.samePadding ? Padding::same() : Padding::valid();
        const int stride = spec.kind == LayerKind::Conv2D ? 1 : spec.size;
        auto geometry = windowGeometry(shape.height, shape.width, spec.size, spec.size, stride, padding);
        if (auto* reason = std::get_if<std::string>(&geometry))
            return "on " + describeInput(shape) + ": " + *reason;
        if (spec.kind != LayerKind::Conv2D)
            return std::make_unique<Pool2D>(shape, spec.kind == LayerKind::MaxPool ? PoolMode::Max : PoolMode::Average,
                                            spec.size, spec.size, padding);
        const std::uint64_t outputs = std::uint64_t(std::get<WindowGeometry>(geometry).outputSize()) * spec.units;
        if (tooLarge((std::uint64_t(shape.channels) * spec.size * spec.size + 1) * spec.units))
            return tooMany;
        if (outputs > std::uint64_t(maxInputValues))
            return "its output would hold " + std::to_string(outputs) + " values per sample, more than "
                   + std::to_string(maxInputValues);
        return std::make_unique<Conv2D>(shape, spec.units, spec.size, spec.size, 1, padding, init);
    }
    case LayerKind::Flatten: return std::make_unique<Flatten>();
    case LayerKind::Dropout: return std::make_unique<Dropout>(spec.rate);
    case LayerKind::Activation: return std::make_unique<ActivationLayer>(spec.activation);
    }
    return std::string("unknown layer kind");
}

} // namespace

std::string shapeText(Shape shape)
{
    if (isFlat(shape))
        return std::to_string(shape.width);
    return std::to_string(shape.channels) + "×" + std::to_string(shape.height) + "×" + std::to_string(shape.width);
}

std::string describeInput(Shape shape)
{
    if (isFlat(shape))
        return std::to_string(shape.width) + (shape.width == 1 ? " feature" : " features");
    const std::string size = std::to_string(shape.height) + "×" + std::to_string(shape.width);
    if (shape.channels == 1)
        return size + " images";
    return std::to_string(shape.channels) + "×" + size + (" feature maps");
}

std::variant<Sequential, std::string> buildNetwork(const std::vector<LayerSpec>& layers, Shape input,
                                                   std::size_t parameterLimit)
{
    if (input.channels < 1 || input.height < 1 || input.width < 1
        || std::int64_t(input.channels) * input.height * input.width > maxInputValues)
        return "an input of " + std::to_string(input.channels) + "×" + std::to_string(input.height) + "×"
               + std::to_string(input.width) + " values is not possible";
    if (layers.empty())
        return std::string("a network needs at least one layer");
    Sequential network;
    Shape shape = input;
    for (std::size_t k = 0; k < layers.size(); ++k) {
        auto made = makeLayer(layers, k, shape, network.parameterCount(), parameterLimit);
        if (auto* reason = std::get_if<std::string>(&made))
            return "layer " + std::to_string(k + 1) + " (" + layerText(layers[k]) + "): " + *reason;
        Layer& layer = network.add(std::get<std::unique_ptr<Layer>>(std::move(made)));
        shape = layer.outputShape(shape);
    }
    return network;
}

std::variant<NetworkSummary, std::string> summarizeNetwork(const std::vector<LayerSpec>& layers, Shape input)
{
    auto built = buildNetwork(layers, input);
    if (auto* reason = std::get_if<std::string>(&built))
        return *reason;
    const Sequential& network = std::get<Sequential>(built);
    NetworkSummary summary;
    Shape shape = input;
    for (std::size_t k = 0; k < layers.size(); ++k) {
        shape = network.layer(k).outputShape(shape);
        summary.layers.push_back({layerText(layers[k]), shape, network.layer(k).parameterCount()});
        summary.totalParameters += summary.layers.back().parameters;
    }
    return summary;
}

std::string summaryText(const NetworkSummary& summary)
{
    std::string text = "layer\toutput\tparameters\n";
    for (const LayerSummary& layer : summary.layers)
        text += layer.layer + "\t" + shapeText(layer.output) + "\t" + std::to_string(layer.parameters) + "\n";
    return text + "total parameters\t" + std::to_string(summary.totalParameters) + "\n";
}

} // namespace neurone
