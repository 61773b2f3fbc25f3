#include "perceptron/PerceptronTableModel.h"

#include <QBrush>

namespace {

QString numberText(double value) { return QString::number(value + 0.0, 'g', 6); }

} // namespace

void PerceptronTableModel::restart(int featureCount, const neurone::PerceptronState& initial)
{
    beginResetModel();
    features_ = std::max(1, featureCount);
    initial_ = initial;
    rows_.clear();
    endResetModel();
}

void PerceptronTableModel::showRows(const std::vector<neurone::PerceptronRow>& rows)
{
    if (rows.size() < rows_.size()) { // the trainer was reset
        beginResetModel();
        rows_ = rows;
        endResetModel();
        return;
    }
    if (rows.size() == rows_.size())
        return;
    const int last = rowCount() - 1; // its bold goes
    beginInsertRows({}, rowCount(), int(rows.size()));
    rows_.insert(rows_.end(), rows.begin() + std::ptrdiff_t(rows_.size()), rows.end());
    endInsertRows();
    emit dataChanged(index(last, 0), index(last, columnCount() - 1));
}

void PerceptronTableModel::setColours(const Colours& colours)
{
    colours_ = colours;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int PerceptronTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size()) + 1;
}

int PerceptronTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7 + 3 * features_;
}

QVariant PerceptronTableModel::display(int row, int column) const
{
    const int p = features_;
    if (row == 0) { // the course's row 0: only the starting weights
        if (column == 1)
            return 0;
        if (column >= afterColumn(0))
            return numberText(column == afterColumn(p) ? initial_.bias : initial_.weights[column - afterColumn(0)]);
        return column == 0 ? QString() : QStringLiteral("–");
    }
    const neurone::PerceptronRow& r = rows_[std::size_t(row - 1)];
    if (column == 0)
        return r.epoch;
    if (column == 1)
        return r.iteration;
    if (column < beforeColumn(p))
        return numberText(r.before.weights[column - beforeColumn(0)]);
    if (column == beforeColumn(p))
        return numberText(r.before.bias);
    if (column < inputColumn(p))
        return numberText(r.x[column - inputColumn(0)]);
    if (column == inputColumn(p))
        return r.desired;
    if (column == sumColumn())
        return numberText(r.sum);
    if (column == outputColumn())
        return r.output;
    if (column < afterColumn(p))
        return numberText(r.after.weights[column - afterColumn(0)]);
    return numberText(r.after.bias);
}

QVariant PerceptronTableModel::toolTip(int row, int column) const
{
    if (row == 0)
        return tr("Row 0: the initial weights, before any observation");
    const neurone::PerceptronRow& r = rows_[std::size_t(row - 1)];
    if (column == outputColumn() && r.sum == 0)
        return tr("Y = 0 counts as Y ≥ 0, so f(Y) = 1. The course's own table prints 0 on row 9 of its OR "
                  "example; the weights that follow it (b = −1) show that f(Y) was 1.");
    if (r.corrected())
        return tr("Correction: f(Y) = %1 but d = %2, so d − f(Y) = %3 and every wᵢ moves by η·(%3)·xᵢ, b by η·(%3)")
            .arg(r.output)
            .arg(r.desired)
            .arg(r.desired - r.output);
    return tr("No correction: f(Y) = d, the weights stay as they are");
}

QVariant PerceptronTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const bool corrected = row > 0 && rows_[std::size_t(row - 1)].corrected();
    const bool banded = row > 0 && rows_[std::size_t(row - 1)].epoch % 2 == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (corrected)
            return QBrush(colours_.corrected);
        return banded ? QVariant(QBrush(colours_.band)) : QVariant();
    case Qt::ForegroundRole:
        return corrected || banded ? QVariant(QBrush(colours_.text)) : QVariant();
    case CurrentRole:
        return row == rowCount() - 1;
    case GroupStartRole: {
        const int c = index.column();
        return c == beforeColumn(0) || c == inputColumn(0) || c == sumColumn() || c == afterColumn(0);
    }
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case EpochStartRole: {
        if (row == 0)
            return false;
        const neurone::PerceptronRow& r = rows_[std::size_t(row - 1)];
        return row == 1 || rows_[std::size_t(row - 2)].epoch != r.epoch;
    }
    case CorrectedRole:
        return corrected;
    }
    return {};
}

QVariant PerceptronTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int p = features_;
    if (role == Qt::ToolTipRole) {
        if (section == 0)
            return tr("The epoch: one pass over every observation");
        if (section == 1)
            return tr("The iteration: one observation presented");
        if (section <= beforeColumn(p))
            return tr("The weights before this observation");
        if (section <= inputColumn(p))
            return tr("The observation: its features and its desired class d");
        if (section == sumColumn())
            return tr("Y = Σ wᵢxᵢ + b");
        if (section == outputColumn())
            return tr("f(Y) = 1 if Y ≥ 0, else 0: the class predicted");
        return tr("The weights after the delta rule: wᵢ + η(d − f(Y))xᵢ, b + η(d − f(Y))");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("epoch");
    if (section == 1)
        return tr("it");
    if (section < beforeColumn(p))
        return QString("w%1").arg(section - beforeColumn(0) + 1);
    if (section == beforeColumn(p))
        return QStringLiteral("b");
    if (section < inputColumn(p))
        return QString("x%1").arg(section - inputColumn(0) + 1);
    if (section == inputColumn(p))
        return QStringLiteral("d");
    if (section == sumColumn())
        return QStringLiteral("Y");
    if (section == outputColumn())
        return QStringLiteral("f(Y)");
    if (section < afterColumn(p))
        return QString("w%1′").arg(section - afterColumn(0) + 1);
    return QStringLiteral("b′");
}
