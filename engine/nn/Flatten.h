// Flatten (seed 002, Keras' Flatten): an image {C, H, W} becomes C·H·W plain features.
//   forward   Y = X          backward   dX = dY
// Rows are already stored flat (channel-major), so only the shape the next layer sees changes:
// Dense refuses an image, Flatten is what lets a convolution feed a dense layer.
// Shapes: X, Y, dY, dX [n × C·H·W]; output shape {1, 1, C·H·W}.
#pragma once

#include "nn/Layer.h"

namespace neurone {

class Flatten final : public Layer {
public:
    std::string name() const override { return "flatten"; }
    Shape outputShape(const Shape& input) const override { return Shape::flat(input.size()); }
    Batch forward(const Batch& input) override { return input; }
    Batch backward(const Batch& gradOutput) override { return gradOutput; }
    std::unique_ptr<Layer> clone() const override { return std::make_unique<Flatten>(*this); }
};

} // namespace neurone
