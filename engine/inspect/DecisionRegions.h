// The decision regions of a network on a 2-feature plane (TensorFlow Playground's view): the
// plane [x_min, x_max] × [y_min, y_max] cut into columns × rows cells, each cell's centre
//   x_c = x_min + (c + ½)·(x_max − x_min)/columns      y_r = y_min + (r + ½)·(y_max − y_min)/rows
// classified by ONE batched forward pass in inference mode (dropout off):
//   one output (a sigmoid)    p = output (clamped to [0, 1]),  class 1 when p ≥ 0.5
//   two outputs (softmax)     p = P(class 1),                  class = argmax
//   more classes              p = the top class's probability, class = argmax
// (outputs that are not probabilities, a network without its final softmax, go through a
// softmax first).
// Shapes: the batch [rows·columns × 2]; predicted and probability [rows × columns], row-major,
// row 0 at y_min (the bottom of a plot).
#pragma once

#include "data/Dataset.h"
#include "nn/Sequential.h"

#include <vector>

namespace neurone {

struct RegionBounds {
    double xMin = -1;
    double xMax = 1;
    double yMin = -1;
    double yMax = 1;
    bool operator==(const RegionBounds&) const = default;
};

// The bounds of a 2-feature dataset, each axis widened by margin·span on both sides (an axis
// whose points all share one value gets ±0.5). Throws std::invalid_argument unless the set has
// 2 features and at least one sample.
RegionBounds regionBounds(const Dataset& data, double margin = 0.1);

struct RegionGrid {
    RegionBounds bounds;
    int columns = 0;
    int rows = 0;
    int classes = 0;                // 2 for one sigmoid output
    std::vector<int> predicted;     // [rows × columns]
    std::vector<float> probability; // [rows × columns]: P(class 1) for two classes, else the top one's

    bool empty() const { return predicted.empty(); }
    double x(int column) const { return bounds.xMin + (column + 0.5) * (bounds.xMax - bounds.xMin) / columns; }
    double y(int row) const { return bounds.yMin + (row + 0.5) * (bounds.yMax - bounds.yMin) / rows; }
    int predictedAt(int column, int row) const { return predicted[std::size_t(row) * std::size_t(columns) + std::size_t(column)]; }
    float probabilityAt(int column, int row) const { return probability[std::size_t(row) * std::size_t(columns) + std::size_t(column)]; }
};

inline constexpr int maxRegionCells = 1 << 20;

// Leaves the network in inference mode (pass a snapshot, not the network being trained).
// Throws std::invalid_argument when the network does not take 2 features, the grid is empty or
// larger than maxRegionCells, or the bounds are not increasing.
RegionGrid decisionRegions(Sequential& network, RegionBounds bounds, int columns, int rows);

} // namespace neurone
