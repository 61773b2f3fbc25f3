// Pooling (seed 002 "Pooling (regroupement)", seed 004 "Pooling layers"), channel by channel:
//   max:      Y[c][oy][ox] = max over the window of X[c]
//   average:  Y[c][oy][ox] = mean over the window's real pixels (padding is not counted)
//   backward: max routes ∂E/∂Y to the pixel that won; average shares it equally.
// Default window F = 2, stride S = 2 (the course's). Output size as in ConvGeometry.h.
// Shapes: X [n × C·H·W], Y [n × C·H_o·W_o].
#pragma once

#include "conv/ConvGeometry.h"
#include "nn/Layer.h"

#include <vector>

namespace neurone {

enum class PoolMode { Max, Average };

class Pool2D final : public Layer {
public:
    // Throws std::invalid_argument when the window cannot slide over the input that way.
    Pool2D(Shape input, PoolMode mode, int size = 2, int stride = 2, Padding padding = Padding::valid());

    PoolMode mode() const { return mode_; }
    Shape inputShape() const { return input_; }
    Shape outputShape() const { return {input_.channels, geometry_.rows.output, geometry_.cols.output}; }
    const WindowGeometry& geometry() const { return geometry_; }

    std::string name() const override { return mode_ == PoolMode::Max ? "maxpool" : "avgpool"; }
    Shape outputShape(const Shape& input) const override;
    Batch forward(const Batch& input) override;
    Batch backward(const Batch& gradOutput) override;
    std::unique_ptr<Layer> clone() const override;

private:
    // Calls visit(pixelIndex) for every real pixel under output (c, oy, ox)'s window.
    template <typename Visit>
    void forEachPixel(int channel, int oy, int ox, Visit visit) const;
    bool padded() const
    {
        return geometry_.rows.padBefore + geometry_.rows.padAfter + geometry_.cols.padBefore + geometry_.cols.padAfter > 0;
    }
    // One sample: Y [C·H_o·W_o] and the winners from X [C·H·W]; any window, stride, padding.
    void poolSample(const float* x, float* y, int* winners) const;
    // The same for the common max pool, 2×2 windows, stride 2, no padding (SSE2: 4 windows at once).
    void maxPool2x2(const float* x, float* y, int* winners) const;

    Shape input_;
    PoolMode mode_;
    WindowGeometry geometry_;
    std::vector<int> winners_; // max: the input index that won, per sample and output [n·C·H_o·W_o]
};

} // namespace neurone
