#include "training/FeatureMapsView.h"

#include "training/WeightImagesViewTiles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace {

constexpr int smallestTile = 40; // screen pixels: a map is still readable
constexpr int largestTile = 96;

// Each map on its own symmetric scale ±max|a|: a map with small values still shows its shape.
float mapRange(const neurone::Plane& map) { return map.size() > 0 ? map.abs().maxCoeff() : 0.0f; }

} // namespace

FeatureMapsView::FeatureMapsView(QWidget* parent)
    : QWidget(parent),
      pages_(new QStackedWidget(this)),
      empty_(new QLabel(this)),
      index_(new QSpinBox(this)),
      prediction_(new QLabel(this)),
      image_(new WeightImagesViewTileGrid(this)),
      legend_(new QLabel(this)),
      content_(new QWidget(this)),
      rowsLayout_(new QVBoxLayout)
{
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    index_->setToolTip(tr("Which test image goes through the network"));
    image_->setFitToArea(false);
    image_->setTileSideRange(112, 112);
    legend_->setWordWrap(true);
    legend_->setText(tr("Each map on its own scale: red positive, white 0, blue negative (the deeper, "
                        "the nearer the map's largest |value|)."));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Test image"), this));
    top->addWidget(index_);
    top->addSpacing(12);
    top->addWidget(prediction_, 1);

    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->addWidget(image_);
    contentLayout->addWidget(legend_);
    contentLayout->addLayout(rowsLayout_);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content_);

    auto* filled = new QWidget(this);
    auto* layout = new QVBoxLayout(filled);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    pages_->addWidget(empty_);
    pages_->addWidget(filled);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(pages_);

    connect(index_, &QSpinBox::valueChanged, this, [this] { showMaps(); });
    clear();
}

void FeatureMapsView::setNetwork(const neurone::Sequential& network, neurone::Shape input)
{
    network_ = network;
    network_->setTraining(false);
    input_ = input;
    refresh();
}

void FeatureMapsView::setImages(const neurone::Dataset& images)
{
    images_ = images;
    refresh();
}

void FeatureMapsView::clear()
{
    network_.reset();
    images_ = {};
    maps_.clear();
    rebuildRows();
    showEmpty(tr("Train or load a model with convolutions to see the feature maps of a test image."));
}

void FeatureMapsView::showEmpty(const QString& text)
{
    empty_->setText(text);
    pages_->setCurrentIndex(0);
}

// Checks that the images fit the network and that it has image-shaped layers.
void FeatureMapsView::refresh()
{
    maps_.clear();
    if (!network_ || images_.empty()) {
        rebuildRows();
        showEmpty(tr("Train or load a model with convolutions, on an image set, to see its feature maps."));
        return;
    }
    if (images_.shape() != input_) {
        rebuildRows();
        showEmpty(tr("These images do not fit the model's input."));
        return;
    }
    const QSignalBlocker block(index_);
    index_->setRange(0, int(images_.size()) - 1);
    showMaps();
}

void FeatureMapsView::setImageIndex(int index) { index_->setValue(index); }

int FeatureMapsView::imageIndex() const { return index_->value(); }

void FeatureMapsView::showMaps()
{
    if (!network_ || images_.empty() || images_.shape() != input_)
        return;
    const std::uint32_t sample[1] = {std::uint32_t(std::clamp(index_->value(), 0, int(images_.size()) - 1))};
    const neurone::Batch x = images_.features(sample);
    const std::size_t previousRows = maps_.size();
    try {
        maps_ = neurone::featureMaps(*network_, input_, x);
    } catch (const std::invalid_argument& error) {
        maps_.clear();
        rebuildRows();
        showEmpty(tr("These images do not fit the model: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    if (maps_.empty()) {
        rebuildRows();
        showEmpty(tr("This model has no layer whose output is an image (no convolution or pooling): "
                     "its layers' outputs are plain numbers, with no maps to show."));
        return;
    }
    if (maps_.size() != previousRows || rows_.size() != maps_.size())
        rebuildRows();

    const int predicted = neurone::predictedClasses(network_->predict(x)).front();
    const auto name = [this](int cls) {
        const auto& names = images_.classNames();
        return cls >= 0 && std::size_t(cls) < names.size() ? QString::fromStdString(names[std::size_t(cls)])
                                                           : QString::number(cls);
    };
    const int truth = images_.label(sample[0]);
    prediction_->setText(tr("true class: %1 · predicted: %2").arg(name(truth), name(predicted)));
    image_->setTiles({greyImage(neurone::Plane(Eigen::Map<const neurone::Plane>(x.data(), input_.height, input_.width)))},
                     {tr("image %1").arg(sample[0])}, {predicted != truth});

    for (std::size_t r = 0; r < maps_.size(); ++r) {
        const neurone::LayerMaps& layer = maps_[r];
        QList<QImage> pictures;
        QStringList titles;
        for (std::size_t c = 0; c < layer.maps.size(); ++c) {
            pictures << divergingImage(layer.maps[c], mapRange(layer.maps[c]));
            titles << QString::number(c + 1);
        }
        rows_[r].title->setText(tr("Layer %1 · %2 → %3 maps of %4×%5")
                                    .arg(layer.layerIndex + 1)
                                    .arg(QString::fromStdString(layer.description))
                                    .arg(layer.shape.channels)
                                    .arg(layer.shape.height)
                                    .arg(layer.shape.width));
        rows_[r].tiles->setTiles(pictures, titles);
    }
    pages_->setCurrentIndex(1);
}

// One title and one tile grid per image-shaped layer.
void FeatureMapsView::rebuildRows()
{
    for (const Row& row : rows_) {
        delete row.title;
        delete row.tiles;
    }
    rows_.clear();
    for (std::size_t r = 0; r < maps_.size(); ++r) {
        Row row{new QLabel(content_), new WeightImagesViewTileGrid(content_)};
        QFont bold = style_.font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.tiles->setFitToArea(false);
        row.tiles->setTileSideRange(smallestTile, largestTile);
        row.tiles->setViewStyle(style_);
        rowsLayout_->addWidget(row.title);
        rowsLayout_->addWidget(row.tiles);
        rows_.push_back(row);
    }
}

void FeatureMapsView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    setPalette(style.palette());
    setFont(style.font());
    image_->setViewStyle(style);
    for (const Row& row : rows_) {
        QFont bold = style.font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.tiles->setViewStyle(style);
    }
}

int FeatureMapsView::tileCount(int layerRow) const { return rows_.at(std::size_t(layerRow)).tiles->tileCount(); }

QString FeatureMapsView::layerTitle(int layerRow) const { return rows_.at(std::size_t(layerRow)).title->text(); }

QString FeatureMapsView::predictionText() const { return prediction_->text(); }

bool FeatureMapsView::isEmpty() const { return pages_->currentIndex() == 0; }

QString FeatureMapsView::emptyText() const { return empty_->text(); }
