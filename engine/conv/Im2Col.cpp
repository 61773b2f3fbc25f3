#include "conv/Im2Col.h"

#include <algorithm>

namespace neurone {

namespace {

// The outputs o in [first, last) whose window tap `tap` lands on a real pixel of the axis:
// 0 ≤ o·S + tap − P_before < input.
struct Span {
    int first;
    int last;
};

Span realSpan(const AxisGeometry& a, int tap)
{
    const int shift = tap - a.padBefore; // input index = o·S + shift
    const int first = shift >= 0 ? 0 : (-shift + a.stride - 1) / a.stride;
    const int last = a.input - 1 - shift < 0 ? 0 : (a.input - 1 - shift) / a.stride + 1;
    const int end = std::min(last, a.output);
    return {std::min(first, end), end};
}

// Calls visit(row, column, pixel, span) for every (channel, i, j, oy): the line of cols at
// row (c·F_h + i)·F_w + j, from column oy·W_o, whose entries ox in `span` come from the image,
// starting at index `pixel`, every S pixels; the rest of the line lies in the zero padding
// (an empty span, pixel 0, when the whole line does).
template <typename Visit>
void forEachLine(int channels, const WindowGeometry& g, Visit visit)
{
    const AxisGeometry& r = g.rows;
    const AxisGeometry& c = g.cols;
    for (int channel = 0; channel < channels; ++channel)
        for (int i = 0; i < r.window; ++i)
            for (int j = 0; j < c.window; ++j) {
                const int row = (channel * r.window + i) * c.window + j;
                const Span xs = realSpan(c, j);
                for (int oy = 0; oy < r.output; ++oy) {
                    const int iy = oy * r.stride + i - r.padBefore;
                    const bool real = iy >= 0 && iy < r.input && xs.first < xs.last;
                    const int pixel = (channel * r.input + iy) * c.input + xs.first * c.stride + j - c.padBefore;
                    visit(row, oy * c.output, real ? pixel : 0, real ? xs : Span{0, 0});
                }
            }
}

} // namespace

void im2col(const float* image, int channels, const WindowGeometry& g, Batch& cols)
{
    cols.resize(Eigen::Index(channels) * g.rows.window * g.cols.window, g.outputSize());
    const int stride = g.cols.stride;
    const int width = g.cols.output;
    forEachLine(channels, g, [&](int row, int column, int pixel, Span xs) {
        float* line = cols.row(row).data() + column;
        std::fill(line, line + xs.first, 0.0f);
        const float* source = image + pixel;
        if (stride == 1)
            std::copy(source, source + (xs.last - xs.first), line + xs.first);
        else
            for (int ox = xs.first; ox < xs.last; ++ox, source += stride)
                line[ox] = *source;
        std::fill(line + xs.last, line + width, 0.0f);
    });
}

void col2im(const Batch& cols, int channels, const WindowGeometry& g, float* image)
{
    const int stride = g.cols.stride;
    forEachLine(channels, g, [&](int row, int column, int pixel, Span xs) {
        const float* line = cols.row(row).data() + column;
        float* target = image + pixel;
        for (int ox = xs.first; ox < xs.last; ++ox, target += stride)
            *target += line[ox];
    });
}

} // namespace neurone
