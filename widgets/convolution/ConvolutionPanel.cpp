#include "convolution/ConvolutionPanel.h"

#include "common/Sentence.h"
#include "convolution/ConvExercisePage.h"
#include "convolution/ConvFilterPage.h"
#include "convolution/ConvVolumePage.h"
#include "convolution/SampleImages.h"
#include "io/ImageFile.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Larger pictures are scaled down to this many pixels on their longest side: plenty for
// filtering by hand, and it keeps every stage of the chain small.
constexpr int workingSide = 2048;

neurone::Image workingCopy(neurone::Image image)
{
    if (std::max(image.width(), image.height()) <= workingSide)
        return image;
    const QImage scaled = io::toQImage(image, neurone::Normalization::Clip)
                              .scaled(workingSide, workingSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return io::imageFromQImage(scaled, io::ColourMode::Rgb);
}

} // namespace

ConvolutionPanel::ConvolutionPanel(QWidget* parent)
    : Panel(parent),
      tabs_(new QTabWidget(this)),
      filter_(new ConvFilterPage(this)),
      volume_(new ConvVolumePage(this)),
      exercise_(new ConvExercisePage(this)),
      imageBar_(new QWidget(this)),
      sample_(new QComboBox(this)),
      imageInfo_(new QLabel(this)),
      error_(new QLabel(this))
{
    addPage(filter_, "filter", tr("Filter and pool"),
            tr("An image through convolution, ReLU and pooling; click a pixel to see its multiply-add"));
    addPage(volume_, "volume", tr("Volume"),
            tr("One kernel per RGB channel, the channel sums and one bias (seed 004)"));
    addPage(exercise_, "exercise", tr("Exercise (seed 003)"),
            tr("The course's two-channel exercise, forward and backward, computed live"));

    auto* open = new QPushButton(tr("&Open image…"), imageBar_);
    open->setToolTip(tr("Open a PNG, JPEG, BMP, GIF or WebP image (File > Open, Ctrl+O), or drop one onto the panel"));
    sample_->addItem(tr("Pick a sample…"), QString());
    for (const SampleImage& sample : sampleImages())
        sample_->addItem(sample.title, sample.name);
    sample_->setToolTip(tr("Photographs and line drawings for edge detection, Fashion-MNIST and MNIST images"));
    error_->setWordWrap(true);
    error_->hide();
    auto* bar = new QHBoxLayout(imageBar_);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(open);
    bar->addWidget(new QLabel(tr("or"), imageBar_));
    bar->addWidget(sample_);
    bar->addSpacing(12);
    bar->addWidget(imageInfo_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(imageBar_);
    layout->addWidget(error_);
    layout->addWidget(tabs_, 1);
    setAcceptDrops(true);

    connect(open, &QPushButton::clicked, this, &ConvolutionPanel::askOpenImage);
    connect(sample_, &QComboBox::activated, this, [this](int index) {
        const QString name = sample_->itemData(index).toString();
        if (!name.isEmpty())
            openSample(name);
    });
    connect(tabs_, &QTabWidget::currentChanged, this,
            [this] { imageBar_->setVisible(tabs_->currentWidget() != exercise_); });
}

void ConvolutionPanel::addPage(PanelPage* page, const QString& id, const QString& title, const QString& tip)
{
    pages_.append({id, page});
    const int index = tabs_->addTab(page, title);
    tabs_->setTabToolTip(index, tip);
    connect(page, &PanelPage::statusMessage, this, &Panel::statusMessage);
}

QString ConvolutionPanel::title() const { return tr("Convolution and pooling"); }

QAbstractItemModel* ConvolutionPanel::currentTable() const
{
    return static_cast<PanelPage*>(tabs_->currentWidget())->currentTable();
}

void ConvolutionPanel::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    for (const auto& entry : pages_)
        entry.second->setViewStyle(style);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
}

QString ConvolutionPanel::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void ConvolutionPanel::refuse(const QString& message)
{
    error_->setText(tr("%1 The previous image is kept: choose another image (PNG, JPEG, BMP, GIF or WebP).")
                         .arg(asSentence(message)));
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    emit statusMessage(error_->text());
}

bool ConvolutionPanel::openImage(const QString& path) { return useImage(path, QFileInfo(path).fileName()); }

bool ConvolutionPanel::openSample(const QString& name)
{
    const SampleImage sample = findSampleImage(name);
    if (sample.name.isEmpty()) {
        refuse(tr("There is no sample called “%1”").arg(name));
        return false;
    }
    if (!useImage(sample.resource, sample.title))
        return false;
    sample_->setCurrentIndex(sample_->findData(name));
    return true;
}

bool ConvolutionPanel::useImage(const QString& path, const QString& name)
{
    auto loaded = io::loadImage(path, io::ColourMode::Rgb);
    if (const auto* message = std::get_if<QString>(&loaded)) {
        refuse(*message);
        return false;
    }
    neurone::Image& image = std::get<neurone::Image>(loaded);
    const int width = image.width(), height = image.height();
    source_ = std::make_shared<const neurone::Image>(workingCopy(std::move(image)));
    sourceName_ = name;
    error_->hide();
    QString info = tr("%1: %2×%3 pixels").arg(name).arg(width).arg(height);
    if (source_->width() != width)
        info += tr(", scaled down to %1×%2 for the lesson").arg(source_->width()).arg(source_->height());
    imageInfo_->setText(info);
    if (!path.startsWith(":/"))
        sample_->setCurrentIndex(0);
    filter_->setSourceImage(source_, name);
    volume_->setSourceImage(source_, name, tabs_->currentWidget() == volume_);
    emit statusMessage(info);
    return true;
}

QString ConvolutionPanel::openFilter() const
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << "*." + QString::fromLatin1(format);
    return tr("Images (%1)").arg(patterns.join(' '));
}

QString ConvolutionPanel::openFile(const QString& path) { return openImage(path) ? QString() : errorText(); }

bool ConvolutionPanel::hasImageToExport() const
{
    if (tabs_->currentWidget() == exercise_)
        return false;
    return tabs_->currentWidget() == volume_ ? volume_->stages() != nullptr : filter_->stages() != nullptr;
}

void ConvolutionPanel::askOpenImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open an image"), QString(), openFilter());
    if (!path.isEmpty())
        openImage(path);
}

void ConvolutionPanel::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void ConvolutionPanel::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImage(urls.first().toLocalFile());
}

QString ConvolutionPanel::exportOutput(const QString& path) const
{
    if (tabs_->currentWidget() == volume_)
        return volume_->exportOutput(path);
    if (tabs_->currentWidget() == exercise_)
        return tr("The exercise has no image to export; export its table as CSV instead.");
    return filter_->exportOutput(path);
}

QString ConvolutionPanel::applyState(const QString& key, const QString& value)
{
    if (key == "page") {
        for (const auto& [id, page] : pages_)
            if (id == value) {
                tabs_->setCurrentWidget(page);
                return {};
            }
        return tr("unknown page '%1' (filter, volume, exercise)").arg(value);
    }
    if (key == "sample") {
        if (findSampleImage(value).name.isEmpty())
            return tr("unknown sample '%1'").arg(value);
        if (!openSample(value))
            return errorText();
        filter_->finishComputing(); // screenshots need the result, not "computing…"
        volume_->finishComputing();
        return {};
    }
    return static_cast<PanelPage*>(tabs_->currentWidget())->applyState(key, value);
}
