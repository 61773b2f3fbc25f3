// Builds a Sequential network from a layer list (LayerList.h) for one input shape, checking
// every layer's input as Keras does when a model is built, and counts the parameters like
// Keras' model.summary():
//   dense N on d inputs           d·N + N           (W and b)
//   conv2d FxFxK on C channels    F·F·C·K + K
//   pooling, flatten, dropout, activations: 0
// An impossible layer is named with the reason: "layer 4 (dense 10): its input is 16×13×13
// feature maps, not plain features: put flatten before it".
// Weights start as Keras' defaults: He uniform before a ReLU-like activation, else Glorot.
#pragma once

#include "model/LayerList.h"
#include "nn/Sequential.h"

#include <cstddef>
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
