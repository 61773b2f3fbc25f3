#include "convolution/FilterChainView.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int arrowGap = 30;
constexpr int margin = 2;

} // namespace

FilterChainView::FilterChainView(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(tr("The chain: each stage with its dimensions width × height × channels"));
}

void FilterChainView::setStages(const QList<Stage>& stages)
{
    stages_ = stages;
    updateGeometry();
    update();
}

QString FilterChainView::text() const
{
    QStringList parts;
    for (const Stage& stage : stages_)
        parts << stage.text;
    return parts.join(" → ");
}

void FilterChainView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    updateGeometry();
    update();
}

QList<QRect> FilterChainView::layoutBoxes(int width) const
{
    const QFontMetrics metrics(font());
    const int padX = metrics.averageCharWidth(), boxHeight = metrics.height() + metrics.height() / 2 + 2;
    QList<QRect> boxes;
    int x = margin, y = margin;
    for (const Stage& stage : stages_) {
        const int w = metrics.horizontalAdvance(stage.text) + 2 * padX;
        if (x > margin + arrowGap && x + w > width - margin) { // wrap; the arrow leads into the new line
            x = margin + arrowGap;
            y += boxHeight + metrics.height() / 2;
        }
        boxes.append(QRect(x, y, w, boxHeight));
        x += w + arrowGap;
    }
    return boxes;
}

int FilterChainView::heightForWidth(int width) const
{
    const QList<QRect> boxes = layoutBoxes(width);
    return boxes.isEmpty() ? fontMetrics().height() : boxes.last().bottom() + 1 + margin;
}

QSize FilterChainView::sizeHint() const
{
    const QList<QRect> boxes = layoutBoxes(100000);
    const int width = boxes.isEmpty() ? 200 : boxes.last().right() + margin;
    return {width, heightForWidth(width)};
}

QSize FilterChainView::minimumSizeHint() const { return {200, heightForWidth(std::max(200, width()))}; }

void FilterChainView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> boxes = layoutBoxes(width());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dataColour = style_.series(0), operationColour = style_.series(1);
    for (int i = 0; i < boxes.size(); ++i) {
        const QRect box = boxes[i];
        const Stage& stage = stages_[i];
        QColor fill = stage.data ? dataColour : palette().color(QPalette::Base);
        if (stage.data)
            fill.setAlpha(style_.dark ? 90 : 45);
        painter.setPen(QPen(stage.data ? dataColour : operationColour, style_.projector ? 2.5 : 1.5));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, stage.text);
        if (i > 0) { // the arrow into this box, from the previous one or from the start of the line
            const QPointF to(box.left() - 5, box.center().y() + 0.5);
            const QPointF from = to - QPointF(arrowGap - 10, 0);
            painter.setPen(QPen(text, style_.projector ? 2.5 : 1.5));
            painter.drawLine(from, to);
            QPainterPath head;
            head.moveTo(to);
            head.lineTo(to + QPointF(-7, -4.5));
            head.lineTo(to + QPointF(-7, 4.5));
            head.closeSubpath();
            painter.fillPath(head, text);
        }
    }
}

void FilterChainView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}
