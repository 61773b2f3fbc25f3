#include "keywords/SpectrogramView.h"

#include "audio/Spectrogram.h"

#include <QTimer>

#include <algorithm>
#include <array>

namespace {

constexpr double secondsPerColumn = 0.01;   // the 10 ms hop
constexpr double shownSeconds = shownColumns * secondsPerColumn;
constexpr double minimumFileSeconds = 1.5;
constexpr int refreshMilliseconds = 33;     // ≤ 30 pictures a second
constexpr double linearRangeDb = 70;        // colours: the loudest cell and 70 dB under it
constexpr double logMelRange = 16;          // the same in ln energy (70 dB ≈ 16 nepers of power)

// Where `hz` falls on the mel-band axis: band b's centre is b + 1 steps above minHz in mel.
double melBandPosition(double hz, const neurone::SpectrogramSettings& settings)
{
    const double low = neurone::hzToMel(settings.minHz);
    const double step = (neurone::hzToMel(settings.maxHz) - low) / (settings.melBands + 1);
    return (neurone::hzToMel(hz) - low) / step - 1;
}

} // namespace

void setFrequencyAxis(QCPAxis* axis, SpectrogramKind kind, int rows)
{
    const neurone::SpectrogramSettings settings;
    if (kind == SpectrogramKind::Linear) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setLabel(QCoreApplication::translate("SpectrogramView", "Hz"));
        axis->setRange(0, double(settings.sampleRate) / 2);
        return;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const double hz : std::array{250.0, 500.0, 1000.0, 2000.0, 4000.0, 7000.0})
        ticker->addTick(melBandPosition(hz, settings), hz >= 1000 ? QString("%1k").arg(hz / 1000) : QString::number(hz));
    axis->setTicker(ticker);
    axis->setLabel(QCoreApplication::translate("SpectrogramView", "Hz (mel)"));
    axis->setRange(-0.5, rows - 0.5);
}

void fillColorMap(QCPColorMap* map, SpectrogramKind kind, int frames, int rows, const float* values,
                  double firstSeconds)
{
    const double binHz = kind == SpectrogramKind::Linear ? 16000.0 / 512 : 1.0;
    QCPColorMapData* data = map->data();
    data->setSize(std::max(frames, 1), rows);
    data->setRange(QCPRange(firstSeconds, firstSeconds + std::max(frames - 1, 1) * secondsPerColumn),
                   QCPRange(0, (rows - 1) * binHz));
    if (frames == 0) {
        data->fill(kind == SpectrogramKind::Linear ? -100 : -14);
        map->setDataRange(QCPRange(-15, -14));
        return;
    }
    float loudest = values[0];
    for (int m = 0; m < frames; ++m)
        for (int r = 0; r < rows; ++r) {
            const float z = values[std::size_t(m) * std::size_t(rows) + std::size_t(r)];
            data->setCell(m, r, z);
            loudest = std::max(loudest, z);
        }
    const double range = kind == SpectrogramKind::Linear ? linearRangeDb : logMelRange;
    map->setDataRange(QCPRange(loudest - range, loudest + 1e-3));
}

SpectrogramView::SpectrogramView(QWidget* parent)
    : QCustomPlot(parent),
      waveRect_(new QCPAxisRect(this)),
      spectrumRect_(axisRect()), // the default rect keeps the legend that applyViewStyle styles
      refreshTimer_(new QTimer(this))
{
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, waveRect_);
    plotLayout()->setRowStretchFactor(0, 0.3);
    plotLayout()->setRowStretchFactor(1, 1);
    auto* margins = new QCPMarginGroup(this);
    waveRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    spectrumRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    wave_ = addGraph(waveRect_->axis(QCPAxis::atBottom), waveRect_->axis(QCPAxis::atLeft));
    waveRect_->axis(QCPAxis::atLeft)->setRange(-1, 1);
    waveRect_->axis(QCPAxis::atLeft)->setLabel(tr("wave"));
    waveRect_->axis(QCPAxis::atBottom)->setTickLabels(false);

    map_ = new QCPColorMap(spectrumRect_->axis(QCPAxis::atBottom), spectrumRect_->axis(QCPAxis::atLeft));
    map_->setInterpolate(false);
    scale_ = new QCPColorScale(this);
    scale_->setType(QCPAxis::atRight);
    auto* heights = new QCPMarginGroup(this); // the colour bar as tall as the picture
    scale_->setMarginGroup(QCP::msTop | QCP::msBottom, heights);
    spectrumRect_->setMarginGroup(QCP::msTop | QCP::msBottom, heights);
    plotLayout()->addElement(1, 1, scale_);
    scale_->setBarWidth(10);
    map_->setColorScale(scale_);
    map_->setGradient(QCPColorGradient::gpThermal);
    spectrumRect_->axis(QCPAxis::atBottom)->setLabel(tr("time (s)"));

    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(refreshMilliseconds);
    setMinimumSize(260, 220);
    connectUi();
    setKind(SpectrogramKind::LogMel, 40);
}

void SpectrogramView::connectUi()
{
    connect(refreshTimer_, &QTimer::timeout, this, &SpectrogramView::refresh);
    // One time axis for both pictures.
    connect(spectrumRect_->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            waveRect_->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
}

void SpectrogramView::setKind(SpectrogramKind kind, int rows)
{
    kind_ = kind;
    rows_ = rows;
    setFrequencyAxis(spectrumRect_->axis(QCPAxis::atLeft), kind, rows);
    scale_->axis()->setLabel(kind == SpectrogramKind::Linear ? tr("dB") : tr("ln energy"));
    clear();
}

void SpectrogramView::clear()
{
    values_.clear();
    waveMin_.clear();
    waveMax_.clear();
    firstColumn_ = 0;
    refresh();
}

void SpectrogramView::addColumns(const SpectrogramColumns& columns)
{
    if (columns.rows != rows_ || columns.kind != kind_)
        setKind(columns.kind, columns.rows);
    else if (columns.restart)
        clear();
    if (values_.empty())
        firstColumn_ = columns.firstColumn;
    wholeRecording_ = columns.wholeRecording;
    values_.insert(values_.end(), columns.values.begin(), columns.values.end());
    waveMin_.insert(waveMin_.end(), columns.waveMin.begin(), columns.waveMin.end());
    waveMax_.insert(waveMax_.end(), columns.waveMax.begin(), columns.waveMax.end());
    const std::size_t excess = waveMin_.size() > std::size_t(shownColumns) ? waveMin_.size() - shownColumns : 0;
    if (excess > 0) {
        values_.erase(values_.begin(), values_.begin() + std::ptrdiff_t(excess * std::size_t(rows_)));
        waveMin_.erase(waveMin_.begin(), waveMin_.begin() + std::ptrdiff_t(excess));
        waveMax_.erase(waveMax_.begin(), waveMax_.begin() + std::ptrdiff_t(excess));
        firstColumn_ += excess;
    }
    if (!refreshTimer_->isActive())
        refreshTimer_->start();
}

void SpectrogramView::refresh()
{
    refreshTimer_->stop();
    const int frames = int(waveMin_.size());
    const double first = double(firstColumn_) * secondsPerColumn;
    fillColorMap(map_, kind_, frames, rows_, values_.data(), first);
    QVector<double> keys, samples;
    keys.reserve(2 * frames);
    samples.reserve(2 * frames);
    for (int m = 0; m < frames; ++m) { // each 10 ms as a vertical stroke from its min to its max
        keys << first + m * secondsPerColumn << first + m * secondsPerColumn;
        samples << waveMin_[std::size_t(m)] << waveMax_[std::size_t(m)];
    }
    wave_->setData(keys, samples, true);
    const double last = first + frames * secondsPerColumn;
    QCPAxis* time = spectrumRect_->axis(QCPAxis::atBottom);
    if (wholeRecording_)
        time->setRange(first, std::max(last, first + minimumFileSeconds));
    else
        time->setRange(std::max(first, last - shownSeconds), std::max(first, last - shownSeconds) + shownSeconds);
    replot(QCustomPlot::rpQueuedReplot);
}

int SpectrogramView::columnCount() const { return waveMin_.empty() ? 0 : map_->data()->keySize(); }

int SpectrogramView::rowCount() const { return map_->data()->valueSize(); }

void SpectrogramView::setViewStyle(const ViewStyle& style)
{
    applyViewStyle(this, style);
    wave_->setPen(QPen(style.series(0), 1));
    scale_->axis()->setBasePen(QPen(style.foreground()));
    scale_->axis()->setTickPen(QPen(style.foreground()));
    scale_->axis()->setTickLabelColor(style.foreground());
    scale_->axis()->setLabelColor(style.foreground());
    scale_->axis()->setLabelFont(style.font());
    scale_->axis()->setTickLabelFont(style.font());
    scale_->axis()->setPadding(style.projector ? 12 : 6);
    replot(QCustomPlot::rpQueuedReplot);
}
