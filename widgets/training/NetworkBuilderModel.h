// The builder's table: one row per layer, columns kind | settings | output shape | parameters,
// as Keras' model.summary() lists them. The model shows a layer list and its checks
// (engine/model/NetworkBuilder.h); an edit does not change it but asks for the edited layer
// (layerEdited), so the builder can make every edit undoable.
//   EditRole: kind column → int(LayerKind); settings column → the layer's text ("conv2d 3x3x8").
#pragma once

#include "model/NetworkBuilder.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

class NetworkBuilderModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, SettingsColumn, OutputColumn, ParametersColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // the row's problem, "" when none

    explicit NetworkBuilderModel(QObject* parent = nullptr);

    void show(const std::vector<neurone::LayerSpec>& layers, const std::vector<neurone::LayerCheck>& checks);
    const std::vector<neurone::LayerSpec>& layers() const { return layers_; }
    const std::vector<neurone::LayerCheck>& checks() const { return checks_; }
    void setWarningColour(const QColor& colour);
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void layerEdited(int row, int column, const neurone::LayerSpec& layer);

private:
    QVariant displayText(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    std::vector<neurone::LayerSpec> layers_;
    std::vector<neurone::LayerCheck> checks_;
    QColor warning_ = QColor(0xb0, 0x00, 0x20);
    bool readOnly_ = false;
};
