// A tiny network drawn as a graph: one column of circles per layer, every edge labelled with
// its weight (thickness and colour give its size and sign), each neuron filled by its
// activation. Clicking an edge or its label edits that weight; clicking a neuron edits its
// bias (or, for an input, the observation's value), in place. The widget only draws what it is
// given (NetworkGraphData): the page fills it from the engine's values.
#pragma once

#include "common/ViewStyle.h"
#include "perceptron/NetworkGraphLayout.h"

#include <QWidget>

class QLineEdit;

class NetworkGraph : public QWidget {
    Q_OBJECT
public:
    explicit NetworkGraph(QWidget* parent = nullptr);

    void setData(const NetworkGraphData& data);
    const NetworkGraphData& data() const { return data_; }
    void setViewStyle(const ViewStyle& style);
    // The geometry of the last layout (for tests: labels must not overlap).
    const NetworkGraphGeometry& geometry() const { return geometry_; }

    // Opens the in-place editor on a weight (layer k = 1 … L, W(from, to)), a neuron's bias
    // (layer ≥ 1) or an input (layer 0). Enter applies, Escape cancels.
    void editWeight(int layer, int from, int to);
    void editNeuron(int layer, int unit);
    QLineEdit* editor() const { return editor_; }

    QSize sizeHint() const override { return {720, 460}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

signals:
    void weightEdited(int layer, int from, int to, double value);
    void biasEdited(int layer, int unit, double value);
    void inputEdited(int unit, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Hit {
        enum Kind { None, Edge, Neuron } kind = None;
        int index = -1; // edge index, or layer for a neuron
        int unit = -1;
    };
    Hit hitAt(const QPointF& point) const;
    void relayout();
    void openEditor(const Hit& hit);
    void commitEditor();
    void closeEditor();
    void paintEdges(QPainter& painter) const;
    void paintNeurons(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    void paintTitles(QPainter& painter) const;
    void paintLoss(QPainter& painter) const;
    QColor signColour(double value) const;
    QColor phaseColour() const;

    NetworkGraphData data_;
    NetworkGraphGeometry geometry_;
    ViewStyle style_;
    Hit hover_;
    Hit editing_;
    QString editStart_;
    QLineEdit* editor_;
};
