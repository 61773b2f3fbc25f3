#include "convolution/ValueGrid.h"

#include "convolution/ValueText.h"

#include <QEvent>
#include <QHeaderView>
#include <QWheelEvent>

#include <cmath>

namespace {

QString editTip()
{
    return ValueGrid::tr("Type a value (1.5, −2, 1/9) or turn the mouse wheel over a cell: ±1, with Ctrl ±0.1");
}

} // namespace

ValueGrid::ValueGrid(QWidget* parent) : QTableWidget(parent)
{
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setToolTip(editTip());
    connect(this, &QTableWidget::itemChanged, this, &ValueGrid::cellEdited);
}

void ValueGrid::setValues(const neurone::Plane& values)
{
    values_ = values;
    showing_ = true;
    setRowCount(int(values.rows()));
    setColumnCount(int(values.cols()));
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            showValue(r, c);
    showing_ = false;
    resizeCells();
}

void ValueGrid::showValue(int row, int col)
{
    const bool wasShowing = showing_;
    showing_ = true;
    QTableWidgetItem* cell = item(row, col);
    if (!cell) {
        cell = new QTableWidgetItem; // owned by the table
        cell->setTextAlignment(Qt::AlignCenter);
        setItem(row, col, cell);
    }
    cell->setFlags(readOnly_ ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    cell->setText(valueText(values_(row, col), 3));
    showing_ = wasShowing;
}

void ValueGrid::setReadOnly(bool readOnly)
{
    readOnly_ = readOnly;
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    setToolTip(readOnly ? QString() : editTip());
    setValues(values_);
}

QString ValueGrid::cellName(int row, int col) const { return tr("row %1, column %2").arg(row + 1).arg(col + 1); }

void ValueGrid::cellEdited(QTableWidgetItem* cell)
{
    if (showing_ || readOnly_)
        return;
    const int row = cell->row(), col = cell->column();
    double value = 0;
    if (!parseValue(cell->text(), value)) {
        const QString typed = cell->text();
        showValue(row, col);
        emit refused(tr("“%1” (%2) is not a number: the previous value %3 is kept. Type a number such as 0.5 or -1.")
                         .arg(typed, cellName(row, col), valueText(values_(row, col), 4)));
        return;
    }
    values_(row, col) = float(value);
    showValue(row, col);
    resizeCells();
    emit valuesEdited(values_);
}

void ValueGrid::typeInto(int row, int col, const QString& text)
{
    if (QTableWidgetItem* cell = item(row, col))
        cell->setText(text); // itemChanged → cellEdited
}

void ValueGrid::nudge(int row, int col, double step)
{
    if (readOnly_ || row < 0 || col < 0 || row >= values_.rows() || col >= values_.cols())
        return;
    // Rounded to 4 decimals, so ten nudges of 0.1 land exactly on 1.
    values_(row, col) = float(std::round((double(values_(row, col)) + step) * 1e4) / 1e4);
    showValue(row, col);
    resizeCells();
    emit valuesEdited(values_);
}

void ValueGrid::wheelEvent(QWheelEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (readOnly_ || !index.isValid()) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    const int notches = (delta.y() != 0 ? delta.y() : delta.x()) / 120;
    if (notches == 0)
        return;
    const double step = event->modifiers() & Qt::ControlModifier ? 0.1 : 1.0;
    nudge(index.row(), index.column(), notches * step);
    event->accept();
}

void ValueGrid::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        resizeCells();
}

void ValueGrid::resizeCells()
{
    // As wide as the widest number shown, at least square.
    const QFontMetrics metrics(font());
    int cell = metrics.height() + 10;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (const QTableWidgetItem* shown = item(r, c))
                cell = std::max(cell, metrics.horizontalAdvance(shown->text()) + 12);
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, cell);
    for (int r = 0; r < rowCount(); ++r)
        setRowHeight(r, metrics.height() + 10);
    updateGeometry();
}

QSize ValueGrid::sizeHint() const
{
    const int frame = 2 * frameWidth();
    int w = frame, h = frame;
    for (int c = 0; c < columnCount(); ++c)
        w += columnWidth(c);
    for (int r = 0; r < rowCount(); ++r)
        h += rowHeight(r);
    return {std::max(w, 20), std::max(h, 20)};
}
