// The column of controls and explain text beside a page's plots: the given widgets stacked
// top to bottom in a vertical scroll area of a readable width.
#pragma once

#include <QList>

class QScrollArea;
class QWidget;

QScrollArea* makeSidePanel(QWidget* parent, const QList<QWidget*>& contents);
