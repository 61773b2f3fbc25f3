#include "training/WeightImagesViewTiles.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr int gap = 8; // between tiles

QColor blend(const QColor& from, const QColor& to, double t)
{
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()), mix(from.blue(), to.blue()));
}

const QColor negativeColour(0x21, 0x66, 0xac); // ColorBrewer RdBu ends
const QColor positiveColour(0xb2, 0x18, 0x2b);

} // namespace

QColor divergingColour(float value, float range)
{
    if (!(range > 0) || !std::isfinite(value))
        return Qt::white;
    const double t = std::clamp(double(value) / range, -1.0, 1.0);
    return t < 0 ? blend(Qt::white, negativeColour, -t) : blend(Qt::white, positiveColour, t);
}

QImage divergingImage(const neurone::Plane& plane, float range)
{
    QImage image(int(plane.cols()), int(plane.rows()), QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = divergingColour(plane(y, x), range).rgb();
    }
    return image;
}

QImage greyImage(const neurone::Plane& plane)
{
    QImage image(int(plane.cols()), int(plane.rows()), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(std::clamp(std::lround(plane(y, x) * 255.0f), 0L, 255L));
    }
    return image;
}

WeightImagesViewTileGrid::WeightImagesViewTileGrid(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WeightImagesViewTileGrid::setTiles(const QList<QImage>& images, const QStringList& titles, const QList<bool>& marked)
{
    images_ = images;
    titles_ = titles;
    marked_ = marked;
    updateGeometry();
    update();
}

void WeightImagesViewTileGrid::setTileSideRange(int smallest, int largest)
{
    smallestSide_ = std::max(4, smallest);
    largestSide_ = std::max(smallestSide_, largest);
    updateGeometry();
    update();
}

void WeightImagesViewTileGrid::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    setFont(style.font());
    updateGeometry();
    update();
}

int WeightImagesViewTileGrid::titleHeight() const { return titles_.isEmpty() ? 0 : fontMetrics().height() + 4; }

int WeightImagesViewTileGrid::cellWidth(const Layout& layout) const
{
    return layout.side + gap;
}

// Fit: the largest side for which every tile fits the area; otherwise the fixed scale.
WeightImagesViewTileGrid::Layout WeightImagesViewTileGrid::layoutFor(QSize area) const
{
    Layout layout;
    const int n = int(images_.size());
    if (n == 0)
        return layout;
    const int imageSide = std::max(images_.front().width(), images_.front().height());
    if (!fit_) {
        layout.side = std::clamp((area.width() + gap) / n - gap, smallestSide_, largestSide_);
        layout.columns = std::clamp((area.width() + gap) / (layout.side + gap), 1, n);
        return layout;
    }
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const int byWidth = (area.width() + gap) / columns - gap;
        const int byHeight = (area.height() + gap) / rows - gap - titleHeight();
        const int side = std::min(byWidth, byHeight);
        if (side > layout.side) {
            layout.side = side;
            layout.columns = columns;
        }
    }
    // Whole multiples of the image's pixels keep every weight a crisp square.
    if (layout.side >= imageSide)
        layout.side -= layout.side % imageSide;
    layout.side = std::max(layout.side, 8);
    return layout;
}

int WeightImagesViewTileGrid::heightForWidth(int width) const
{
    const Layout layout = layoutFor(QSize(width, 0));
    const int n = int(images_.size());
    if (n == 0)
        return 0;
    const int rows = (n + layout.columns - 1) / layout.columns;
    return rows * (layout.side + titleHeight() + gap);
}

QSize WeightImagesViewTileGrid::sizeHint() const
{
    return fit_ ? QSize(600, 320) : QSize(600, heightForWidth(600));
}

QSize WeightImagesViewTileGrid::minimumSizeHint() const { return fit_ ? QSize(160, 120) : QSize(80, 40); }

void WeightImagesViewTileGrid::resizeEvent(QResizeEvent*)
{
    if (!fit_)
        setMinimumHeight(heightForWidth(width()));
}

void WeightImagesViewTileGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const Layout layout = layoutFor(size());
    const int n = int(images_.size());
    const int rows = n == 0 ? 0 : (n + layout.columns - 1) / layout.columns;
    const int usedWidth = layout.columns * (layout.side + gap) - gap;
    const int left = fit_ ? std::max(0, (width() - usedWidth) / 2) : 0;
    const int top = fit_ ? std::max(0, (height() - rows * (layout.side + titleHeight() + gap)) / 2) : 0;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int i = 0; i < n; ++i) {
        const QImage& image = images_[i];
        const int x = left + (i % layout.columns) * cellWidth(layout);
        const int y = top + (i / layout.columns) * (layout.side + titleHeight() + gap);
        const double scale = double(layout.side) / std::max(image.width(), image.height());
        const QRect target(x, y, int(image.width() * scale), int(image.height() * scale));
        painter.drawImage(target, image);
        const bool mark = i < marked_.size() && marked_[i];
        painter.setPen(QPen(mark ? style_.warning() : style_.grid(), mark ? 3 : 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(0, 0, -1, -1));
        if (i < titles_.size()) {
            painter.setPen(style_.foreground());
            const QRect titleBox(x - gap / 2, target.bottom() + 2, layout.side + gap, titleHeight());
            painter.drawText(titleBox, Qt::AlignHCenter | Qt::AlignTop,
                             fontMetrics().elidedText(titles_[i], Qt::ElideRight, titleBox.width()));
        }
    }
}

WeightImagesViewColourBar::WeightImagesViewColourBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void WeightImagesViewColourBar::setRange(float range)
{
    range_ = range;
    update();
}

void WeightImagesViewColourBar::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    setFont(style.font());
    updateGeometry();
    update();
}

QSize WeightImagesViewColourBar::sizeHint() const { return {300, 14 + fontMetrics().height() + 4}; }

void WeightImagesViewColourBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int barWidth = std::min(width() - 20, 360);
    const QRect bar((width() - barWidth) / 2, 0, barWidth, 12);
    for (int x = 0; x < bar.width(); ++x) {
        const float value = range_ * (2.0f * float(x) / float(std::max(1, bar.width() - 1)) - 1.0f);
        painter.setPen(divergingColour(value, range_));
        painter.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
    }
    painter.setPen(style_.grid());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(style_.foreground());
    const QRect labels(bar.left() - 40, bar.bottom() + 3, bar.width() + 80, fontMetrics().height());
    const QString magnitude = QString::number(double(range_), 'g', 3);
    painter.drawText(labels, Qt::AlignLeft, QStringLiteral("−%1").arg(magnitude));
    painter.drawText(labels, Qt::AlignHCenter, QStringLiteral("0"));
    painter.drawText(labels, Qt::AlignRight, QStringLiteral("+%1").arg(magnitude));
}
