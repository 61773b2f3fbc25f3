#include "descent/Grid.h"

namespace neurone {

Grid sampleGrid(const std::function<double(double, double)>& f, Range x, Range y, int nx, int ny)
{
    Grid grid{nx, ny, x, y, {}};
    grid.values.reserve(std::size_t(nx) * std::size_t(ny));
    const double dx = nx > 1 ? (x.upper - x.lower) / (nx - 1) : 0;
    const double dy = ny > 1 ? (y.upper - y.lower) / (ny - 1) : 0;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i)
            grid.values.push_back(f(x.lower + i * dx, y.lower + j * dy));
    return grid;
}

} // namespace neurone
