#include "conv/PixelExplanation.h"

#include <algorithm>
#include <cmath>

namespace neurone {

ConvolutionExplanation explainConvolution(const Plane& input, const Plane& kernel, const WindowGeometry& g,
                                          float bias, int oy, int ox)
{
    ConvolutionExplanation e;
    e.bias = bias;
    for (int i = 0; i < int(kernel.rows()); ++i)
        for (int j = 0; j < int(kernel.cols()); ++j) {
            Tap tap;
            tap.row = oy * g.rows.stride + i - g.rows.padBefore;
            tap.col = ox * g.cols.stride + j - g.cols.padBefore;
            tap.inPadding = tap.row < 0 || tap.row >= input.rows() || tap.col < 0 || tap.col >= input.cols();
            tap.input = tap.inPadding ? 0.0f : input(tap.row, tap.col);
            tap.weight = kernel(i, j);
            tap.product = tap.input * tap.weight;
            e.sum += tap.product;
            e.taps.push_back(tap);
        }
    e.result = e.sum + bias;
    return e;
}

ReceptiveField receptiveField(const WindowGeometry& g, int oy, int ox)
{
    return {oy * g.rows.stride - g.rows.padBefore, ox * g.cols.stride - g.cols.padBefore, g.rows.window,
            g.cols.window};
}

FilterPixelExplanation explainFilterPixel(const Plane& input, const FilterSettings& s, const WindowGeometry& g, int oy,
                                          int ox)
{
    FilterPixelExplanation e;
    e.kernel = s.flip ? rotated180(s.kernel) : s.kernel;
    e.taps = explainConvolution(input, e.kernel, g, 0.0f, oy, ox);
    e.beforeBias = e.taps.sum;
    if (s.partner) {
        e.partnerKernel = s.flip ? rotated180(*s.partner) : *s.partner;
        e.partnerTaps = explainConvolution(input, *e.partnerKernel, g, 0.0f, oy, ox);
        e.beforeBias = std::sqrt(e.taps.sum * e.taps.sum + e.partnerTaps->sum * e.partnerTaps->sum);
    }
    e.convolved = e.beforeBias + s.bias;
    e.activated = s.relu ? std::max(0.0f, e.convolved) : e.convolved;
    return e;
}

VolumePixelExplanation explainVolumePixel(const Image& input, const std::vector<Plane>& kernels, float bias, bool flip,
                                          const WindowGeometry& g, int oy, int ox)
{
    VolumePixelExplanation e;
    e.total = bias;
    for (std::size_t c = 0; c < kernels.size() && c < input.channels.size(); ++c) {
        e.channels.push_back(
            explainConvolution(input.channels[c], flip ? rotated180(kernels[c]) : kernels[c], g, 0.0f, oy, ox));
        e.total += e.channels.back().sum;
    }
    return e;
}

PoolExplanation explainPooling(const Plane& input, const PoolSettings& pool, const WindowGeometry& g, int oy, int ox)
{
    PoolExplanation e;
    float total = 0;
    for (int i = 0; i < pool.size; ++i)
        for (int j = 0; j < pool.size; ++j) {
            const int row = oy * g.rows.stride + i - g.rows.padBefore;
            const int col = ox * g.cols.stride + j - g.cols.padBefore;
            if (row < 0 || row >= input.rows() || col < 0 || col >= input.cols())
                continue;
            const float v = input(row, col);
            if (e.chosen < 0 || v > e.window[std::size_t(e.chosen)].input)
                e.chosen = int(e.window.size());
            e.window.push_back({row, col, false, v, 0, 0});
            total += v;
        }
    if (e.window.empty())
        return e;
    if (pool.mode == PoolMode::Max)
        e.result = e.window[std::size_t(e.chosen)].input;
    else {
        e.result = total / float(e.window.size());
        e.chosen = -1;
    }
    return e;
}

} // namespace neurone
