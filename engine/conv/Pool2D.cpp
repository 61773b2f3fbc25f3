#include "conv/Pool2D.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace neurone {

Pool2D::Pool2D(Shape input, PoolMode mode, int size, int stride, Padding padding)
    : input_(input), mode_(mode), geometry_(requireWindowGeometry(input.height, input.width, size, size, stride, padding))
{
}

Shape Pool2D::outputShape(const Shape& input) const
{
    if (!(input == input_))
        throw std::invalid_argument("pool2d: built for another input shape");
    return outputShape();
}

template <typename Visit>
void Pool2D::forEachPixel(int channel, int oy, int ox, Visit visit) const
{
    const AxisGeometry& r = geometry_.rows;
    const AxisGeometry& c = geometry_.cols;
    for (int i = 0; i < r.window; ++i) {
        const int iy = oy * r.stride + i - r.padBefore;
        if (iy < 0 || iy >= r.input)
            continue;
        for (int j = 0; j < c.window; ++j) {
            const int ix = ox * c.stride + j - c.padBefore;
            if (ix >= 0 && ix < c.input)
                visit((channel * r.input + iy) * c.input + ix);
        }
    }
}

Batch Pool2D::forward(const Batch& input)
{
    if (input.cols() != input_.size())
        throw std::invalid_argument("pool2d: input rows must hold C·H·W values");
    const Shape out = outputShape();
    Batch output(input.rows(), out.size());
    winners_.assign(std::size_t(input.rows() * out.size()), -1);
    for (Eigen::Index s = 0; s < input.rows(); ++s) {
        const float* x = input.row(s).data();
        int o = 0;
        for (int channel = 0; channel < out.channels; ++channel)
            for (int oy = 0; oy < out.height; ++oy)
                for (int ox = 0; ox < out.width; ++ox, ++o) {
                    float best = -std::numeric_limits<float>::infinity(), sum = 0;
                    int winner = -1, count = 0;
                    forEachPixel(channel, oy, ox, [&](int p) {
                        if (x[p] > best || winner < 0) {
                            best = x[p];
                            winner = p;
                        }
                        sum += x[p];
                        ++count;
                    });
                    // A window lying wholly in a wide custom padding sees no pixel: it outputs 0.
                    output(s, o) = count == 0 ? 0.0f : mode_ == PoolMode::Max ? best : sum / float(count);
                    winners_[std::size_t(s * out.size() + o)] = winner;
                }
    }
    return output;
}

Batch Pool2D::backward(const Batch& gradOutput)
{
    const Shape out = outputShape();
    Batch gradInput = Batch::Zero(gradOutput.rows(), input_.size());
    for (Eigen::Index s = 0; s < gradOutput.rows(); ++s) {
        float* dX = gradInput.row(s).data();
        int o = 0;
        for (int channel = 0; channel < out.channels; ++channel)
            for (int oy = 0; oy < out.height; ++oy)
                for (int ox = 0; ox < out.width; ++ox, ++o) {
                    const float dY = gradOutput(s, o);
                    if (mode_ == PoolMode::Max) {
                        if (const int winner = winners_[std::size_t(s * out.size() + o)]; winner >= 0)
                            dX[winner] += dY;
                        continue;
                    }
                    int count = 0;
                    forEachPixel(channel, oy, ox, [&](int) { ++count; });
                    forEachPixel(channel, oy, ox, [&](int p) { dX[p] += dY / float(std::max(count, 1)); });
                }
    }
    return gradInput;
}

std::unique_ptr<Layer> Pool2D::clone() const { return std::make_unique<Pool2D>(*this); }

} // namespace neurone
