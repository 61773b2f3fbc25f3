#include "descent/SurfacePlotHelpers.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace descentview {

namespace {

constexpr int contourLevels = 20;

// The colour scale shows t = log(1 + f − min f); its tick labels show f = min f + eᵗ − 1.
class ShiftedLogTicker : public QCPAxisTicker {
public:
    double minimum = 0;

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override
    {
        return locale.toString(minimum + std::expm1(tick), 'g', 3);
    }
};

void styleAxis(QCPAxis* axis, const ViewStyle& style)
{
    const QPen pen(style.foreground(), style.projector ? 2 : 1);
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(style.foreground());
    axis->setLabelColor(style.foreground());
    QFont tickFont = style.font();
    tickFont.setPointSize(style.fontPointSize() - 1);
    axis->setTickLabelFont(tickFont);
    axis->setLabelFont(style.font());
}

QCPColorGradient contourGradient(const ViewStyle& style)
{
    // Neutral, low-saturation bands: the coloured paths must stand out on every level.
    QCPColorGradient gradient;
    if (style.dark)
        gradient.setColorStops({{0.0, QColor(0x1a, 0x1d, 0x24)},
                                {0.5, QColor(0x3b, 0x43, 0x52)},
                                {1.0, QColor(0x6f, 0x7a, 0x8c)}});
    else
        gradient.setColorStops({{0.0, QColor(0xfd, 0xfd, 0xf8)},
                                {0.5, QColor(0xcf, 0xd8, 0xe2)},
                                {1.0, QColor(0x86, 0x96, 0xab)}});
    gradient.setLevelCount(contourLevels);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

// As many legend entries per row as fit the plot's width (it changes with the window and
// with projector fonts).
void wrapLegend(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i))
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    // The legend shares the axis rect's column; before the first layout, guess the colour scale.
    const int column = plot->axisRect()->outerRect().width();
    const int available = (column > 0 ? column : plot->viewport().width() - 100) - 12;
    const int perRow = std::max(1, (available + legend->columnSpacing()) / (widest + legend->columnSpacing()));
    if (perRow != legend->wrap()) {
        legend->setWrap(perRow);
        legend->setFillOrder(legend->fillOrder(), true);
    }
}

} // namespace

ContourMap addContourMap(QCustomPlot* plot, const QString& valueLabel)
{
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->removeFromLegend();
    map->setInterpolate(false);
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setLabel(valueLabel);
    scale->axis()->setTicker(QSharedPointer<ShiftedLogTicker>::create());
    map->setColorScale(scale);

    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    // The legend goes under the axes, in rows, so it never hides a path.
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { wrapLegend(plot); });
    return {map, scale};
}

void showGrid(const ContourMap& contour, const neurone::Grid& grid)
{
    double minimum = std::numeric_limits<double>::infinity();
    for (const double v : grid.values)
        if (std::isfinite(v))
            minimum = std::min(minimum, v);

    QCPColorMapData* data = contour.map->data();
    data->setSize(grid.nx, grid.ny);
    data->setRange(QCPRange(grid.x.lower, grid.x.upper), QCPRange(grid.y.lower, grid.y.upper));
    for (int j = 0; j < grid.ny; ++j)
        for (int i = 0; i < grid.nx; ++i) {
            const double v = grid.at(i, j);
            data->setCell(i, j, std::isfinite(v) ? std::log1p(v - minimum)
                                                 : std::numeric_limits<double>::quiet_NaN());
        }
    contour.map->rescaleDataRange(true);
    if (auto ticker = contour.scale->axis()->ticker().dynamicCast<ShiftedLogTicker>())
        ticker->minimum = std::isfinite(minimum) ? minimum : 0;
    contour.map->keyAxis()->setRange(grid.x.lower, grid.x.upper);
    contour.map->valueAxis()->setRange(grid.y.lower, grid.y.upper);
}

void styleContourMap(const ContourMap& contour, const ViewStyle& style)
{
    contour.scale->setGradient(contourGradient(style));
    contour.scale->setBarWidth(style.projector ? 22 : 14);
    styleAxis(contour.scale->axis(), style);
}

QCPCurve* addPathCurve(QCustomPlot* plot, const QString& name)
{
    auto* curve = new QCPCurve(plot->xAxis, plot->yAxis);
    curve->setName(name);
    return curve;
}

void stylePathCurve(QCPCurve* curve, const QColor& colour, const ViewStyle& style)
{
    curve->setPen(QPen(colour, style.lineWidth()));
    // A thin ring in the background colour keeps markers visible where paths cross.
    curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(style.background(), 1),
                                           QBrush(colour), style.markerSize() * 0.8));
}

void showPath(QCPCurve* curve, const Path& path, int count)
{
    count = std::clamp(count, 0, int(path.size()));
    QVector<QCPCurveData> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
        points.append(QCPCurveData(i, path[std::size_t(i)].x(), path[std::size_t(i)].y()));
    curve->data()->set(points, true);
    // Thousands of markers cost more to draw than they tell: at most ~400 per path.
    curve->setScatterSkip(count / 400);
}

QCPGraph* addPointMarker(QCustomPlot* plot, const QString& name)
{
    QCPGraph* marker = plot->addGraph();
    marker->setName(name);
    marker->setLineStyle(QCPGraph::lsNone);
    return marker;
}

void stylePointMarker(QCPGraph* marker, const ViewStyle& style, double sizeFactor)
{
    marker->setPen(QPen(style.foreground(), style.lineWidth()));
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                            QPen(style.foreground(), style.lineWidth()),
                                            QBrush(style.background()),
                                            style.markerSize() * sizeFactor));
}

void showPoint(QCPGraph* marker, const Eigen::Vector2d& point)
{
    marker->setData({point.x()}, {point.y()}, true);
}

Path finitePrefix(const Path& path, double bound)
{
    const auto bad = std::find_if(path.begin(), path.end(), [bound](const Eigen::Vector2d& p) {
        return !p.allFinite() || p.lpNorm<Eigen::Infinity>() > bound;
    });
    return Path(path.begin(), bad);
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 3);
}

double LogSliderScale::valueAt(int position) const
{
    return std::pow(10.0, std::log10(lowest) + double(position) / stepsPerDecade);
}

int LogSliderScale::positionOf(double value) const
{
    if (!(value > 0))
        return 0;
    const double steps = (std::log10(value) - std::log10(lowest)) * stepsPerDecade;
    return std::clamp(int(std::lround(steps)), 0, maximum());
}

} // namespace descentview
