// The inspector's table: every named value revealed so far (name, value), for the screen and
// for File > Export as CSV. Names are the engine's (BackpropNames.h), written with the
// course's symbols: dE/dpsi1 is shown as ∂E/∂ψ1, w34' as w34′.
#pragma once

#include "backprop/BackpropTrace.h"

#include <QAbstractTableModel>
#include <QColor>

#include <string>
#include <vector>

// "dE/dpsi1" → "∂E/∂ψ1", "w34'" → "w34′".
QString backpropDisplayName(const std::string& name);

class BackpropValueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { EngineNameRole = Qt::UserRole, RawValueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setValues(std::vector<neurone::NamedValue> values);
    const std::vector<neurone::NamedValue>& values() const { return values_; }
    // Row of the value named `name` (engine or display name), or −1.
    int rowOf(const QString& name) const;
    // The first row of a phase, or −1.
    int firstRowOf(neurone::TracePhase phase) const;
    // Colours of the phases' rows (the graph uses the same).
    void setPhaseColours(const QColor& backward, const QColor& update);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<neurone::NamedValue> values_;
    QColor backward_;
    QColor update_;
};
