#include "conv/ImageFilter.h"

#include <algorithm>

namespace neurone {

namespace {

using StridedView = Eigen::Map<const Plane, 0, Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>>;

bool hasPadding(const WindowGeometry& g)
{
    return g.rows.padBefore + g.rows.padAfter + g.cols.padBefore + g.cols.padAfter > 0;
}

Plane padded(const Plane& input, const WindowGeometry& g)
{
    Plane out = Plane::Zero(g.rows.paddedInput(), g.cols.paddedInput());
    out.block(g.rows.padBefore, g.cols.padBefore, input.rows(), input.cols()) = input;
    return out;
}

Plane filterPlane(const Plane& input, const FilterSettings& s, const WindowGeometry& g)
{
    const Plane kernel = s.flip ? rotated180(s.kernel) : s.kernel;
    Plane out = correlate(input, kernel, g);
    if (s.partner) {
        const Plane partner = s.flip ? rotated180(*s.partner) : *s.partner;
        out = (out.square() + correlate(input, partner, g).square()).sqrt();
    }
    return out + s.bias;
}

// The window's tap (i, j) for every output pixel at once: a strided view of `source`.
// With a column stride of 1 the inner stride is a compile-time 1, so Eigen vectorises.
// Only output rows [firstRow, firstRow + rows) when given, so callers can work in cache-sized bands.
template <typename Work>
void forEachTapView(const Plane& source, const WindowGeometry& g, Eigen::Index i, Eigen::Index j, Work work,
                    Eigen::Index firstRow = 0, Eigen::Index rows = -1)
{
    rows = rows < 0 ? g.rows.output : rows;
    const Eigen::Index rowStride = source.cols() * g.rows.stride;
    const float* first = source.data() + i * source.cols() + j + firstRow * rowStride;
    if (g.cols.stride == 1) {
        work(Eigen::Map<const Plane, 0, Eigen::OuterStride<>>(first, rows, g.cols.output,
                                                               Eigen::OuterStride<>(rowStride)));
        return;
    }
    work(StridedView(first, rows, g.cols.output, Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>(rowStride, g.cols.stride)));
}

// Pooling a whole plane with strided views (the display path; Pool2D is the trainable layer,
// and a test checks that both agree). Valid padding, so every window is full.
Plane poolPlane(const Plane& input, const PoolSettings& p, const WindowGeometry& g)
{
    Plane out;
    for (Eigen::Index i = 0; i < p.size; ++i)
        for (Eigen::Index j = 0; j < p.size; ++j)
            forEachTapView(input, g, i, j, [&](const auto& taps) {
                if (out.size() == 0)
                    out = taps;
                else if (p.mode == PoolMode::Max)
                    out = out.max(taps);
                else
                    out += taps;
            });
    if (p.mode == PoolMode::Average)
        out /= float(p.size * p.size);
    return out;
}

// ReLU, then pooling, after the convolution stage.
std::variant<FilterStages, std::string> finishChain(FilterStages stages, const FilterSettings& s)
{
    if (s.relu) {
        stages.activated = stages.convolved;
        for (Plane& channel : stages.activated.channels)
            channel = channel.max(0.0f);
    }
    if (!s.pool)
        return stages;
    const Image& source = stages.afterActivation();
    auto pooling = windowGeometry(source.height(), source.width(), s.pool->size, s.pool->size, s.pool->stride,
                                  Padding::valid());
    if (auto* error = std::get_if<std::string>(&pooling))
        return "pooling " + *error;
    stages.pooling = std::get<WindowGeometry>(pooling);
    for (const Plane& channel : source.channels)
        stages.pooled.channels.push_back(poolPlane(channel, *s.pool, *stages.pooling));
    return stages;
}

} // namespace

Plane rotated180(const Plane& kernel) { return kernel.reverse(); }

Plane correlate(const Plane& input, const Plane& kernel, const WindowGeometry& g)
{
    const Plane paddedInput = hasPadding(g) ? padded(input, g) : Plane();
    const Plane& source = hasPadding(g) ? paddedInput : input;
    Plane out = Plane::Zero(g.rows.output, g.cols.output);
    // Bands of output rows small enough to stay in cache while every tap adds to them:
    // one pass over memory instead of one per kernel weight.
    const Eigen::Index band = std::max<Eigen::Index>(1, 16384 / std::max(1, g.cols.output));
    for (Eigen::Index top = 0; top < out.rows(); top += band) {
        const Eigen::Index rows = std::min(band, out.rows() - top);
        auto target = out.middleRows(top, rows);
        for (Eigen::Index i = 0; i < kernel.rows(); ++i)
            for (Eigen::Index j = 0; j < kernel.cols(); ++j)
                if (const float weight = kernel(i, j); weight != 0.0f)
                    forEachTapView(source, g, i, j, [&](const auto& taps) { target += weight * taps; }, top, rows);
    }
    return out;
}

std::variant<FilterStages, std::string> applyFilter(const Image& input, const FilterSettings& s)
{
    if (input.empty())
        return std::string("there is no image");
    auto geometry = windowGeometry(input.height(), input.width(), int(s.kernel.rows()), int(s.kernel.cols()),
                                   s.stride, s.padding);
    if (auto* error = std::get_if<std::string>(&geometry))
        return "convolution " + *error;
    FilterStages stages{std::get<WindowGeometry>(geometry), std::nullopt, {}, {}, {}};
    for (const Plane& channel : input.channels)
        stages.convolved.channels.push_back(filterPlane(channel, s, stages.convolution));
    return finishChain(std::move(stages), s);
}

std::variant<FilterStages, std::string> applyVolumeFilter(const Image& input, const std::vector<Plane>& kernels,
                                                          const FilterSettings& s)
{
    auto volume = volumeConvolution(input, kernels, s.bias, s.stride, s.padding, s.flip);
    if (auto* error = std::get_if<std::string>(&volume))
        return *error;
    auto& result = std::get<VolumeResult>(volume);
    return finishChain(FilterStages{result.geometry, std::nullopt, Image{{std::move(result.total)}}, {}, {}}, s);
}

std::variant<VolumeResult, std::string> volumeConvolution(const Image& input, const std::vector<Plane>& kernels,
                                                          float bias, int stride, Padding padding, bool flip)
{
    if (input.empty())
        return std::string("there is no image");
    if (kernels.size() != input.channels.size())
        return "a volume convolution needs one kernel per channel (" + std::to_string(input.channelCount()) + ")";
    for (const Plane& k : kernels)
        if (k.rows() != kernels.front().rows() || k.cols() != kernels.front().cols())
            return std::string("every channel's kernel must have the same size");
    auto geometry = windowGeometry(input.height(), input.width(), int(kernels.front().rows()),
                                   int(kernels.front().cols()), stride, padding);
    if (auto* error = std::get_if<std::string>(&geometry))
        return "convolution " + *error;
    VolumeResult result{std::get<WindowGeometry>(geometry), {}, {}};
    result.total = Plane::Constant(result.geometry.rows.output, result.geometry.cols.output, bias);
    for (std::size_t c = 0; c < kernels.size(); ++c) {
        result.perChannel.push_back(
            correlate(input.channels[c], flip ? rotated180(kernels[c]) : kernels[c], result.geometry));
        result.total += result.perChannel.back();
    }
    return result;
}

Plane normalizedForDisplay(const Plane& plane, Normalization normalization)
{
    switch (normalization) {
    case Normalization::Clip: return plane.max(0.0f).min(255.0f);
    case Normalization::Absolute: return plane.abs().min(255.0f);
    case Normalization::MinMax: {
        if (plane.size() == 0)
            return plane;
        const float low = plane.minCoeff(), high = plane.maxCoeff();
        if (high - low <= 0.0f)
            return Plane::Zero(plane.rows(), plane.cols());
        return (plane - low) * (255.0f / (high - low));
    }
    }
    return plane;
}

Image grayscale(const Image& image)
{
    if (image.channels.size() <= 1)
        return image;
    Plane sum = Plane::Zero(image.height(), image.width());
    for (const Plane& channel : image.channels)
        sum += channel;
    return Image{{sum / float(image.channels.size())}};
}

} // namespace neurone
