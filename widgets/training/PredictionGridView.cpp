#include "training/PredictionGridView.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr int gap = 10; // between tiles

// Row `row` of `pixels` [n × C·H·W] (values 0…1) as a grey or colour image.
QImage sampleImage(const neurone::Batch& pixels, Eigen::Index row, neurone::Shape shape)
{
    const bool colour = shape.channels >= 3;
    QImage image(shape.width, shape.height, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    const int area = shape.height * shape.width;
    auto level = [&](int channel, int p) {
        return int(std::clamp(std::lround(pixels(row, channel * area + p) * 255.0f), 0L, 255L));
    };
    for (int y = 0; y < shape.height; ++y)
        for (int x = 0; x < shape.width; ++x) {
            const int p = y * shape.width + x;
            if (colour)
                reinterpret_cast<QRgb*>(image.scanLine(y))[x] = qRgb(level(0, p), level(1, p), level(2, p));
            else
                image.scanLine(y)[x] = uchar(level(0, p));
        }
    return image;
}

} // namespace

PredictionGridView::PredictionGridView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    clear();
}

void PredictionGridView::setPredictions(const neurone::Dataset& test, const std::vector<int>& predicted)
{
    tiles_.clear();
    classNames_.clear();
    const neurone::Shape shape = test.shape();
    if (shape.height <= 1 || shape.width <= 1) {
        emptyText_ = tr("The prediction grid shows images; %1 is a set of points with %n features "
                        "(see its decision regions).", nullptr, test.featureCount())
                         .arg(QString::fromStdString(test.name()));
        update();
        return;
    }
    for (const std::string& name : test.classNames())
        classNames_ << QString::fromStdString(name);
    const std::size_t count = std::min({std::size_t(shownMost), test.size(), predicted.size()});
    std::vector<std::uint32_t> first(count);
    for (std::size_t i = 0; i < count; ++i)
        first[i] = std::uint32_t(i);
    const neurone::Batch pixels = test.features(first);
    for (std::size_t i = 0; i < count; ++i)
        tiles_.append({sampleImage(pixels, Eigen::Index(i), shape), predicted[i], test.label(i)});
    emptyText_ = tiles_.isEmpty() ? tr("There are no test predictions to show yet.") : QString();
    update();
}

void PredictionGridView::clear()
{
    tiles_.clear();
    emptyText_ = tr("Train or load a model on an image set to see its predictions on 40 test images.");
    update();
}

void PredictionGridView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    setFont(style.font());
    update();
}

int PredictionGridView::errorCount() const
{
    return int(std::count_if(tiles_.begin(), tiles_.end(), [](const Tile& t) { return t.predicted != t.truth; }));
}

QString PredictionGridView::className(int cls) const { return classNames_.value(cls, QString::number(cls)); }

QString PredictionGridView::caption() const
{
    return tr("%n error(s) among these %1 test images — under each: predicted (true)", nullptr, errorCount())
        .arg(shownCount());
}

QString PredictionGridView::tileText(int index) const
{
    const Tile& tile = tiles_.at(index);
    return tr("%1 (%2)").arg(className(tile.predicted), className(tile.truth));
}

void PredictionGridView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), style_.background());
    painter.setPen(style_.foreground());
    if (tiles_.isEmpty()) {
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const int captionHeight = metrics.height() + 10;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);

    // Two lines under each image: the prediction, then the truth in brackets.
    const int textHeight = 2 * metrics.height() + 4;
    const int cellWidth = (width() - gap) / columns;
    const int side = std::max(8, std::min(cellWidth - gap, (height() - captionHeight) / rows - textHeight - gap));
    const int cellHeight = side + textHeight + gap;
    const int left = (width() - columns * cellWidth) / 2;
    // The caption and the grid as one block, centred.
    const int captionTop = std::max(0, (height() - captionHeight - rows * cellHeight) / 2);
    const int top = captionTop + captionHeight;
    painter.drawText(QRect(0, captionTop, width(), captionHeight), Qt::AlignCenter, caption());
    painter.setFont(font());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int i = 0; i < tiles_.size(); ++i) {
        const Tile& tile = tiles_[i];
        const bool error = tile.predicted != tile.truth;
        const int cellX = left + (i % columns) * cellWidth;
        const int cellY = top + (i / columns) * cellHeight;
        const QRect image(cellX + (cellWidth - side) / 2, cellY + gap / 2, side, side);
        painter.drawImage(image, tile.image);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(error ? QPen(style_.warning(), style_.projector ? 5 : 3) : QPen(style_.grid(), 1));
        painter.drawRect(error ? image.adjusted(-2, -2, 1, 1) : image.adjusted(0, 0, -1, -1));
        painter.setPen(error ? style_.warning() : style_.foreground());
        const QRect text(cellX, image.bottom() + 4, cellWidth, textHeight);
        const QString lines[2] = {className(tile.predicted), tr("(%1)").arg(className(tile.truth))};
        for (int line = 0; line < 2; ++line)
            painter.drawText(text.adjusted(0, line * metrics.height(), 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                             metrics.elidedText(lines[line], Qt::ElideRight, cellWidth));
    }
}
