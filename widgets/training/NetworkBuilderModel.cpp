#include "training/NetworkBuilderModel.h"

#include "training/NetworkBuilderText.h"

#include <QBrush>

using neurone::LayerKind;
using neurone::LayerSpec;

NetworkBuilderModel::NetworkBuilderModel(QObject* parent) : QAbstractTableModel(parent) {}

void NetworkBuilderModel::show(const std::vector<LayerSpec>& layers, const std::vector<neurone::LayerCheck>& checks)
{
    const bool sameRows = layers.size() == layers_.size();
    if (!sameRows)
        beginResetModel();
    layers_ = layers;
    checks_ = checks;
    if (!sameRows)
        endResetModel();
    else if (!layers_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void NetworkBuilderModel::setWarningColour(const QColor& colour)
{
    warning_ = colour;
    if (!layers_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void NetworkBuilderModel::setReadOnly(bool readOnly) { readOnly_ = readOnly; }

int NetworkBuilderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(layers_.size());
}

int NetworkBuilderModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NetworkBuilderModel::displayText(int row, int column) const
{
    const LayerSpec& layer = layers_[std::size_t(row)];
    const neurone::LayerCheck& check = checks_[std::size_t(row)];
    switch (column) {
    case KindColumn: return layerKindTitle(layer.kind);
    case SettingsColumn: return layerSettingsText(layer);
    case OutputColumn: return outputShapeText(check.output);
    case ParametersColumn: return check.output ? parameterCountText(check.parameters) : QStringLiteral("?");
    }
    return {};
}

QVariant NetworkBuilderModel::toolTip(int row, int column) const
{
    const LayerSpec& layer = layers_[std::size_t(row)];
    const neurone::LayerCheck& check = checks_[std::size_t(row)];
    if (!check.problem.empty())
        return tr("Layer %1 cannot be built: %2").arg(row + 1).arg(QString::fromStdString(check.problem));
    if (!check.output)
        return tr("Unknown: an earlier layer cannot be built");
    switch (column) {
    case KindColumn: return layerKindTip(layer.kind);
    case SettingsColumn: return layerSettingsTip(layer);
    case OutputColumn: return tr("Output of each sample: channels×height×width, or a number of features");
    case ParametersColumn: return tr("Weights and biases this layer learns");
    }
    return {};
}

QVariant NetworkBuilderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const neurone::LayerCheck& check = checks_[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::EditRole:
        if (index.column() == KindColumn)
            return int(layers_[std::size_t(row)].kind);
        if (index.column() == SettingsColumn)
            return QString::fromStdString(neurone::layerText(layers_[std::size_t(row)]));
        return displayText(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::BackgroundRole:
        if (!check.problem.empty()) {
            QColor tint = warning_;
            tint.setAlpha(70);
            return QBrush(tint);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= OutputColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemRole: return QString::fromStdString(check.problem);
    }
    return {};
}

QVariant NetworkBuilderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KindColumn: return tr("Layer");
        case SettingsColumn: return tr("Settings");
        case OutputColumn: return tr("Output");
        case ParametersColumn: return tr("Params");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KindColumn: return tr("The kind of layer (double-click to change it)");
        case SettingsColumn: return tr("Neurons, filters and kernel size, window, rate or function (double-click to change)");
        case OutputColumn: return tr("The shape of one sample after this layer");
        case ParametersColumn: return tr("Parameters learnt: dense d→N has d·N + N, conv2d F×F×K on C channels has F·F·C·K + K");
        }
    }
    return {};
}

Qt::ItemFlags NetworkBuilderModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || readOnly_)
        return flags;
    const bool hasSettings = layers_[std::size_t(index.row())].kind != LayerKind::Flatten;
    if (index.column() == KindColumn || (index.column() == SettingsColumn && hasSettings))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool NetworkBuilderModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const LayerSpec& current = layers_[std::size_t(index.row())];
    if (index.column() == KindColumn) {
        const int kind = value.toInt();
        if (kind < 0 || kind >= int(allLayerKinds.size()))
            return false;
        if (LayerKind(kind) != current.kind)
            emit layerEdited(index.row(), index.column(), defaultLayerSpec(LayerKind(kind)));
        return true;
    }
    const auto parsed = neurone::parseLayerList(value.toString().toStdString());
    const auto* layers = std::get_if<std::vector<LayerSpec>>(&parsed);
    if (!layers || layers->size() != 1 || layers->front().kind != current.kind)
        return false;
    if (neurone::layerText(layers->front()) != neurone::layerText(current))
        emit layerEdited(index.row(), index.column(), layers->front());
    return true;
}
