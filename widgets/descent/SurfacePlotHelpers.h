// Drawing shared by the surface and batch descent pages: a banded contour map of a sampled
// function with its colour scale, parameter paths drawn as curves with point markers, and the
// logarithmic learning-rate slider. Display only: the values come from engine/ (sampleGrid,
// descend, batchDescentPath).
#pragma once

#include "common/ViewStyle.h"
#include "descent/Grid.h"

#include <Eigen/Dense>

#include <QString>

#include <vector>

class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QCPGraph;
class QCustomPlot;

namespace descentview {

using Path = std::vector<Eigen::Vector2d>;

struct ContourMap {
    QCPColorMap* map = nullptr;
    QCPColorScale* scale = nullptr;
};

// A colour map over the plot's x/y axes, with its colour scale on the right, in ~20 bands so
// that it reads as a contour map. The paths' legend goes in a row under the axes.
ContourMap addContourMap(QCustomPlot* plot, const QString& valueLabel);

// Shows a sampled function. Colours follow log(1 + f − min f), a display transform so that
// both the valley floor and the steep walls get bands; the scale's ticks still read f.
void showGrid(const ContourMap& contour, const neurone::Grid& grid);
void styleContourMap(const ContourMap& contour, const ViewStyle& style);

// A parameter path: a line through the iterates with a marker on each.
QCPCurve* addPathCurve(QCustomPlot* plot, const QString& name);
void stylePathCurve(QCPCurve* curve, const QColor& colour, const ViewStyle& style);
// Shows the first `count` points of `path` (fewer if the path is shorter); long paths mark
// only every few points.
void showPath(QCPCurve* curve, const Path& path, int count);

// A single hollow marker (start point, target), kept out of the data range of the paths.
QCPGraph* addPointMarker(QCustomPlot* plot, const QString& name);
void stylePointMarker(QCPGraph* marker, const ViewStyle& style, double sizeFactor);
void showPoint(QCPGraph* marker, const Eigen::Vector2d& point);

// The points of `path` up to the first one that is not finite or beyond ±bound: a diverging
// path is shown (and counted) only while it is a number.
Path finitePrefix(const Path& path, double bound = 1e6);

// "1.23e-05", "0.0712", "3": numbers in labels and results, 3 significant digits.
QString formatNumber(double value);

// A slider position p ∈ [0, decades·stepsPerDecade] stands for 10^(log10(lowest) + p/stepsPerDecade):
// every decade of the learning rate gets the same slider length.
struct LogSliderScale {
    double lowest = 1e-4;
    int decades = 4;
    int stepsPerDecade = 100;

    int maximum() const { return decades * stepsPerDecade; }
    double valueAt(int position) const;
    int positionOf(double value) const;
};

} // namespace descentview
