// What the weight and feature-map views share: planes of numbers drawn as small images on a
// diverging scale (blue −range, white 0, red +range, as the course's weight pictures), a grid
// of titled tiles, and the colour bar that reads the scale.
#pragma once

#include "common/ViewStyle.h"
#include "conv/Image.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

// blue (−range) → white (0) → red (+range); values beyond the range saturate.
QColor divergingColour(float value, float range);
QImage divergingImage(const neurone::Plane& plane, float range);
// Values 0 … 1 as grey levels 0 … 255 (a dataset image as it was photographed).
QImage greyImage(const neurone::Plane& plane);

// Titled tiles in rows. Fit mode: as large as the widget allows (the weights); otherwise the
// tiles share the width, between a smallest and a largest side, and rows wrap when they must
// (feature maps).
class WeightImagesViewTileGrid : public QWidget {
    Q_OBJECT
public:
    explicit WeightImagesViewTileGrid(QWidget* parent = nullptr);

    void setTiles(const QList<QImage>& images, const QStringList& titles, const QList<bool>& marked = {});
    void setFitToArea(bool fit) { fit_ = fit; updateGeometry(); update(); }
    // Screen pixels of a tile's side outside fit mode.
    void setTileSideRange(int smallest, int largest);
    void setViewStyle(const ViewStyle& style);
    int tileCount() const { return int(images_.size()); }
    const QStringList& titles() const { return titles_; }

    bool hasHeightForWidth() const override { return !fit_; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Layout {
        int side = 0; // screen pixels of a tile's longer image side
        int columns = 1;
    };
    Layout layoutFor(QSize area) const;
    int titleHeight() const;
    int cellWidth(const Layout& layout) const;

    QList<QImage> images_;
    QStringList titles_;
    QList<bool> marked_;
    ViewStyle style_;
    bool fit_ = true;
    int smallestSide_ = 40;
    int largestSide_ = 96;
};

// A horizontal bar of the diverging scale with −range, 0 and +range written under it.
class WeightImagesViewColourBar : public QWidget {
    Q_OBJECT
public:
    explicit WeightImagesViewColourBar(QWidget* parent = nullptr);
    void setRange(float range);
    float range() const { return range_; }
    void setViewStyle(const ViewStyle& style);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    float range_ = 1;
    ViewStyle style_;
};
