#include "conv/ImageFilter.h"

namespace neurone {

namespace {

using StridedView = Eigen::Map<const Plane, 0, Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>>;

Plane padded(const Plane& input, const WindowGeometry& g)
{
    if (g.rows.padBefore + g.rows.padAfter + g.cols.padBefore + g.cols.padAfter == 0)
        return input;
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

Plane poolPlane(const Plane& input, const PoolSettings& p)
{
    Pool2D pool({1, int(input.rows()), int(input.cols())}, p.mode, p.size, p.stride);
    const Batch row = Eigen::Map<const Batch>(input.data(), 1, input.size());
    const Shape out = pool.outputShape();
    const Batch pooled = pool.forward(row);
    return Eigen::Map<const Plane>(pooled.data(), out.height, out.width);
}

// ReLU, then pooling, after the convolution stage.
std::variant<FilterStages, std::string> finishChain(FilterStages stages, const FilterSettings& s)
{
    stages.activated = stages.convolved;
    if (s.relu)
        for (Plane& channel : stages.activated.channels)
            channel = channel.max(0.0f);
    stages.pooled = stages.activated;
    if (!s.pool)
        return stages;
    auto pooling = windowGeometry(stages.activated.height(), stages.activated.width(), s.pool->size, s.pool->size,
                                  s.pool->stride, Padding::valid());
    if (auto* error = std::get_if<std::string>(&pooling))
        return "pooling " + *error;
    stages.pooling = std::get<WindowGeometry>(pooling);
    for (Plane& channel : stages.pooled.channels)
        channel = poolPlane(channel, *s.pool);
    return stages;
}

} // namespace

Plane rotated180(const Plane& kernel) { return kernel.reverse(); }

Plane correlate(const Plane& input, const Plane& kernel, const WindowGeometry& g)
{
    const Plane source = padded(input, g);
    const Eigen::Index rowStride = source.cols() * g.rows.stride;
    Plane out = Plane::Zero(g.rows.output, g.cols.output);
    for (Eigen::Index i = 0; i < kernel.rows(); ++i)
        for (Eigen::Index j = 0; j < kernel.cols(); ++j) {
            if (kernel(i, j) == 0.0f)
                continue;
            // The input pixels tap (i, j) meets, for every output pixel at once.
            const StridedView taps(source.data() + i * source.cols() + j, g.rows.output, g.cols.output,
                                   Eigen::Stride<Eigen::Dynamic, Eigen::Dynamic>(rowStride, g.cols.stride));
            out += kernel(i, j) * taps;
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
