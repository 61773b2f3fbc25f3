// The first layer's weights as pictures (seed 000's softmax "templates", seed 002's filters):
// a dense layer on an image shows one image per neuron (titled with its class name for the
// softmax model), a convolution one image per filter (and channel). One diverging scale for
// all: blue negative, white 0, red positive, ±max|w| (engine: inspect/WeightImages.h).
#pragma once

#include "common/ViewStyle.h"
#include "core/Tensor.h"
#include "nn/Sequential.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QStackedWidget;
class WeightImagesViewColourBar;
class WeightImagesViewTileGrid;

class WeightImagesView : public QWidget {
    Q_OBJECT
public:
    explicit WeightImagesView(QWidget* parent = nullptr);

    // The network's first weighted layer; `classNames` title the templates of a dense layer
    // whose neurons are the classes (the softmax model).
    void setNetwork(const neurone::Sequential& network, neurone::Shape input,
                    const std::vector<std::string>& classNames = {});
    void clear();
    void setViewStyle(const ViewStyle& style);

    int tileCount() const;
    QStringList tileTitles() const;
    float colourRange() const;
    bool isEmpty() const;
    QString emptyText() const;

private:
    QStackedWidget* pages_;
    QLabel* empty_;
    QLabel* caption_;
    WeightImagesViewTileGrid* tiles_;
    WeightImagesViewColourBar* bar_;
};
