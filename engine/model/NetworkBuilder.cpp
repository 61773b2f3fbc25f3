#include "model/NetworkBuilder.h"

#include "conv/Conv2D.h"
#include "conv/Pool2D.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"

#include <memory>
#include <optional>

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

std::string inputProblem(Shape input)
{
    if (input.channels < 1 || input.height < 1 || input.width < 1
        || std::int64_t(input.channels) * input.height * input.width > maxInputValues)
        return "an input of " + std::to_string(input.channels) + "×" + std::to_string(input.height) + "×"
               + std::to_string(input.width) + " values is not possible";
    return {};
}

struct LayerOutcome {
    Shape output;
    std::size_t parameters = 0;
};

// What `spec` makes of an input of `shape` (output shape, parameter count), or why it cannot
// take it. Nothing is allocated, so a check is cheap however large the layer.
std::variant<LayerOutcome, std::string> checkLayer(const LayerSpec& spec, Shape shape, std::size_t parametersSoFar,
                                                   std::size_t parameterLimit)
{
    const auto tooMany = [&](std::uint64_t count) -> std::optional<std::string> {
        if (count + parametersSoFar <= parameterLimit)
            return std::nullopt;
        return "the network would have more than " + std::to_string(parameterLimit) + " parameters";
    };
    switch (spec.kind) {
    case LayerKind::Dense: {
        if (!isFlat(shape))
            return "its input is " + describeInput(shape) + ", not plain features: put flatten before it";
        const std::uint64_t parameters = (std::uint64_t(shape.size()) + 1) * std::uint64_t(spec.units);
        if (auto reason = tooMany(parameters))
            return *reason;
        return LayerOutcome{Shape::flat(spec.units), std::size_t(parameters)};
    }
    case LayerKind::Conv2D:
    case LayerKind::MaxPool:
    case LayerKind::AvgPool: {
        if (isFlat(shape))
            return "it takes images, but its input is " + describeInput(shape);
        const Padding padding = spec.samePadding ? Padding::same() : Padding::valid();
        const int stride = spec.kind == LayerKind::Conv2D ? 1 : spec.size;
        const auto geometry = windowGeometry(shape.height, shape.width, spec.size, spec.size, stride, padding);
        if (const auto* reason = std::get_if<std::string>(&geometry))
            return "on " + describeInput(shape) + ": " + *reason;
        const WindowGeometry& window = std::get<WindowGeometry>(geometry);
        if (spec.kind != LayerKind::Conv2D)
            return LayerOutcome{{shape.channels, window.rows.output, window.cols.output}, 0};
        const std::uint64_t outputs = std::uint64_t(window.outputSize()) * spec.units;
        const std::uint64_t parameters = (std::uint64_t(shape.channels) * spec.size * spec.size + 1) * spec.units;
        if (auto reason = tooMany(parameters))
            return *reason;
        if (outputs > std::uint64_t(maxInputValues))
            return "its output would hold " + std::to_string(outputs) + " values per sample, more than "
                   + std::to_string(maxInputValues);
        return LayerOutcome{{spec.units, window.rows.output, window.cols.output}, std::size_t(parameters)};
    }
    case LayerKind::Flatten: return LayerOutcome{Shape::flat(shape.size()), 0};
    case LayerKind::Dropout:
    case LayerKind::Activation: return LayerOutcome{shape, 0};
    }
    return std::string("unknown layer kind");
}

// Layer k of `layers` on input `shape`, once checkLayer has accepted it.
std::unique_ptr<Layer> makeLayer(const std::vector<LayerSpec>& layers, std::size_t k, Shape shape)
{
    const LayerSpec& spec = layers[k];
    const WeightInit init = reluLike(layers, k + 1) ? WeightInit::HeUniform : WeightInit::GlorotUniform;
    const Padding padding = spec.samePadding ? Padding::same() : Padding::valid();
    switch (spec.kind) {
    case LayerKind::Dense: return std::make_unique<Dense>(shape.size(), spec.units, init);
    case LayerKind::Conv2D: return std::make_unique<Conv2D>(shape, spec.units, spec.size, spec.size, 1, padding, init);
    case LayerKind::MaxPool:
    case LayerKind::AvgPool:
        return std::make_unique<Pool2D>(shape, spec.kind == LayerKind::MaxPool ? PoolMode::Max : PoolMode::Average,
                                        spec.size, spec.size, padding);
    case LayerKind::Flatten: return std::make_unique<Flatten>();
    case LayerKind::Dropout: return std::make_unique<Dropout>(spec.rate);
    case LayerKind::Activation: return std::make_unique<ActivationLayer>(spec.activation);
    }
    return nullptr;
}

std::string layerProblem(std::size_t k, const std::string& layer, const std::string& reason)
{
    return "layer " + std::to_string(k + 1) + " (" + layer + "): " + reason;
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
    if (const std::string reason = inputProblem(input); !reason.empty())
        return reason;
    if (layers.empty())
        return std::string("a network needs at least one layer");
    Sequential network;
    Shape shape = input;
    for (std::size_t k = 0; k < layers.size(); ++k) {
        const auto checked = checkLayer(layers[k], shape, network.parameterCount(), parameterLimit);
        if (const auto* reason = std::get_if<std::string>(&checked))
            return layerProblem(k, layerText(layers[k]), *reason);
        Layer& layer = network.add(makeLayer(layers, k, shape));
        shape = layer.outputShape(shape);
    }
    return network;
}

std::vector<LayerCheck> checkLayers(const std::vector<LayerSpec>& layers, Shape input)
{
    std::vector<LayerCheck> checks;
    std::optional<Shape> shape = input;
    std::size_t parameters = 0;
    for (const LayerSpec& spec : layers) {
        LayerCheck check{layerText(spec), std::nullopt, 0, {}};
        if (shape && checks.empty())
            check.problem = inputProblem(input);
        if (shape && check.problem.empty()) {
            const auto checked = checkLayer(spec, *shape, parameters, maxNetworkParameters);
            if (const auto* outcome = std::get_if<LayerOutcome>(&checked)) {
                check.output = outcome->output;
                check.parameters = outcome->parameters;
                parameters += outcome->parameters;
            } else {
                check.problem = std::get<std::string>(checked);
            }
        }
        shape = check.output;
        checks.push_back(check);
    }
    return checks;
}

std::size_t totalParameters(const std::vector<LayerCheck>& checks)
{
    std::size_t total = 0;
    for (const LayerCheck& check : checks)
        total += check.parameters;
    return total;
}

std::string networkProblem(const std::vector<LayerCheck>& checks)
{
    if (checks.empty())
        return "a network needs at least one layer";
    for (std::size_t k = 0; k < checks.size(); ++k)
        if (!checks[k].problem.empty())
            return layerProblem(k, checks[k].layer, checks[k].problem);
    return {};
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
