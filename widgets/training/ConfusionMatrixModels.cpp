#include "training/ConfusionMatrixModels.h"


QString confusionRatioText(double value) { return QString::number(value, 'f', 3); }

namespace {

// From the background (0) to the first series colour (1).
QColor shade(const ViewStyle& style, double amount)
{
    const QColor base = style.background(), full = style.series(0);
    auto mix = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(mix(base.red(), full.red()), mix(base.green(), full.green()), mix(base.blue(), full.blue()));
}

} // namespace

void ConfusionMatrixTableModel::setConfusion(const neurone::ConfusionMatrix& confusion, const QStringList& classNames)
{
    beginResetModel();
    confusion_ = confusion;
    classNames_ = classNames;
    endResetModel();
}

void ConfusionMatrixTableModel::setNormalised(bool normalised)
{
    if (normalised == normalised_)
        return;
    normalised_ = normalised;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void ConfusionMatrixTableModel::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int ConfusionMatrixTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : confusion_.classes();
}

int ConfusionMatrixTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : confusion_.classes();
}

QVariant ConfusionMatrixTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int i = index.row(), j = index.column();
    const double share = confusion_.normalized(i, j);
    switch (role) {
    case Qt::DisplayRole:
        return normalised_ ? QVariant(confusionRatioText(share)) : QVariant(qulonglong(confusion_.count(i, j)));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return shade(style_, share);
    case Qt::ForegroundRole:
        return share > 0.5 ? QColor(Qt::white) : style_.foreground();
    case Qt::ToolTipRole:
        return tr("%1 of the %2 samples of class %3 were predicted %4 (%5)")
            .arg(confusion_.count(i, j))
            .arg(confusion_.trueCount(i))
            .arg(classNames_.value(i), classNames_.value(j), confusionRatioText(share));
    default:
        return {};
    }
}

QVariant ConfusionMatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return classNames_.value(section, QString::number(section));
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Horizontal ? tr("Predicted: %1").arg(classNames_.value(section))
                                             : tr("True class: %1").arg(classNames_.value(section));
    return {};
}

void ConfusionMetricsTableModel::setConfusion(const neurone::ConfusionMatrix& confusion, const QStringList& classNames)
{
    beginResetModel();
    confusion_ = confusion;
    classNames_ = classNames;
    endResetModel();
}

int ConfusionMetricsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || confusion_.classes() == 0 ? 0 : confusion_.classes() + 1;
}

int ConfusionMetricsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfusionMetricsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const int cls = index.row();
    if (cls == confusion_.classes()) { // the accuracy row, as scikit-learn's report has it
        if (index.column() == F1)
            return confusionRatioText(confusion_.accuracy());
        if (index.column() == Support)
            return qulonglong(confusion_.total());
        return {};
    }
    switch (index.column()) {
    case Precision: return confusionRatioText(confusion_.precision(cls));
    case Recall: return confusionRatioText(confusion_.recall(cls));
    case F1: return confusionRatioText(confusion_.f1(cls));
    case Support: return qulonglong(confusion_.trueCount(cls));
    default: return {};
    }
}

QVariant ConfusionMetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == confusion_.classes() ? tr("accuracy") : classNames_.value(section, QString::number(section));
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Precision: return tip ? tr("CM(i,i) / Σⱼ CM(j,i): of the samples predicted i, the share that were i") : tr("precision");
    case Recall: return tip ? tr("CM(i,i) / Σⱼ CM(i,j): of the samples of class i, the share found") : tr("recall");
    case F1: return tip ? tr("2 · precision · recall / (precision + recall)") : tr("F1");
    case Support: return tip ? tr("Σⱼ CM(i,j): the samples of class i") : tr("support");
    default: return {};
    }
}
