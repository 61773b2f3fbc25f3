// The decision regions of a network on a 2-D toy set, as TensorFlow Playground draws them: a
// heatmap of the predicted probability behind the points, redrawn as the network learns.
//   two classes   the cell's value is P(class 1): light orange (class 0) at 0, white at 0.5,
//                 light blue (class 1) at 1
//   K classes     the cell's value is c + s, c the top class and s ∈ [0, 1) its strength
//                 (p − 1/K)/(1 − 1/K): the class's light colour, paler where p is low
// The points are drawn on top, one scatter per class (in the legend with the class names).
// The engine computes the grid (inspect/DecisionRegions.h); this view only colours it.
#pragma once

#include "common/ViewStyle.h"
#include "data/Dataset.h"
#include "inspect/DecisionRegions.h"

#include <qcustomplot.h>

#include <vector>

class DecisionRegionPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit DecisionRegionPlot(QWidget* parent = nullptr);

    // The points (2 features) fix the view: their bounds with a margin, as regionBounds() gives
    // them; any other set shows a note instead of the plane.
    void setPoints(const neurone::Dataset& data);
    // The heatmap: one colour-map cell per grid cell (the grid's bounds place it).
    void setRegions(const neurone::RegionGrid& grid);
    void clear();
    void setViewStyle(const ViewStyle& style);

    // The bounds to compute regions on (those of the points set last).
    neurone::RegionBounds bounds() const { return bounds_; }
    bool showsPlane() const { return planar_; }
    // What the heatmap holds, for checks and export.
    QCPColorMap* regionMap() const { return map_; }
    // The value the colour map shows for one grid cell (see the header comment).
    static double cellValue(const neurone::RegionGrid& grid, int column, int row);

private:
    void restyle();
    QCPGraph* classGraph(int cls);

    QCPColorMap* map_;
    std::vector<QCPGraph*> classes_;
    QCPItemText* note_;
    neurone::RegionBounds bounds_;
    ViewStyle style_;
    int regionClasses_ = 2; // of the grid shown
    bool planar_ = false;
};

// A class's colour in the regions view: class 0 orange, class 1 blue (TensorFlow Playground's),
// then the other series colours.
QColor decisionClassColour(const ViewStyle& style, int cls);
