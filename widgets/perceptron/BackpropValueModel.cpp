#include "perceptron/BackpropValueModel.h"

QString backpropDisplayName(const std::string& name)
{
    QString text = QString::fromStdString(name);
    text.replace("dE/d", QStringLiteral("∂E/∂"));
    text.replace("psi", QStringLiteral("ψ"));
    text.replace('\'', QStringLiteral("′"));
    return text;
}

void BackpropValueModel::setValues(std::vector<neurone::NamedValue> values)
{
    beginResetModel();
    values_ = std::move(values);
    endResetModel();
}

int BackpropValueModel::rowOf(const QString& name) const
{
    for (std::size_t row = 0; row < values_.size(); ++row) {
        const std::string& engineName = values_[row].name;
        if (QString::fromStdString(engineName) == name || backpropDisplayName(engineName) == name)
            return int(row);
    }
    return -1;
}

int BackpropValueModel::firstRowOf(neurone::TracePhase phase) const
{
    for (std::size_t row = 0; row < values_.size(); ++row)
        if (values_[row].phase == phase)
            return int(row);
    return -1;
}

void BackpropValueModel::setPhaseColours(const QColor& backward, const QColor& update)
{
    backward_ = backward;
    update_ = update;
    if (!values_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int BackpropValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(values_.size());
}

int BackpropValueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 2; }

QVariant BackpropValueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const neurone::NamedValue& v = values_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? backpropDisplayName(v.name) : QString::asprintf("%.6g", v.value);
    case EngineNameRole: return QString::fromStdString(v.name);
    case RawValueRole: return v.value;
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (v.phase == neurone::TracePhase::Backward && backward_.isValid())
            return backward_;
        if (v.phase == neurone::TracePhase::Update && update_.isValid())
            return update_;
        return {};
    case Qt::ToolTipRole:
        switch (v.phase) {
        case neurone::TracePhase::Forward: return tr("Forward: computed from the inputs towards the output");
        case neurone::TracePhase::Backward: return tr("Backward: how much E changes for a small change of this value");
        case neurone::TracePhase::Update: return tr("After the update w ← w − η·∂E/∂w");
        }
        return {};
    default: return {};
    }
}

QVariant BackpropValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Name") : tr("Value");
}
