#include "keywords/AugmentationPreview.h"

#include "audio/KeywordDataset.h"
#include "audio/Endpointer.h"
#include "audio/KeywordFeatures.h"
#include "audio/Spectrogram.h"
#include "io/AudioPlayer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include <cmath>
#include <random>

namespace {

constexpr std::uint32_t noiseSeed = 1;

} // namespace

AugmentationImages augmentForPreview(const std::vector<float>& samples, const AugmentationParameters& parameters)
{
    constexpr int rate = neurone::keywordSampleRate;
    const std::size_t length = neurone::keywordWindowSamples;
    neurone::EndpointerSettings cut;
    cut.windowSamples = int(length);
    AugmentationImages images;
    const std::vector<float> window = neurone::cutUtterance(samples, cut);
    std::mt19937 rng(noiseSeed); // the same noise each time: only the factor changes
    std::vector<float> x = neurone::augmentWindow(
        window,
        {parameters.pitchSemitones, parameters.speed, std::lround(parameters.shiftMilliseconds * rate / 1000.0),
         parameters.noiseFactor},
        rng);
    neurone::SpectrogramAnalyzer analyzer;
    images.original = analyzer.logMel(window);
    images.augmentedImage = analyzer.logMel(x);
    images.augmented = std::move(x);
    return images;
}

namespace {

QDoubleSpinBox* makeSpin(QWidget* parent, double low, double high, double step, int decimals, const QString& suffix,
                         double value)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(low, high);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setValue(value);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace

AugmentationPreview::AugmentationPreview(QWidget* parent)
    : QWidget(parent),
      pitch_(makeSpin(this, -4, 4, 0.5, 1, tr(" semitones"), 0)),
      speed_(makeSpin(this, 0.7, 1.3, 0.05, 2, tr(" ×"), 1)),
      shift_(makeSpin(this, -300, 300, 25, 0, tr(" ms"), 0)),
      noise_(makeSpin(this, 0, 0.05, 0.005, 3, QString(), 0)),
      play_(new QPushButton(tr("Play augmented"), this)),
      hint_(new QLabel(tr("Select an example to see it augmented."), this)),
      originalPlot_(makePlot(tr("Original"), originalMap_)),
      augmentedPlot_(makePlot(tr("Augmented"), augmentedMap_)),
      player_(new io::AudioPlayer(this))
{
    pitch_->setToolTip(tr("Pitch shift: the voice higher or lower, same duration (Rubber Band)"));
    speed_->setToolTip(tr("Speed: played faster or slower, like a tape: the pitch follows"));
    shift_->setToolTip(tr("Time shift: the window rolled by this many milliseconds (np.roll)"));
    noise_->setToolTip(tr("Noise: y = x + f · N(0, 1), f is this factor"));
    play_->setEnabled(false);

    // Two rows of two settings above the two spectrograms: the page must fit a 1280-px window.
    auto* settings = new QGridLayout;
    const auto addSetting = [&](int row, int column, const QString& label, QWidget* box) {
        settings->addWidget(new QLabel(label, this), row, 2 * column);
        settings->addWidget(box, row, 2 * column + 1);
    };
    addSetting(0, 0, tr("Pitch shift"), pitch_);
    addSetting(0, 1, tr("Speed"), speed_);
    addSetting(1, 0, tr("Time shift"), shift_);
    addSetting(1, 1, tr("Noise factor"), noise_);
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(hint_, 1);
    hintRow->addWidget(play_);
    auto* plots = new QHBoxLayout;
    plots->addWidget(originalPlot_, 1);
    plots->addWidget(augmentedPlot_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addLayout(hintRow);
    layout->addLayout(plots, 1);
    connectUi();
    setViewStyle(style_);
}

QCustomPlot* AugmentationPreview::makePlot(const QString& title, QCPColorMap*& map)
{
    auto* plot = new QCustomPlot(this);
    plot->setMinimumSize(170, 140);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title));
    plot->xAxis->setLabel(tr("time (s)"));
    plot->yAxis->setLabel(tr("mel band"));
    map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));
    map->setInterpolate(false);
    return plot;
}

void AugmentationPreview::connectUi()
{
    for (QDoubleSpinBox* spin : {pitch_, speed_, shift_, noise_})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &AugmentationPreview::recompute);
    connect(&watcher_, &QFutureWatcher<AugmentationImages>::finished, this, &AugmentationPreview::showResult);
    connect(play_, &QPushButton::clicked, this, &AugmentationPreview::play);
}

AugmentationParameters AugmentationPreview::parameters() const
{
    return {pitch_->value(), speed_->value(), shift_->value(), noise_->value()};
}

void AugmentationPreview::setParameters(const AugmentationParameters& parameters)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(pitch_), QSignalBlocker(speed_), QSignalBlocker(shift_),
                                       QSignalBlocker(noise_)};
    pitch_->setValue(parameters.pitchSemitones);
    speed_->setValue(parameters.speed);
    shift_->setValue(parameters.shiftMilliseconds);
    noise_->setValue(parameters.noiseFactor);
    recompute();
}

void AugmentationPreview::setClip(const std::vector<float>& samples)
{
    clip_ = samples;
    if (clip_.empty()) {
        augmented_.clear();
        originalMap_->data()->clear();
        augmentedMap_->data()->clear();
        originalPlot_->replot(QCustomPlot::rpQueuedReplot);
        augmentedPlot_->replot(QCustomPlot::rpQueuedReplot);
        hint_->setText(tr("Select an example to see it augmented."));
        play_->setEnabled(false);
        return;
    }
    recompute();
}

void AugmentationPreview::recompute()
{
    if (clip_.empty())
        return;
    if (computing_) {
        pending_ = true; // only the latest change is computed next
        return;
    }
    pending_ = false;
    computing_ = true;
    watcher_.setFuture(QtConcurrent::run(augmentForPreview, clip_, parameters()));
}

void AugmentationPreview::showResult()
{
    computing_ = false;
    if (pending_) {
        recompute();
        return; // a newer request supersedes this result
    }
    try {
        AugmentationImages images = watcher_.result();
        showImage(originalPlot_, originalMap_, images.original);
        showImage(augmentedPlot_, augmentedMap_, images.augmentedImage);
        augmented_ = std::move(images.augmented);
        hint_->setText(tr("Log-mel spectrograms: 40 mel bands (low at the bottom) against time."));
        play_->setEnabled(true);
    } catch (const std::exception& error) {
        hint_->setText(tr("This augmentation failed: %1").arg(QString::fromUtf8(error.what())));
    }
    emit previewUpdated();
}

void AugmentationPreview::showImage(QCustomPlot* plot, QCPColorMap* map, const neurone::Batch& image)
{
    const int frames = int(image.rows()), bands = int(image.cols());
    const double hopSeconds = 160.0 / neurone::keywordSampleRate;
    map->data()->setSize(frames, bands);
    map->data()->setRange(QCPRange(0, std::max(1, frames - 1) * hopSeconds), QCPRange(0, std::max(1, bands - 1)));
    for (int m = 0; m < frames; ++m)
        for (int b = 0; b < bands; ++b)
            map->data()->setCell(m, b, image(m, b));
    map->rescaleDataRange(true);
    plot->rescaleAxes();
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void AugmentationPreview::play()
{
    if (augmented_.empty())
        return;
    if (const QString problem = player_->play({augmented_, neurone::keywordSampleRate}); !problem.isEmpty())
        emit statusMessage(problem);
}

bool AugmentationPreview::waitUntilIdle(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (computing_ && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    return !computing_;
}

void AugmentationPreview::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    for (QCustomPlot* plot : {originalPlot_, augmentedPlot_}) {
        applyViewStyle(plot, style);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}
