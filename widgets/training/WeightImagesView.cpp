#include "training/WeightImagesView.h"

#include "inspect/WeightImages.h"
#include "training/WeightImagesViewTiles.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString unitTitle(const neurone::WeightImages& images, int unit, int channel,
                  const std::vector<std::string>& classNames)
{
    const bool named = images.kind == neurone::WeightImageKind::DenseTemplates &&
                       int(classNames.size()) == images.units;
    QString title = named ? QString::fromStdString(classNames[std::size_t(unit)])
                          : images.kind == neurone::WeightImageKind::ConvFilters
                                ? WeightImagesView::tr("filter %1").arg(unit + 1)
                                : WeightImagesView::tr("neuron %1").arg(unit + 1);
    if (images.channels > 1)
        title += WeightImagesView::tr(", channel %1").arg(channel + 1);
    return title;
}

} // namespace

WeightImagesView::WeightImagesView(QWidget* parent)
    : QWidget(parent),
      pages_(new QStackedWidget(this)),
      empty_(new QLabel(this)),
      caption_(new QLabel(this)),
      tiles_(new WeightImagesViewTileGrid(this)),
      bar_(new WeightImagesViewColourBar(this))
{
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    caption_->setWordWrap(true);
    auto* filled = new QWidget(this);
    auto* layout = new QVBoxLayout(filled);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption_);
    layout->addWidget(tiles_, 1);
    layout->addWidget(bar_);
    pages_->addWidget(empty_);
    pages_->addWidget(filled);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(pages_);
    clear();
}

void WeightImagesView::setNetwork(const neurone::Sequential& network, neurone::Shape input,
                                  const std::vector<std::string>& classNames)
{
    const neurone::WeightImages images = neurone::firstLayerWeightImages(network, input);
    if (images.empty()) {
        empty_->setText(tr("The first layer's weights cannot be drawn as images: %1.")
                            .arg(QString::fromStdString(images.refusal)));
        tiles_->setTiles({}, {});
        pages_->setCurrentIndex(0);
        return;
    }
    const float range = neurone::symmetricRange(images.planes);
    QList<QImage> pictures;
    QStringList titles;
    for (int unit = 0; unit < images.units; ++unit)
        for (int c = 0; c < images.channels; ++c) {
            pictures << divergingImage(images.plane(unit, c), range);
            titles << unitTitle(images, unit, c, classNames);
        }
    tiles_->setTiles(pictures, titles);
    bar_->setRange(range);
    const neurone::Plane& first = images.planes.front();
    caption_->setText(images.kind == neurone::WeightImageKind::DenseTemplates
                          ? tr("Each neuron's %1 weights drawn as a %2×%3 image: red pixels push its output up, "
                               "blue ones down. For the softmax model each neuron is a class's template.")
                                .arg(first.size()).arg(first.rows()).arg(first.cols())
                          : tr("The %1 filters of the first convolution (%2×%3): red weights add the pixel "
                               "under them, blue ones subtract it.")
                                .arg(images.units).arg(first.rows()).arg(first.cols()));
    pages_->setCurrentIndex(1);
}

void WeightImagesView::clear()
{
    tiles_->setTiles({}, {});
    empty_->setText(tr("Train or load a model on images to see its first layer's weights as pictures."));
    pages_->setCurrentIndex(0);
}

void WeightImagesView::setViewStyle(const ViewStyle& style)
{
    setPalette(style.palette());
    setFont(style.font());
    tiles_->setViewStyle(style);
    bar_->setViewStyle(style);
}

int WeightImagesView::tileCount() const { return tiles_->tileCount(); }

QStringList WeightImagesView::tileTitles() const { return tiles_->titles(); }

float WeightImagesView::colourRange() const { return bar_->range(); }

bool WeightImagesView::isEmpty() const { return pages_->currentIndex() == 0; }

QString WeightImagesView::emptyText() const { return empty_->text(); }
