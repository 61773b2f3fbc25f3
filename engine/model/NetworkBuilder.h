// Builds a Sequential network from a layer list (LayerList.h) for one input shape, checking
// every layer's input as Keras does when a model is built, and counts the parameters like
// Keras' model.summary():
//   dense N on d inputs           d·N + N           (W and b)
//   conv2d FxFxK on C channels    F·F·C·K + K
//   pooling, flatten, dropout, activations: 0
// An impossible layer is named with the reason: "layer 4 (dense 10): its input is 16×13×13
// feature maps, not plain features: put flatten before it".
// checkLayers checks as the user builds: each layer up to the first impossible one gets its
// output shape and parameter count, or the reason it cannot take its input; the layers after
// it are unknown (their input is).
// Weights start as Keras' defaults: He uniform before a ReLU-like activation, else Glorot.
#pragma once

#include "model/LayerList.h"
#include "nn/Sequential.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

inline constexpr std::size_t maxNetworkParameters = std::size_t(64) << 20; // 256 MiB of floats
inline constexpr int maxInputValues = 1 << 24;

struct LayerSummary {
    std::string layer; // "conv2d 3x3x16"
    Shape output;
    std::size_t parameters = 0;
};

struct NetworkSummary {
    std::vector<LayerSummary> layers;
    std::size_t totalParameters = 0;
};

// One layer as the builder shows it: "conv2d 3x3x16" → 16×26×26, 160 parameters; or its
// problem ("its input is 16×26×26 feature maps, not plain features: put flatten before it"),
// or neither (output unknown) when an earlier layer is impossible.
struct LayerCheck {
    std::string layer;
    std::optional<Shape> output;
    std::size_t parameters = 0;
    std::string problem;
};

// One check per layer, in order; at most one has a problem (the first impossible layer).
std::vector<LayerCheck> checkLayers(const std::vector<LayerSpec>& layers, Shape input);
// The sum of the parameters of the layers checked so far.
std::size_t totalParameters(const std::vector<LayerCheck>& checks);
// buildNetwork's message for the checks' first problem ("layer 3 (dense 10): its input is …"),
// "a network needs at least one layer" when there is none, or "" when the network can be built.
// (An impossible input is reported on the first layer.)
std::string networkProblem(const std::vector<LayerCheck>& checks);

// The network with zero weights (call initialize(seed)), or the first impossible layer.
// `parameterLimit` refuses, before allocating, a network with more parameters (a model file
// passes how many its bytes can hold).
std::variant<Sequential, std::string> buildNetwork(const std::vector<LayerSpec>& layers, Shape input,
                                                   std::size_t parameterLimit = maxNetworkParameters);
std::variant<NetworkSummary, std::string> summarizeNetwork(const std::vector<LayerSpec>& layers, Shape input);
// The summary as a table: "layer  output  parameters", then "total parameters N".
std::string summaryText(const NetworkSummary& summary);

// "2 features", "28×28 images", "3×32×32 images" (several channels), as messages say it.
std::string describeInput(Shape shape);
// "2", "1×28×28": the compact form model files and tables use.
std::string shapeText(Shape shape);

} // namespace neurone
