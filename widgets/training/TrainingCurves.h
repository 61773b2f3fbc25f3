// The live training curves (seed 004, "Epoch, size_batch & Iteration"; Keras' History): the
// loss on the left and the accuracy on the right, against the epoch, for
//   train, per batch   the batches' values, smoothed (ExponentialSmoothing): a thin line that
//                      moves during an epoch
//   train, per epoch   the epoch's mean over its batches (markers)
//   validation, test   measured after each epoch (test: accuracy only)
// The panel feeds it the worker's reports (≤ 30 a second); it replots at most every 100 ms.
#pragma once

#include "common/ViewStyle.h"
#include "training/TrainingTypes.h"

#include <QElapsedTimer>
#include <QTimer>
#include <qcustomplot.h>

#include <vector>

class TrainingCurves : public QCustomPlot {
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget* parent = nullptr);

    void clear();
    void addProgress(const TrainingProgress& progress);
    // A loaded model's history (no batches).
    void setHistory(const std::vector<neurone::EpochMetrics>& history);
    void setViewStyle(const ViewStyle& style);

    enum Series { BatchLoss, TrainLoss, ValidationLoss, BatchAccuracy, TrainAccuracy, ValidationAccuracy, TestAccuracy };
    QCPGraph* series(Series which) const { return graphs_.at(which); }
    QCPAxisRect* lossRect() const { return lossRect_; }
    QCPAxisRect* accuracyRect() const { return accuracyRect_; }
    bool showsEmptyHint() const;
    // The text shown while nothing is plotted; "" restores the default (press Run).
    void setHint(const QString& text);
    QString hint() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitToWidth(int widgetWidth);
    void addEpoch(const neurone::EpochMetrics& metrics);
    void rescale(int epochsPlanned);
    void restyle();

    QCPAxisRect* lossRect_;
    QCPAxisRect* accuracyRect_;
    QCPTextElement* lossTitle_;
    QCPTextElement* accuracyTitle_;
    QCPItemText* hint_;
    std::vector<QCPGraph*> graphs_;
    double lossTop_ = 0;
    int epochsPlanned_ = 0;
    ViewStyle style_;
    QElapsedTimer sinceReplot_;
    QTimer pendingReplot_;
    static constexpr qint64 replotMilliseconds = 100;
};
