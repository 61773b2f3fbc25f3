#include "perceptron/PerceptronDataModel.h"

#include <QBrush>

#include <algorithm>

void PerceptronDataModel::setDataset(const neurone::PerceptronDataset& data)
{
    beginResetModel();
    featureNames_.clear();
    for (const std::string& name : data.featureNames)
        featureNames_ << QString::fromStdString(name);
    cells_.clear();
    for (int r = 0; r < data.size(); ++r) {
        QStringList row;
        for (int c = 0; c < data.featureCount(); ++c)
            row << QString::number(data.inputs(r, c), 'g', 10);
        row << QString::fromStdString(data.classNames[std::size_t(data.desired[std::size_t(r)])]);
        cells_ << row;
    }
    invalidRow_ = invalidColumn_ = -1;
    endResetModel();
}

std::vector<neurone::DataRow> PerceptronDataModel::rows() const
{
    std::vector<neurone::DataRow> rows;
    for (int r = 0; r < cells_.size(); ++r) {
        neurone::DataRow row{r + 1, {}};
        for (const QString& cell : cells_[r])
            row.cells.push_back(cell.trimmed().toStdString());
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> PerceptronDataModel::featureNames() const
{
    std::vector<std::string> names;
    for (const QString& name : featureNames_)
        names.push_back(name.toStdString());
    return names;
}

void PerceptronDataModel::addObservation(int after)
{
    const int row = after < 0 || after >= cells_.size() ? int(cells_.size()) : after + 1;
    beginInsertRows({}, row, row);
    QStringList cells;
    for (int c = 0; c < featureCount(); ++c)
        cells << QStringLiteral("0");
    cells << (cells_.isEmpty() ? QStringLiteral("0") : cells_.last().last());
    cells_.insert(row, cells);
    endInsertRows();
    emit edited();
}

void PerceptronDataModel::removeObservations(QList<int> rows)
{
    if (rows.isEmpty() && !cells_.isEmpty())
        rows << int(cells_.size()) - 1;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (const int row : rows)
        if (row >= 0 && row < cells_.size()) {
            beginRemoveRows({}, row, row);
            cells_.removeAt(row);
            endRemoveRows();
            removed = true;
        }
    if (removed)
        emit edited();
}

void PerceptronDataModel::addFeature()
{
    const int column = featureCount();
    beginInsertColumns({}, column, column);
    featureNames_ << QString("x%1").arg(column + 1);
    for (QStringList& row : cells_)
        row.insert(column, QStringLiteral("0"));
    endInsertColumns();
    emit edited();
}

void PerceptronDataModel::removeFeature()
{
    if (featureCount() <= 1)
        return;
    const int column = featureCount() - 1;
    beginRemoveColumns({}, column, column);
    featureNames_.removeLast();
    for (QStringList& row : cells_)
        row.removeAt(column);
    endRemoveColumns();
    emit edited();
}

void PerceptronDataModel::markInvalid(int row, int column)
{
    const QModelIndex before = invalidCell();
    invalidRow_ = row;
    invalidColumn_ = column;
    if (before.isValid())
        emit dataChanged(before, before);
    if (const QModelIndex now = invalidCell(); now.isValid())
        emit dataChanged(now, now);
}

QModelIndex PerceptronDataModel::invalidCell() const
{
    return invalidRow_ >= 0 && invalidRow_ < rowCount() && invalidColumn_ >= 0 && invalidColumn_ < columnCount()
               ? index(invalidRow_, invalidColumn_)
               : QModelIndex();
}

void PerceptronDataModel::setWarningColour(const QColor& colour)
{
    warning_ = colour;
    if (const QModelIndex cell = invalidCell(); cell.isValid())
        emit dataChanged(cell, cell);
}

int PerceptronDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(cells_.size());
}

int PerceptronDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : featureCount() + 1;
}

QVariant PerceptronDataModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool invalid = index.row() == invalidRow_ && index.column() == invalidColumn_;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cells_[index.row()][index.column()];
    case Qt::TextAlignmentRole:
        return int((index.column() == featureCount() ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return invalid ? QVariant(QBrush(warning_)) : QVariant();
    case Qt::ForegroundRole:
        return invalid ? QVariant(QBrush(warning_.lightness() > 150 ? Qt::black : Qt::white)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == featureCount() ? tr("The class d: 0 or 1, or one of two names (e.g. oui / non)")
                                                : tr("A number; double-click to edit");
    }
    return {};
}

bool PerceptronDataModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return false;
    const QString text = value.toString().trimmed();
    if (cells_[index.row()][index.column()] == text)
        return true;
    cells_[index.row()][index.column()] = text;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags PerceptronDataModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant PerceptronDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role); // 1, 2, … as in messages
    if (section == featureCount())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("d"))
               : role == Qt::ToolTipRole ? QVariant(tr("The desired class"))
                                         : QVariant();
    if (section < 0 || section >= featureCount())
        return {};
    const QString name = featureNames_[section];
    const QString course = QString("x%1").arg(section + 1);
    if (role == Qt::DisplayRole)
        return course;
    if (role == Qt::ToolTipRole)
        return name == course ? tr("Feature %1").arg(course) : tr("%1 = %2").arg(course, name);
    return {};
}
