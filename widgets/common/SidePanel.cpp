#include "common/SidePanel.h"

#include <QEvent>

#include <algorithm>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// A scroll area as wide as its controls need, within 260…330 pixels so the plots keep their room
// and the window still fits the screen. Wider controls (projector mode's large fonts) scroll
// sideways instead of being clipped.
class SidePanelArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        const int controls = widget() ? widget()->minimumSizeHint().width() : 0;
        const int wanted = controls + verticalScrollBar()->sizeHint().width() + 4;
        return {std::clamp(wanted, narrowest, widest), QScrollArea::minimumSizeHint().height()};
    }

    void fitControls()
    {
        setMaximumWidth(std::max(usualWidest, minimumSizeHint().width()));
        updateGeometry();
    }

protected:
    void changeEvent(QEvent* event) override
    {
        QScrollArea::changeEvent(event);
        // The children take the new font after this event: measure them once they have.
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            QTimer::singleShot(0, this, [this] { fitControls(); });
    }

private:
    static constexpr int narrowest = 260;
    static constexpr int usualWidest = 400;
    static constexpr int widest = 330;
};

} // namespace

QScrollArea* makeSidePanel(QWidget* parent, const QList<QWidget*>& contents)
{
    auto* side = new QWidget(parent);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 4, 0);
    for (QWidget* widget : contents)
        layout->addWidget(widget);
    layout->addStretch(1);
    auto* scroll = new SidePanelArea(parent);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->fitControls();
    return scroll;
}
