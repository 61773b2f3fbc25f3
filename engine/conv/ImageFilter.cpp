#include "conv/ImageFilter.h"

#include <algorithm>
#include <utility>

namespace neurone {

namespace {

using StridedView = Eigen::Map<const Plane, 0, Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>>;

// The output range [first, last) along one axis where window tap `t` lands inside the input
// (0 ≤ o·S + t − P_before < W); elsewhere it meets the zero padding and adds nothing.
std::pair<Eigen::Index, Eigen::Index> insideRange(const AxisGeometry& a, Eigen::Index t)
{
    const auto ceilDiv = [](Eigen::Index n, Eigen::Index d) { return n <= 0 ? -((-n) / d) : (n + d - 1) / d; };
    const auto floorDiv = [](Eigen::Index n, Eigen::Index d) { return n >= 0 ? n / d : -((-n + d - 1) / d); };
    const Eigen::Index first = std::max<Eigen::Index>(0, ceilDiv(a.padBefore - t, a.stride));
    const Eigen::Index last = std::min<Eigen::Index>(a.output, floorDiv(a.input - 1 + a.padBefore - t, a.stride) + 1);
    return {first, std::max(first, last)};
}

Plane filterPlane(const Plane& input, const FilterSettings& s, const WindowGeometry& g)
{
    const Plane kernel = s.flip ? rotated180(s.kernel) : s.kernel;
    Plane out = correlate(input, kernel, g);
    if (s.partner) {
        const Plane partner = s.flip ? rotated180(*s.partner) : *s.partner;
        out = (out.square() + correlate(input, partner, g).square()).sqrt();
    }
    if (s.bias != 0.0f)
        out += s.bias; // in place: a fresh plane would cost its page faults again
    return out;
}

// Pooling a whole plane (the display path; Pool2D is the trainable layer, and a test checks
// that both agree). Valid padding, so every window is full. Max and sum are separable: first
// across the window's rows (contiguous, vectorised), then across its columns.
Plane poolPlane(const Plane& input, const PoolSettings& p, const WindowGeometry& g)
{
    const bool max = p.mode == PoolMode::Max;
    const auto combine = [max](Plane& into, const auto& view) {
        if (into.size() == 0)
            into = view;
        else if (max)
            into = into.max(view);
        else
            into += view;
    };
    Plane rows; // [H_o × W]: each output row's window rows combined
    const Eigen::Index rowStride = input.cols() * g.rows.stride;
    for (Eigen::Index i = 0; i < p.size; ++i)
        combine(rows, Eigen::Map<const Plane, 0, Eigen::OuterStride<>>(input.data() + i * input.cols(), g.rows.output,
                                                                        input.cols(), Eigen::OuterStride<>(rowStride)));
    Plane out; // [H_o × W_o]
    for (Eigen::Index j = 0; j < p.size; ++j)
        combine(out, StridedView(rows.data() + j, g.rows.output, g.cols.output,
                                 Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>(rows.cols(), g.cols.stride)));
    if (!max)
        out /= float(p.size * p.size);
    return out;
}

// ReLU, then pooling, after the convolution stage.
std::variant<FilterStages, std::string> finishChain(FilterStages stages, const FilterSettings& s)
{
    if (s.relu)
        for (const Plane& channel : stages.convolved.channels)
            stages.activated.channels.push_back(channel.max(0.0f));
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
    Plane out = Plane::Zero(g.rows.output, g.cols.output);
    // Bands of output rows small enough to stay in cache while every tap adds to them: one pass
    // over memory instead of one per kernel weight. No padded copy: each tap only touches the
    // output pixels whose input lies inside the image.
    const Eigen::Index band = std::max<Eigen::Index>(1, 16384 / std::max(1, g.cols.output));
    for (Eigen::Index top = 0; top < out.rows(); top += band) {
        const Eigen::Index bottom = std::min(out.rows(), top + band);
        for (Eigen::Index i = 0; i < kernel.rows(); ++i) {
            auto [y0, y1] = insideRange(g.rows, i);
            y0 = std::max(y0, top);
            y1 = std::min(y1, bottom);
            for (Eigen::Index j = 0; j < kernel.cols() && y0 < y1; ++j) {
                const float weight = kernel(i, j);
                const auto [x0, x1] = insideRange(g.cols, j);
                if (weight == 0.0f || x0 >= x1)
                    continue;
                const float* first = input.data() + (y0 * g.rows.stride + i - g.rows.padBefore) * input.cols()
                                     + (x0 * g.cols.stride + j - g.cols.padBefore);
                auto target = out.block(y0, x0, y1 - y0, x1 - x0);
                const Eigen::Index rowStride = input.cols() * g.rows.stride;
                if (g.cols.stride == 1)
                    target += weight * Eigen::Map<const Plane, 0, Eigen::OuterStride<>>(
                                           first, y1 - y0, x1 - x0, Eigen::OuterStride<>(rowStride));
                else
                    target += weight * StridedView(first, y1 - y0, x1 - x0,
                                                   Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>(rowStride, g.cols.stride));
            }
        }
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
