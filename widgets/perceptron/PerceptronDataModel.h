// The training set as the user edits it: one row per observation, the features x1 … xp and
// the class d (0/1 or one of two names), kept as typed. The engine reads the cells
// (neurone::datasetFromRows) and says which one is wrong; that cell is shown in the warning
// colour until it is fixed.
#pragma once

#include "perceptron/PerceptronData.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

class PerceptronDataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDataset(const neurone::PerceptronDataset& data);
    // The cells for the engine: DataRow::line is the row number, from 1.
    std::vector<neurone::DataRow> rows() const;
    std::vector<std::string> featureNames() const;
    int featureCount() const { return int(featureNames_.size()); }

    // Structure edits, each reported by edited(): a row of zeros after `row` (or at the end),
    // a feature of zeros, the last feature (at least one stays).
    void addObservation(int after = -1);
    void removeObservations(QList<int> rows);
    void addFeature();
    void removeFeature();

    // The cell the engine refused (row and column from 0), or none (-1).
    void markInvalid(int row, int column);
    QModelIndex invalidCell() const;
    void setWarningColour(const QColor& colour);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void edited();

private:
    QStringList featureNames_;
    QList<QStringList> cells_; // [observation][feature…, class]
    int invalidRow_ = -1;
    int invalidColumn_ = -1;
    QColor warning_ = QColor(0xb0, 0x00, 0x20);
};
