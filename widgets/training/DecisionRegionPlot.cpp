#include "training/DecisionRegionPlot.h"

#include <algorithm>

namespace {

// A class colour washed towards the background: what a region shows behind the points.
QColor washed(const QColor& colour, const ViewStyle& style, double amount)
{
    const QColor base = style.background();
    auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(mix(base.red(), colour.red()), mix(base.green(), colour.green()), mix(base.blue(), colour.blue()));
}

constexpr double regionStrength = 0.55; // how far a sure region goes towards its class colour

QCPColorGradient twoClassGradient(const ViewStyle& style)
{
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, washed(decisionClassColour(style, 0), style, regionStrength)},
                            {0.5, style.background()},
                            {1.0, washed(decisionClassColour(style, 1), style, regionStrength)}});
    gradient.setLevelCount(64);
    return gradient;
}

// Values in [0, K): class c spans [c, c + 1), pale at c, its light colour just below c + 1.
QCPColorGradient manyClassGradient(const ViewStyle& style, int classes)
{
    QMap<double, QColor> stops;
    for (int c = 0; c < classes; ++c) {
        const QColor colour = decisionClassColour(style, c);
        stops.insert(double(c) / classes, washed(colour, style, 0.12));
        stops.insert((c + 0.999) / classes, washed(colour, style, regionStrength));
    }
    QCPColorGradient gradient;
    gradient.setColorStops(stops);
    gradient.setLevelCount(std::min(350, 32 * classes));
    return gradient;
}

} // namespace

QColor decisionClassColour(const ViewStyle& style, int cls)
{
    if (cls == 0)
        return style.series(1); // orange
    if (cls == 1)
        return style.series(0); // blue
    return style.series(cls);
}

DecisionRegionPlot::DecisionRegionPlot(QWidget* parent)
    : QCustomPlot(parent), map_(new QCPColorMap(xAxis, yAxis)), note_(new QCPItemText(this))
{
    setMinimumSize(260, 240);
    setToolTip(tr("Each point of the plane coloured by the class the network predicts there: the "
                  "deeper the colour, the surer the network. The dots are the data."));
    map_->removeFromLegend();
    map_->setInterpolate(true);
    map_->setTightBoundary(true);
    xAxis->setLabel(tr("x₁"));
    yAxis->setLabel(tr("x₂"));
    note_->position->setType(QCPItemPosition::ptAxisRectRatio);
    note_->position->setCoords(0.5, 0.5);
    note_->setPositionAlignment(Qt::AlignCenter);
    note_->setClipToAxisRect(false);

    // The legend below the plane, where it never hides a point.
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    legend->setWrap(5);
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    plotLayout()->setRowStretchFactor(1, 0.001);
    clear();
}

QCPGraph* DecisionRegionPlot::classGraph(int cls)
{
    while (int(classes_.size()) <= cls) {
        QCPGraph* graph = addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        classes_.push_back(graph);
    }
    return classes_[std::size_t(cls)];
}

void DecisionRegionPlot::setPoints(const neurone::Dataset& data)
{
    planar_ = data.featureCount() == 2 && !data.empty();
    for (QCPGraph* graph : classes_) {
        graph->data()->clear();
        graph->setVisible(false);
        graph->removeFromLegend();
    }
    note_->setVisible(!planar_);
    note_->setText(data.empty() ? tr("Choose a 2-D toy set to see the decision regions.")
                                : tr("The decision regions are drawn for sets of points with 2 features;\n"
                                     "%1 has %n features.", nullptr, data.featureCount())
                                      .arg(QString::fromStdString(data.name())));
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->setVisible(planar_);
    legend->setVisible(planar_);
    if (!planar_) {
        map_->setVisible(false);
        replot(rpQueuedReplot);
        return;
    }
    std::vector<QVector<double>> xs(std::size_t(data.classCount())), ys(std::size_t(data.classCount()));
    std::vector<std::uint32_t> all(data.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = std::uint32_t(i);
    const neurone::Batch points = data.features(all);
    for (std::size_t i = 0; i < data.size(); ++i) {
        const auto cls = std::size_t(data.label(i));
        xs[cls] << points(Eigen::Index(i), 0);
        ys[cls] << points(Eigen::Index(i), 1);
    }
    for (int c = 0; c < data.classCount(); ++c) {
        QCPGraph* graph = classGraph(c);
        graph->setData(xs[std::size_t(c)], ys[std::size_t(c)]);
        graph->setName(QString::fromStdString(data.classNames()[std::size_t(c)]));
        graph->setVisible(true);
        graph->addToLegend();
    }
    bounds_ = neurone::regionBounds(data);
    xAxis->setRange(bounds_.xMin, bounds_.xMax);
    yAxis->setRange(bounds_.yMin, bounds_.yMax);
    restyle();
}

double DecisionRegionPlot::cellValue(const neurone::RegionGrid& grid, int column, int row)
{
    const double p = grid.probabilityAt(column, row);
    if (grid.classes <= 2)
        return p;
    const double chance = 1.0 / grid.classes;
    const double strength = std::clamp((p - chance) / (1 - chance), 0.0, 0.999);
    return grid.predictedAt(column, row) + strength;
}

void DecisionRegionPlot::setRegions(const neurone::RegionGrid& grid)
{
    if (grid.empty() || !planar_) {
        map_->setVisible(false);
        replot(rpQueuedReplot);
        return;
    }
    QCPColorMapData* data = map_->data();
    if (data->keySize() != grid.columns || data->valueSize() != grid.rows)
        data->setSize(grid.columns, grid.rows);
    data->setRange(QCPRange(grid.x(0), grid.x(grid.columns - 1)), QCPRange(grid.y(0), grid.y(grid.rows - 1)));
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c)
            data->setCell(c, r, cellValue(grid, c, r));
    if (grid.classes != regionClasses_) {
        regionClasses_ = grid.classes;
        restyle();
    }
    map_->setVisible(true);
    replot(rpQueuedReplot);
}

void DecisionRegionPlot::clear()
{
    setPoints(neurone::Dataset());
    map_->data()->clear();
}

void DecisionRegionPlot::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(this, style);
    restyle();
}

void DecisionRegionPlot::restyle()
{
    const bool two = regionClasses_ <= 2;
    map_->setGradient(two ? twoClassGradient(style_) : manyClassGradient(style_, regionClasses_));
    map_->setDataRange(two ? QCPRange(0, 1) : QCPRange(0, regionClasses_));
    map_->setInterpolate(two); // blending two classes' colours would invent a third class
    const qreal size = style_.markerSize() * 1.1;
    const QPen ring(style_.background(), style_.projector ? 1.6 : 1.0);
    for (std::size_t c = 0; c < classes_.size(); ++c) {
        const QColor colour = decisionClassColour(style_, int(c));
        classes_[c]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, ring, QBrush(colour), size));
    }
    QFont legendFont = style_.font();
    legendFont.setPointSize(style_.fontPointSize() - 1);
    legend->setFont(legendFont);
    note_->setColor(style_.foreground());
    note_->setFont(style_.font());
    replot(rpQueuedReplot);
}
