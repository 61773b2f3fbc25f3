#include "conv/Im2Col.h"

namespace neurone {

namespace {

// Calls visit(row, outputIndex, pixelIndex) for every column entry that comes from a real pixel.
template <typename Visit>
void forEachTap(int channels, const WindowGeometry& g, Visit visit)
{
    const AxisGeometry& r = g.rows;
    const AxisGeometry& c = g.cols;
    for (int channel = 0; channel < channels; ++channel)
        for (int i = 0; i < r.window; ++i)
            for (int j = 0; j < c.window; ++j) {
                const int row = (channel * r.window + i) * c.window + j;
                for (int oy = 0; oy < r.output; ++oy) {
                    const int iy = oy * r.stride + i - r.padBefore;
                    if (iy < 0 || iy >= r.input)
                        continue;
                    for (int ox = 0; ox < c.output; ++ox) {
                        const int ix = ox * c.stride + j - c.padBefore;
                        if (ix >= 0 && ix < c.input)
                            visit(row, oy * c.output + ox, (channel * r.input + iy) * c.input + ix);
                    }
                }
            }
}

} // namespace

void im2col(const float* image, int channels, const WindowGeometry& g, Batch& cols)
{
    cols.setZero(Eigen::Index(channels) * g.rows.window * g.cols.window, g.outputSize());
    forEachTap(channels, g, [&](int row, int output, int pixel) { cols(row, output) = image[pixel]; });
}

void col2im(const Batch& cols, int channels, const WindowGeometry& g, float* image)
{
    forEachTap(channels, g, [&](int row, int output, int pixel) { image[pixel] += cols(row, output); });
}

} // namespace neurone
