// The perceptron's plane, for two features: the observations coloured by class, those the
// current weights misclassify circled, the observation just presented ringed, the region where
// f(Y) = 1 shaded, and the decision line w1x1 + w2x2 + b = 0 across the visible area
// (clipped by the engine, so it follows pans and zooms). Other feature counts show a note.
#pragma once

#include "common/ViewStyle.h"
#include "perceptron/Perceptron.h"

#include <QPointF>
#include <qcustomplot.h>

#include <optional>

class PerceptronPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit PerceptronPlot(QWidget* parent = nullptr);

    // The data fixes the view (its bounds with a margin) and the axis names.
    void setDataset(const neurone::PerceptronDataset& data);
    // The weights now, which observations they misclassify, and the one just presented (or -1).
    void setWeights(const neurone::PerceptronState& state, const std::vector<int>& misclassified, int current);
    void setViewStyle(const ViewStyle& style);

    // The decision line's two ends as drawn, or nothing when no line crosses the view.
    std::optional<std::pair<QPointF, QPointF>> decisionLineEnds() const;
    int misclassifiedShown() const;
    bool showsPlane() const { return planar_; }

private:
    void redrawLine();
    void restyle();
    neurone::Box visibleBox() const;

    QCPCurve* region_;
    QCPGraph* classes_[2];
    QCPGraph* misclassified_;
    QCPGraph* current_;
    QCPCurve* line_;
    QCPItemText* note_;
    neurone::PerceptronDataset data_;
    neurone::PerceptronState state_;
    ViewStyle style_;
    bool planar_ = false;
};
