// One page (tab) of a panel, e.g. the descent panel's curve, surface and batch pages.
// Same contract as Panel, so the panel forwards to whichever page is showing.
#pragma once

#include "common/ViewStyle.h"

#include <QWidget>

class QAbstractItemModel;
class QCustomPlot;

class PanelPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QCustomPlot* currentPlot() const = 0;
    virtual QAbstractItemModel* currentTable() const = 0; // nullptr when the page has no table
    virtual void setViewStyle(const ViewStyle& style) = 0;
    // Documented states for screenshots; returns "" or why `key=value` is not understood.
    virtual QString applyState(const QString& key, const QString& value) = 0;

signals:
    void statusMessage(const QString& message);
};
