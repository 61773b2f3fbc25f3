// The feature maps of one sample (seed 002, seed 003 "Couche convolution"): the sample goes
// through the layers one by one, a₀ = x, a_k = layer_k(a_{k−1}), and every a_k that is an image
// (C channels of H×W with H, W > 1) is kept as C planes:
//   map(k, c)(y, x) = a_k[c·H·W + y·W + x]           (rows are stored channel-major)
// A dropout layer is skipped (at inference its maps are its input's). The layers run on copies
// in inference mode, so the network (and what its backward pass cached) is untouched.
// Shapes: sample [1 × C₀·H₀·W₀]; each LayerMaps holds C planes [H × W].
#pragma once

#include "conv/Image.h"
#include "core/Tensor.h"
#include "nn/Sequential.h"

#include <cstddef>
#include <string>
#include <vector>

namespace neurone {

struct LayerMaps {
    std::size_t layerIndex = 0; // position in the network, from 0
    std::string description;    // "conv2d 3x3x16", "relu", "maxpool 2"
    Shape shape;                // {C, H, W}
    std::vector<Plane> maps;    // C planes [H × W]
};

// What a layer is, in the layer list's words ("conv2d 3x3x16", "maxpool 2", "relu").
std::string layerDescription(const Layer& layer);

// Every image-shaped output for `sample` (one row of `input.size()` values); empty when no
// layer outputs an image. Throws std::invalid_argument when the sample's size or the network
// does not fit `input`.
std::vector<LayerMaps> featureMaps(const Sequential& network, Shape input, const Batch& sample);

} // namespace neurone
