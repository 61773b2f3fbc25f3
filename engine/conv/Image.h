// An image as the filters see it: one float plane per channel, row-major [H × W], values in
// 0…255 for 8-bit pictures. Grayscale is the mean of the channels, as the course computes it.
#pragma once

#include <Eigen/Dense>

#include <vector>

namespace neurone {

using Plane = Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct Image {
    std::vector<Plane> channels;

    int channelCount() const { return int(channels.size()); }
    int height() const { return channels.empty() ? 0 : int(channels.front().rows()); }
    int width() const { return channels.empty() ? 0 : int(channels.front().cols()); }
    bool empty() const { return channels.empty() || channels.front().size() == 0; }
};

// (R + G + B)/3 — the course's grayscale (seed 002 averages the channels).
Image grayscale(const Image& image);

} // namespace neurone
