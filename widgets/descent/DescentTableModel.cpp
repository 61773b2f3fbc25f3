#include "descent/DescentTableModel.h"

#include <QBrush>

namespace {
enum Column { K, X, F, Gradient, Velocity, ColumnCount };
}

void DescentTableModel::setTrace(neurone::DescentTrace trace, int revealed)
{
    beginResetModel();
    trace_ = std::move(trace);
    revealed_ = std::clamp(revealed, 0, trace_.stepCount());
    endResetModel();
}

void DescentTableModel::setRevealed(int revealed)
{
    revealed = std::clamp(revealed, 0, std::max(0, trace_.stepCount()));
    if (revealed == revealed_)
        return;
    const int before = rowCount();
    const int previous = revealed_;
    if (revealed > revealed_) {
        beginInsertRows({}, before, revealed);
        revealed_ = revealed;
        endInsertRows();
    } else {
        beginRemoveRows({}, revealed + 1, revealed_);
        revealed_ = revealed;
        endRemoveRows();
    }
    const int row = std::min(previous, revealed_);
    emit dataChanged(index(row, 0), index(revealed_, ColumnCount - 1));
}

void DescentTableModel::setHighlight(QColor colour)
{
    highlight_ = colour;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DescentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || trace_.steps.empty() ? 0 : revealed_ + 1;
}

int DescentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DescentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const neurone::DescentStep& step = trace_.steps[std::size_t(index.row())];
    if (role == Qt::BackgroundRole && index.row() == revealed_)
        return QBrush(highlight_);
    if (role == Qt::ForegroundRole && index.row() == revealed_)
        return QBrush(Qt::black);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case K: return step.k;
    case X: return QString::number(step.point[0], 'g', 6);
    case F: return QString::number(step.value, 'g', 6);
    case Gradient: return QString::number(step.gradient[0], 'g', 6);
    case Velocity: return QString::number(step.velocity[0], 'g', 6);
    }
    return {};
}

QVariant DescentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case K: return tr("k");
    case X: return tr("xₖ");
    case F: return tr("f(xₖ)");
    case Gradient: return tr("f′(xₖ)");
    case Velocity: return tr("ωₖ");
    }
    return {};
}
