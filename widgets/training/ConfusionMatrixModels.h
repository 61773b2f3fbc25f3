// The confusion matrix as two table models (for the view and for File > Export):
//   ConfusionMatrixTableModel    rows: true class Cᵢ, columns: predicted class Cⱼ; each cell
//                                CM(i, j) as a count, or normalised CM(i, j)/Σⱼ CM(i, j) ("0.750"),
//                                shaded by the normalised value
//   ConfusionMetricsTableModel   one row per class: precision, recall, F1 (3 decimals), support
//                                Σⱼ CM(i, j); a last row "accuracy" with Σᵢ CM(i, i)/n and n
// The numbers come from engine/train/ClassificationMetrics.h (seed 004's formulas).
#pragma once

#include "common/ViewStyle.h"
#include "train/ClassificationMetrics.h"

#include <QAbstractTableModel>
#include <QStringList>

class ConfusionMatrixTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setConfusion(const neurone::ConfusionMatrix& confusion, const QStringList& classNames);
    void setNormalised(bool normalised);
    bool normalised() const { return normalised_; }
    void setViewStyle(const ViewStyle& style);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    neurone::ConfusionMatrix confusion_;
    QStringList classNames_;
    ViewStyle style_;
    bool normalised_ = false;
};

class ConfusionMetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Precision, Recall, F1, Support, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setConfusion(const neurone::ConfusionMatrix& confusion, const QStringList& classNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    neurone::ConfusionMatrix confusion_;
    QStringList classNames_;
};

// "0.750": the three decimals every ratio of these tables shows.
QString confusionRatioText(double value);
