// The builder's cell editors: a combo of layer kinds; for the settings, a spin box (dense
// neurons, pooling window), filters × kernel size and "same" for a conv2d, a rate for dropout,
// a combo of functions for an activation. Every change is committed at once, so the shapes
// and parameter counts follow while the user turns a spin box.
#pragma once

#include <QStyledItemDelegate>

class NetworkBuilderDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    // The first impossible layer stays red when selected.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    QWidget* kindEditor(QWidget* parent) const;
    QWidget* settingsEditor(QWidget* parent, const QModelIndex& index) const;
    void commitAtOnce(QWidget* editor) const;
};
