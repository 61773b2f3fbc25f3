// One side of the side-by-side 1-D comparison: the curve f with the iterates on it as connected
// points, the step table below, and the outcome line. A click (not a drag) on the plot reports
// the x under the mouse, so the start point can be picked on the curve.
#pragma once

#include "common/ViewStyle.h"
#include "descent/Descent.h"
#include "descent/Grid.h"

#include <QWidget>

class DescentTableModel;
class QCPCurve;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QTableView;

class DescentColumn : public QWidget {
    Q_OBJECT
public:
    explicit DescentColumn(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // The sampled curve, and the view to show (x range; f range).
    void setCurve(const neurone::Grid& curve, neurone::Range xView, neurone::Range yView);
    void setTrace(const neurone::DescentTrace& trace, int revealed);
    void setRevealed(int revealed);
    void setViewStyle(const ViewStyle& style);

    QCustomPlot* plot() const { return plot_; }
    DescentTableModel* model() const { return model_; }
    QString outcomeText() const;
    int revealedPoints() const;

signals:
    void curveClicked(double x);

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showOutcome();
    void restyleGraphs();

    QLabel* title_;
    QCustomPlot* plot_;
    QCPGraph* curveGraph_;
    QCPCurve* path_; // in visiting order, so back-and-forth steps show
    QCPGraph* currentGraph_;
    QTableView* table_;
    DescentTableModel* model_;
    QLabel* outcome_;
    neurone::DescentTrace trace_;
    int revealed_ = 0;
    ViewStyle style_;
    QPoint pressPosition_;
};
