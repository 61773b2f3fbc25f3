// The inspector's training curves (seed 000, "Reproduction du XOR": the error during learning):
// the loss E after each epoch on the left, and each observation's output f(Z) after each
// epoch on the right, so the four XOR outputs can be watched crossing 0.5.
#pragma once

#include "backprop/BackpropTrace.h"
#include "common/ViewStyle.h"

#include <qcustomplot.h>

#include <vector>

class BackpropTrainingPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit BackpropTrainingPlot(QWidget* parent = nullptr);

    // One curve per observation, named e.g. "(0, 1) → 1"; the first output unit is drawn.
    void setHistory(const std::vector<neurone::EpochRecord>& history, const QStringList& observationNames,
                    const QString& outputName);
    void setViewStyle(const ViewStyle& style);
    QCPAxisRect* lossRect() const { return lossRect_; }
    QCPAxisRect* outputRect() const { return outputRect_; }
    int outputCurveCount() const { return int(outputs_.size()); }

private:
    void restyle();

    QCPAxisRect* lossRect_;
    QCPAxisRect* outputRect_;
    QCPGraph* loss_;
    QCPItemStraightLine* half_;
    QCPTextElement* lossTitle_;
    QCPTextElement* outputTitle_;
    std::vector<QCPGraph*> outputs_;
    ViewStyle style_;
};
