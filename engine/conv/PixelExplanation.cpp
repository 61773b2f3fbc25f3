#include "conv/PixelExplanation.h"

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
