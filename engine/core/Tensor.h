// Tensors of the engine.
//   Batch: one row per sample, one column per feature — [samples × features], row-major float.
//   Shape: how a row is read as an image — {channels, height, width}, channel-major (CHW).
#pragma once

#include <Eigen/Dense>

namespace neurone {

using Batch = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;

struct Shape {
    int channels = 1;
    int height = 1;
    int width = 1;

    constexpr int size() const { return channels * height * width; }
    constexpr bool operator==(const Shape&) const = default;
    static constexpr Shape flat(int features) { return {1, 1, features}; }
};

} // namespace neurone
