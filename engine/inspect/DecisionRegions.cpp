#include "inspect/DecisionRegions.h"

#include "nn/Activation.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <stdexcept>

namespace neurone {

namespace {

// [lo − margin·span, hi + margin·span], or ±0.5 around a single value.
std::pair<double, double> widened(double lo, double hi, double margin)
{
    const double span = hi - lo;
    if (span <= 0)
        return {lo - 0.5, hi + 0.5};
    return {lo - margin * span, hi + margin * span};
}

bool endsWith(const Sequential& network, ActivationKind kind)
{
    if (network.layerCount() == 0)
        return false;
    const auto* last = dynamic_cast<const ActivationLayer*>(&network.layer(network.layerCount() - 1));
    return last && last->kind() == kind;
}

// The cell centres, row by row from the bottom: [rows·columns × 2].
Batch cellCentres(const RegionGrid& grid)
{
    Batch points(Eigen::Index(grid.rows) * grid.columns, 2);
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            const Eigen::Index i = Eigen::Index(r) * grid.columns + c;
            points(i, 0) = float(grid.x(c));
            points(i, 1) = float(grid.y(r));
        }
    return points;
}

} // namespace

RegionBounds regionBounds(const Dataset& data, double margin)
{
    if (data.featureCount() != 2 || data.empty())
        throw std::invalid_argument("decision regions need a set of points with 2 features");
    std::vector<std::uint32_t> all(data.size());
    std::iota(all.begin(), all.end(), 0u);
    const Batch points = data.features(all);
    const auto [xMin, xMax] = widened(points.col(0).minCoeff(), points.col(0).maxCoeff(), margin);
    const auto [yMin, yMax] = widened(points.col(1).minCoeff(), points.col(1).maxCoeff(), margin);
    return {xMin, xMax, yMin, yMax};
}

RegionGrid decisionRegions(Sequential& network, RegionBounds bounds, int columns, int rows)
{
    if (columns < 1 || rows < 1 || std::int64_t(columns) * rows > maxRegionCells)
        throw std::invalid_argument("the region grid must have between 1 and 2^20 cells");
    if (!(bounds.xMin < bounds.xMax) || !(bounds.yMin < bounds.yMax))
        throw std::invalid_argument("the region bounds must be increasing");
    const int outputs = network.outputShape(Shape::flat(2)).size(); // throws unless it takes 2 features
    if (outputs < 1)
        throw std::invalid_argument("the network has no output");

    RegionGrid grid;
    grid.bounds = bounds;
    grid.columns = columns;
    grid.rows = rows;
    grid.classes = std::max(2, outputs);
    network.setTraining(false);
    Batch out = network.predict(cellCentres(grid));
    if (outputs > 1 && !endsWith(network, ActivationKind::Softmax))
        out = softmax(out);

    const std::size_t cells = std::size_t(out.rows());
    grid.predicted.resize(cells);
    grid.probability.resize(cells);
    for (std::size_t i = 0; i < cells; ++i) {
        const auto row = out.row(Eigen::Index(i));
        if (outputs == 1) {
            const float p = std::clamp(row(0), 0.0f, 1.0f);
            grid.probability[i] = p;
            grid.predicted[i] = p >= 0.5f ? 1 : 0;
            continue;
        }
        Eigen::Index top = 0;
        row.maxCoeff(&top);
        grid.predicted[i] = int(top);
        grid.probability[i] = outputs == 2 ? row(1) : row(top);
    }
    return grid;
}

} // namespace neurone
