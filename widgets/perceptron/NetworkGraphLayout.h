// What the network graph shows, and where: columns of neurons, edges from circle to circle,
// and a place for every edge label chosen so that labels do not cover each other, the
// circles or their notes (each label tries points along its edge, nearest its source first,
// and keeps the first free one). Fonts shrink (down to ~60 %) when the network does not fit.
#pragma once

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QStringList>

#include <vector>

struct GraphNeuron {
    QString title;            // above the circle: "x1", "f(Y1)", "f(Z)"
    QString value;            // in the circle; empty when nothing is computed yet
    double level = 0;         // fill: sign and strength of the activation, −1 … 1
    bool filled = false;      // false: no fill (nothing computed)
    QStringList notes;        // below the circle: "Y1 = 1.705", "b1 = 0"
    double editValue = 0;     // where the in-place editor starts (bias or input)
    bool editable = true;
    QString tooltip;
};

struct GraphEdge {
    int layer = 1; // into layer k = 1 … L
    int from = 0;
    int to = 0;
    QString label;        // "w34 = −0.448"
    double weight = 0;    // thickness and colour
    double editValue = 0; // where the in-place editor starts
    QString tooltip;
};

enum class GraphPhase { None, Forward, Backward, Update };

struct NetworkGraphData {
    std::vector<std::vector<GraphNeuron>> layers; // layer 0: the inputs
    std::vector<GraphEdge> edges;
    QStringList lossNotes; // beside the output: "y = 1", "E = 0.6666"
    GraphPhase phase = GraphPhase::None;
};

struct NetworkGraphGeometry {
    double scale = 1;
    QFont titleFont;
    QFont valueFont;
    QFont noteFont;
    QFont labelFont;
    double radius = 0;
    std::vector<std::vector<QPointF>> centres;
    std::vector<std::vector<QRectF>> titleRects;
    std::vector<std::vector<QRectF>> noteRects;
    std::vector<QLineF> edgeLines;  // per edge, circle boundary to circle boundary
    std::vector<QRectF> labelRects; // per edge
    QRectF lossRect;
};

NetworkGraphGeometry layoutNetworkGraph(const NetworkGraphData& data, const QRectF& area,
                                        const QFont& baseFont);
