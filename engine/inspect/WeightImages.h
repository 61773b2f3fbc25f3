// The first layer's weights drawn as images (seed 000's softmax "templates", seed 002's filters):
//   dense on an image {C, H, W} (after flatten, e.g. the softmax preset on 1×28×28; or on the
//       latest image shape before it, after pooling):
//       neuron j's weights are column j of W [C·H·W × N]; read channel-major they give
//       C planes [H × W]:  plane(j, c)(y, x) = W(c·H·W + y·W + x, j)
//   conv2d with K filters F_h×F_w on C channels, W [K × C·F_h·F_w]:
//       plane(k, c)(y, x) = W(k, c·F_h·F_w + y·F_w + x)
// The planes come unit by unit, channel by channel: index = unit·C + c.
// A diverging colour scale centred on 0 needs one symmetric range ±max|w| for every plane.
// Layers without parameters before the first one (flatten, dropout, activations) are skipped;
// anything else (a dense layer on plain features, no weighted layer) is refused with the reason.
#pragma once

#include "conv/Image.h"
#include "core/Tensor.h"
#include "nn/Sequential.h"

#include <string>
#include <vector>

namespace neurone {

enum class WeightImageKind { None, DenseTemplates, ConvFilters };

struct WeightImages {
    WeightImageKind kind = WeightImageKind::None;
    int units = 0;             // neurons (dense) or filters (conv2d)
    int channels = 0;          // C
    std::vector<Plane> planes; // [units·C], each [H × W] or [F_h × F_w]
    std::string refusal;       // why there are none (when planes is empty)

    bool empty() const { return planes.empty(); }
    const Plane& plane(int unit, int channel) const { return planes.at(std::size_t(unit * channels + channel)); }
};

// The first weighted layer of `network` (taking `input` samples) as planes, or the refusal.
WeightImages firstLayerWeightImages(const Sequential& network, Shape input);

// max |w| over every plane: the colour scale runs over [−range, +range]; 0 when all are 0.
float symmetricRange(const std::vector<Plane>& planes);

} // namespace neurone
