// A network written as a list of layers, the way the course draws Keras models:
//   "conv2d 3x3x16, relu, maxpool 2, flatten, dropout 0.25, dense 10, softmax"
// one layer per item, items separated by ',' ';' or new lines:
//   dense N            N neurons, Y = X W + b                       (needs plain features)
//   conv2d FxFxK       K filters of F×F, stride 1, valid padding;   (needs an image)
//   conv2d FxFxK same  … with "same" padding (output as large as the input)
//   maxpool S, avgpool S   S×S windows, stride S                    (needs an image)
//   flatten            image → plain features
//   dropout r          drops a fraction r of its inputs while training
//   an activation      sigmoid, tanh, relu, leaky-relu, elu, softplus, linear, softmax, step
// "x" or "×" may separate the sizes.
#pragma once

#include "nn/Activation.h"

#include <string>
#include <variant>
#include <vector>

namespace neurone {

enum class LayerKind { Dense, Conv2D, MaxPool, AvgPool, Flatten, Dropout, Activation };

struct LayerSpec {
    LayerKind kind = LayerKind::Dense;
    int units = 0;        // dense: N; conv2d: K filters
    int size = 0;         // conv2d: F; pooling: S
    bool samePadding = false;
    float rate = 0;       // dropout
    ActivationKind activation = ActivationKind::Linear;
};

// Each item parsed, or "layer 3 ('maxpol 2'): unknown layer 'maxpol' (…)".
std::variant<std::vector<LayerSpec>, std::string> parseLayerList(const std::string& text);
// The canonical text of one layer ("conv2d 3x3x16") and of a list (", "-separated);
// parseLayerList(layerListText(l)) gives l back.
std::string layerText(const LayerSpec& layer);
std::string layerListText(const std::vector<LayerSpec>& layers);

} // namespace neurone
