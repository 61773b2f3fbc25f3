// The feature maps of one test image (seed 002, seed 003): the image chosen with a spin box,
// then every layer whose output is an image (a convolution, its activation, a pooling) as a
// row of maps, one per channel, on the diverging scale of the weights (blue −, white 0,
// red +), each map on its own range ±max|a| so that faint maps still show their shape. The engine runs the layers (inspect/FeatureMaps.h).
#pragma once

#include "common/ViewStyle.h"
#include "data/Dataset.h"
#include "inspect/FeatureMaps.h"
#include "nn/Sequential.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;
class WeightImagesViewTileGrid;

class FeatureMapsView : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapsView(QWidget* parent = nullptr);

    // A copy of the network is kept (the view runs it on the chosen image).
    void setNetwork(const neurone::Sequential& network, neurone::Shape input);
    void setImages(const neurone::Dataset& images);
    void clear();
    void setViewStyle(const ViewStyle& style);

    void setImageIndex(int index);
    int imageIndex() const;
    // What is shown: the image-shaped layers and their maps.
    const std::vector<neurone::LayerMaps>& layers() const { return maps_; }
    int layerRowCount() const { return int(rows_.size()); }
    int tileCount(int layerRow) const;
    QString layerTitle(int layerRow) const;
    QString predictionText() const;
    bool isEmpty() const;
    QString emptyText() const;

private:
    void refresh();
    void showEmpty(const QString& text);
    void rebuildRows();
    void showMaps();

    struct Row {
        QLabel* title;
        WeightImagesViewTileGrid* tiles;
    };

    std::optional<neurone::Sequential> network_;
    neurone::Shape input_;
    neurone::Dataset images_;
    std::vector<neurone::LayerMaps> maps_;
    ViewStyle style_;

    QStackedWidget* pages_;
    QLabel* empty_;
    QSpinBox* index_;
    QLabel* prediction_;
    WeightImagesViewTileGrid* image_;
    QLabel* legend_;
    QWidget* content_;
    QVBoxLayout* rowsLayout_;
    std::vector<Row> rows_;
};
