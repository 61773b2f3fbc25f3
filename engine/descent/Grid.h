// A function sampled on a regular grid, for contour maps:
//   values[j·nx + i] = f(x_i, y_j),  x_i = x.lower + i (x.upper − x.lower)/(nx − 1), same for y.
// Shape: [ny × nx], row j is one y.
#pragma once

#include "descent/DescentPresets.h"

#include <functional>
#include <vector>

namespace neurone {

struct Grid {
    int nx = 0;
    int ny = 0;
    Range x;
    Range y;
    std::vector<double> values;

    double at(int i, int j) const { return values[std::size_t(j) * std::size_t(nx) + std::size_t(i)]; }
};

Grid sampleGrid(const std::function<double(double, double)>& f, Range x, Range y, int nx, int ny);

} // namespace neurone
