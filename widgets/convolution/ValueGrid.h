// A small grid of numbers (a kernel, an input channel, a gradient): typed, or nudged with the
// mouse wheel over a cell (±1, or ±0.1 with Ctrl). A cell that is not a number is refused: the
// previous value comes back and refused() says why. Read-only grids show results.
#pragma once

#include "conv/Image.h"

#include <QTableWidget>

class ValueGrid : public QTableWidget {
    Q_OBJECT
public:
    explicit ValueGrid(QWidget* parent = nullptr);

    // Shows `values` (resizing the grid); emits nothing.
    void setValues(const neurone::Plane& values);
    const neurone::Plane& values() const { return values_; }
    void setReadOnly(bool readOnly);
    // Types `text` into a cell as a user would (tests, `--state`).
    void typeInto(int row, int col, const QString& text);
    void nudge(int row, int col, double step);
    // What a cell's row and column are called in messages ("row 2, column 1").
    QString cellName(int row, int col) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void valuesEdited(const neurone::Plane& values);
    void refused(const QString& message);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void cellEdited(QTableWidgetItem* item);
    void showValue(int row, int col);
    void resizeCells();

    neurone::Plane values_;
    bool readOnly_ = false;
    bool showing_ = false;
};
