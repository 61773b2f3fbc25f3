// The confusion matrix of a classifier on a test set (seed 004, "Matrice de confusion"): a
// shaded grid, true classes on the rows and predicted ones on the columns, shown as counts or
// normalised by row (Counts / Normalised), and below it each class's precision, recall, F1 and
// support, with the overall accuracy. The numbers are the engine's ConfusionMatrix's.
#pragma once

#include "common/ViewStyle.h"
#include "train/ClassificationMetrics.h"

#include <QWidget>

#include <string>
#include <vector>

class QAbstractItemModel;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QTableView;
class ConfusionMatrixTableModel;
class ConfusionMetricsTableModel;

class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setConfusion(const neurone::ConfusionMatrix& confusion, const std::vector<std::string>& classNames);
    // The explanatory empty state.
    void clear();
    void setNormalised(bool normalised);
    bool normalised() const;
    bool isEmpty() const;
    void setViewStyle(const ViewStyle& style);

    // For File > Export (Panel::currentTable()): the matrix as shown, and the metrics.
    QAbstractItemModel* matrixModel() const;
    QAbstractItemModel* metricsModel() const;
    QString accuracyText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitTables();
    void fitColumns();

    ConfusionMatrixTableModel* matrix_;
    ConfusionMetricsTableModel* metrics_;
    QStackedWidget* pages_;
    QLabel* empty_;
    QTableView* matrixTable_;
    QTableView* metricsTable_;
    QRadioButton* counts_;
    QRadioButton* normalisedButton_;
    QLabel* accuracy_;
    ViewStyle style_;
};
