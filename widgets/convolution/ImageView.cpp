#include "convolution/ImageView.h"

#include "convolution/ValueText.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr double maximumPixelScale = 240; // screen pixels per image pixel, fully zoomed in
constexpr double wheelFactor = 1.25;      // per wheel notch
constexpr double minimumMark = 10;        // screen pixels: a mark is never drawn smaller

} // namespace

ImageView::ImageView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Click a pixel to see how it is computed. Wheel: zoom (values appear close in); "
                  "drag: pan; double-click: fit the whole image."));
}

void ImageView::setImage(const QImage& display, std::shared_ptr<const neurone::Image> values)
{
    const bool sameSize = display.size() == display_.size();
    const QPointF fraction = centreFraction(); // of the previous image
    display_ = display;
    values_ = std::move(values);
    if (values_ && (values_->width() != display_.width() || values_->height() != display_.height()))
        values_.reset();
    if (!sameSize) {
        centre_ = QPointF(fraction.x() * display_.width(), fraction.y() * display_.height());
        clampCentre();
    }
    update();
}

void ImageView::clearImage(const QString& emptyText)
{
    display_ = {};
    values_.reset();
    marks_.clear();
    emptyText_ = emptyText;
    update();
}

void ImageView::setMarks(const QList<Mark>& marks)
{
    marks_ = marks;
    update();
}

void ImageView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    update();
}

double ImageView::fitScale() const
{
    if (display_.isNull())
        return 1;
    const double margin = 8;
    return std::max(1e-3, std::min((width() - margin) / display_.width(), (height() - margin) / display_.height()));
}

double ImageView::maximumZoom() const { return std::max(1.0, maximumPixelScale / fitScale()); }

double ImageView::pixelScale() const { return fitScale() * zoom_; }

QPointF ImageView::centreFraction() const
{
    if (display_.isNull())
        return {0.5, 0.5};
    return {centre_.x() / display_.width(), centre_.y() / display_.height()};
}

void ImageView::setView(double zoom, QPointF fraction)
{
    zoom_ = std::clamp(zoom, 1.0, maximumZoom());
    centre_ = QPointF(fraction.x() * display_.width(), fraction.y() * display_.height());
    clampCentre();
    update();
}

void ImageView::fit()
{
    zoom_ = 1;
    centre_ = QPointF(display_.width() / 2.0, display_.height() / 2.0);
    update();
    emit viewChanged(zoom_, centreFraction());
}

void ImageView::clampCentre()
{
    const double scale = pixelScale();
    auto clampAxis = [scale](double centre, double extent, double widgetExtent) {
        const double half = widgetExtent / (2 * scale);
        if (extent <= 2 * half)
            return extent / 2;
        return std::clamp(centre, half, extent - half);
    };
    centre_.setX(clampAxis(centre_.x(), display_.width(), width()));
    centre_.setY(clampAxis(centre_.y(), display_.height(), height()));
}

QPointF ImageView::toWidget(QPointF imagePoint) const
{
    return QPointF(width() / 2.0, height() / 2.0) + (imagePoint - centre_) * pixelScale();
}

QPointF ImageView::toImage(QPointF widgetPoint) const
{
    return centre_ + (widgetPoint - QPointF(width() / 2.0, height() / 2.0)) / pixelScale();
}

void ImageView::ensureVisible(const QRect& area)
{
    if (display_.isNull())
        return;
    const QRectF onScreen(toWidget(area.topLeft()), toWidget(area.bottomRight() + QPoint(1, 1)));
    if (rect().contains(onScreen.toAlignedRect()))
        return;
    centre_ = QRectF(area.topLeft(), area.bottomRight() + QPoint(1, 1)).center();
    clampCentre();
    update();
    emit viewChanged(zoom_, centreFraction());
}

void ImageView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), style_.dark ? QColor(0x18, 0x1a, 0x20) : QColor(0xe4, 0xe6, 0xea));
    if (display_.isNull()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        return;
    }
    const double scale = pixelScale();
    const QPointF topLeft = toImage(QPointF(0, 0));
    const QPointF bottomRight = toImage(QPointF(width(), height()));
    const int x0 = std::max(0, int(std::floor(topLeft.x())));
    const int y0 = std::max(0, int(std::floor(topLeft.y())));
    const int x1 = std::min(display_.width(), int(std::ceil(bottomRight.x())));
    const int y1 = std::min(display_.height(), int(std::ceil(bottomRight.y())));
    if (x1 > x0 && y1 > y0) {
        const QRect source(x0, y0, x1 - x0, y1 - y0);
        const QRectF target(toWidget(QPointF(x0, y0)), QSizeF(source.width() * scale, source.height() * scale));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1); // square pixels when enlarged
        painter.drawImage(target, display_, source);
        if (scale >= valueThreshold)
            paintValues(painter, source);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(style_.grid(), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(toWidget(QPointF(0, 0)), toWidget(QPointF(display_.width(), display_.height()))));
    paintMarks(painter);
}

void ImageView::paintValues(QPainter& painter, const QRect& visible) const
{
    if (!values_)
        return;
    const double scale = pixelScale();
    const bool colour = values_->channelCount() >= 3;
    const int lines = colour ? 3 : 1;
    if (colour && scale < 1.6 * valueThreshold)
        return; // three numbers need more room
    // The texts first: the widest one decides the font size, the same for every pixel.
    QList<QStringList> texts;
    QString widest;
    for (int y = visible.top(); y <= visible.bottom(); ++y)
        for (int x = visible.left(); x <= visible.right(); ++x) {
            QStringList text;
            for (int c = 0; c < lines; ++c) {
                text << valueText(values_->channels[std::size_t(c)](y, x), 1);
                if (text.last().size() > widest.size())
                    widest = text.last();
            }
            texts.append(text);
        }
    QFont font = painter.font();
    font.setPixelSize(100);
    const double width100 = QFontMetricsF(font).horizontalAdvance(widest);
    const double byHeight = scale * (lines == 1 ? 0.42 : 0.27);
    font.setPixelSize(std::max(6, int(std::min(byHeight, 100 * scale * 0.9 / std::max(1.0, width100)))));
    painter.setFont(font);
    int index = 0;
    for (int y = visible.top(); y <= visible.bottom(); ++y)
        for (int x = visible.left(); x <= visible.right(); ++x) {
            const QRectF cell(toWidget(QPointF(x, y)), QSizeF(scale, scale));
            const QColor shown = display_.pixelColor(x, y);
            painter.setPen(qGray(shown.rgb()) > 140 ? QColor(Qt::black) : QColor(Qt::white));
            painter.drawText(cell, Qt::AlignCenter, texts[index++].join('\n'));
        }
}

void ImageView::paintMarks(QPainter& painter) const
{
    const double width = style_.projector ? 4 : 2.5;
    for (const Mark& mark : marks_) {
        QRectF area(toWidget(mark.area.topLeft()), toWidget(mark.area.bottomRight() + QPoint(1, 1)));
        if (area.width() < minimumMark || area.height() < minimumMark) // still visible on a projector
            area = QRectF(area.center() - QPointF(minimumMark, minimumMark) / 2, QSizeF(minimumMark, minimumMark));
        painter.setPen(QPen(style_.dark ? QColor(Qt::black) : QColor(Qt::white), width + 2.5));
        painter.drawRect(area);
        painter.setPen(QPen(mark.colour, width));
        painter.drawRect(area);
    }
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    if (display_.isNull())
        return;
    const QPoint delta = event->angleDelta();
    const double notches = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
    const QPointF under = toImage(event->position());
    zoom_ = std::clamp(zoom_ * std::pow(wheelFactor, notches), 1.0, maximumZoom());
    centre_ = under - (event->position() - QPointF(width() / 2.0, height() / 2.0)) / pixelScale();
    clampCentre();
    update();
    emit viewChanged(zoom_, centreFraction());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    pressed_ = true;
    dragging_ = false;
    pressPosition_ = event->position().toPoint();
    pressCentre_ = centre_;
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (!pressed_ || display_.isNull())
        return;
    const QPoint moved = event->position().toPoint() - pressPosition_;
    if (!dragging_ && moved.manhattanLength() < 4)
        return;
    dragging_ = true;
    setCursor(Qt::ClosedHandCursor);
    centre_ = pressCentre_ - QPointF(moved) / pixelScale();
    clampCentre();
    update();
    emit viewChanged(zoom_, centreFraction());
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !pressed_)
        return;
    pressed_ = false;
    setCursor(Qt::CrossCursor);
    if (dragging_ || display_.isNull())
        return;
    const QPointF at = toImage(event->position());
    const int col = int(std::floor(at.x())), row = int(std::floor(at.y()));
    if (row >= 0 && col >= 0 && row < display_.height() && col < display_.width())
        emit pixelClicked(row, col);
}

void ImageView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        fit();
}

void ImageView::resizeEvent(QResizeEvent*) { clampCentre(); }
