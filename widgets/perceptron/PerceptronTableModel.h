// The perceptron's step table as the course prints it (seed 004, "Exemple introductif (4/4)"):
// one row per observation presented, with the columns
//   epoch | it | w1 … wp b (before) | x1 … xp d | Y | f(Y) | w1′ … wp′ b′ (after),
// row 0 holding the initial weights. Rows where the delta rule corrected the weights are
// highlighted, epochs alternate their background and the first row of each epoch carries
// EpochStartRole (the delegate draws a thicker line above it); the last row is in bold
// (CurrentRole) and the column groups are separated (GroupStartRole).
#pragma once

#include "perceptron/Perceptron.h"

#include <QAbstractTableModel>
#include <QColor>

class PerceptronTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int EpochStartRole = Qt::UserRole + 1;
    static constexpr int CorrectedRole = Qt::UserRole + 2;
    static constexpr int CurrentRole = Qt::UserRole + 3;    // the last row presented
    static constexpr int GroupStartRole = Qt::UserRole + 4; // first column of before, x, Y, after

    using QAbstractTableModel::QAbstractTableModel;

    // A new run: only row 0, the initial weights.
    void restart(int featureCount, const neurone::PerceptronState& initial);
    // The trainer's rows so far (those beyond the shown ones are appended).
    void showRows(const std::vector<neurone::PerceptronRow>& rows);
    struct Colours {
        QColor corrected;
        QColor band;      // every other epoch
        QColor text;      // on the corrected and band colours
    };
    void setColours(const Colours& colours);

    int featureCount() const { return features_; }
    int presented() const { return int(rows_.size()); }
    // Column indices, for tests and the header band.
    int beforeColumn(int feature) const { return 2 + feature; }      // w_{feature+1}; feature = p: b
    int inputColumn(int feature) const { return 3 + features_ + feature; } // x_{feature+1}; feature = p: d
    int sumColumn() const { return 4 + 2 * features_; }
    int outputColumn() const { return sumColumn() + 1; }
    int afterColumn(int feature) const { return sumColumn() + 2 + feature; } // feature = p: b′

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    int features_ = 2;
    neurone::PerceptronState initial_;
    std::vector<neurone::PerceptronRow> rows_;
    Colours colours_{QColor(255, 214, 165), QColor(238, 242, 248), QColor(Qt::black)};
};
