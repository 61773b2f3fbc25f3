// A zoomable view of an image's pixels, drawn nearest-neighbour so every pixel stays a square:
// the wheel zooms around the cursor, dragging pans, a double-click fits the whole image. Close in
// (a pixel ≥ 28 screen pixels) each pixel shows its value. Marks outline the selected pixel, its
// receptive field or a pooling window; they may reach into the zero padding around the image.
#pragma once

#include "common/ViewStyle.h"
#include "conv/Image.h"

#include <QImage>
#include <QWidget>

#include <memory>

class ImageView : public QWidget {
    Q_OBJECT
public:
    struct Mark {
        QRect area; // in image pixels
        QColor colour;
    };

    explicit ImageView(QWidget* parent = nullptr);

    // `values` (optional) are the numbers written in the pixels when zoomed in.
    void setImage(const QImage& display, std::shared_ptr<const neurone::Image> values);
    // No image: the view says `emptyText`.
    void clearImage(const QString& emptyText);
    bool hasImage() const { return !display_.isNull(); }
    QSize imageSize() const { return display_.size(); }
    const QImage& displayedImage() const { return display_; }
    QString emptyText() const { return emptyText_; }

    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return marks_; }
    void setViewStyle(const ViewStyle& style);

    // The zoom is relative to "fit" (1 = the whole image in view); the centre is a fraction of
    // the image's width and height, so views of different sizes can follow each other.
    double zoom() const { return zoom_; }
    double maximumZoom() const;
    QPointF centreFraction() const;
    double pixelScale() const; // screen pixels per image pixel
    bool showsValues() const { return pixelScale() >= valueThreshold; }
    void setView(double zoom, QPointF centreFraction); // does not emit viewChanged
    // Pan so that `area` (image pixels) is in view; emits viewChanged when it moved.
    void ensureVisible(const QRect& area);
    QPointF toWidget(QPointF imagePoint) const;
    QPointF toImage(QPointF widgetPoint) const;

    static constexpr double valueThreshold = 28;

    QSize sizeHint() const override { return {420, 380}; }
    QSize minimumSizeHint() const override { return {160, 140}; }

public slots:
    void fit(); // emits viewChanged

signals:
    void pixelClicked(int row, int col);
    void viewChanged(double zoom, QPointF centreFraction); // by the user: wheel, drag, fit

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    double fitScale() const;
    void clampCentre();
    void paintValues(QPainter& painter, const QRect& visible) const;
    void paintMarks(QPainter& painter) const;

    QImage display_;
    std::shared_ptr<const neurone::Image> values_;
    QString emptyText_;
    QList<Mark> marks_;
    ViewStyle style_;
    double zoom_ = 1;
    QPointF centre_; // image point at the middle of the widget
    QPoint pressPosition_;
    QPointF pressCentre_;
    bool pressed_ = false;
    bool dragging_ = false;
};
