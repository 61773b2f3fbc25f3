// Draws the perceptron step table's structure: a thick line above the first row of each epoch,
// a line between the column groups (before | observation | Y, f(Y) | after), the last row bold.
#pragma once

#include <QStyledItemDelegate>

class PerceptronTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
