// The step table of a 1-D descent, as the course prints it: k, x_k, f(x_k), f'(x_k), ω_k.
// Shows the rows revealed so far (the playback position), the current row highlighted.
#pragma once

#include "descent/Descent.h"

#include <QAbstractTableModel>
#include <QColor>

class DescentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTrace(neurone::DescentTrace trace, int revealed);
    void setRevealed(int revealed);
    void setHighlight(QColor colour);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    neurone::DescentTrace trace_;
    int revealed_ = 0; // rows shown: 0 … revealed_
    QColor highlight_ = QColor(255, 230, 150);
};
