#include "perceptron/PerceptronTableDelegate.h"

#include "perceptron/PerceptronTableModel.h"

#include <QPainter>

void PerceptronTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PerceptronTableModel::CurrentRole).toBool())
        option->font.setBold(true);
}

void PerceptronTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    painter->save();
    const QColor ink = option.palette.color(QPalette::Text);
    if (index.data(PerceptronTableModel::EpochStartRole).toBool()) {
        painter->setPen(QPen(ink, 2));
        painter->drawLine(option.rect.topLeft() + QPoint(0, 1), option.rect.topRight() + QPoint(0, 1));
    }
    if (index.data(PerceptronTableModel::GroupStartRole).toBool()) {
        QColor faint = ink;
        faint.setAlphaF(0.45f);
        painter->setPen(QPen(faint, 1));
        painter->drawLine(option.rect.topLeft(), option.rect.bottomLeft());
    }
    painter->restore();
}
