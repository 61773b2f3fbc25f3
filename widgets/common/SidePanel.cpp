#include "common/SidePanel.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

QScrollArea* makeSidePanel(QWidget* parent, const QList<QWidget*>& contents)
{
    auto* side = new QWidget(parent);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 4, 0);
    for (QWidget* widget : contents)
        layout->addWidget(widget);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the controls (never clipped), narrow enough to leave room for the plots.
    const int controls = side->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4;
    scroll->setMinimumWidth(std::max(260, controls));
    scroll->setMaximumWidth(400);
    return scroll;
}
