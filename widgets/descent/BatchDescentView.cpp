#include "descent/BatchDescentView.h"

#include "common/PlaybackControls.h"
#include "descent/Descent.h"
#include "descent/Grid.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <qcustomplot.h>

#include <algorithm>

namespace {

// The line the points are drawn around: y = 2x + 0.5 + noise (seed 000's illustration).
constexpr double trueSlope = 2.0;
constexpr double trueIntercept = 0.5;
constexpr int gridSize = 150;
const neurone::Range slopeRange{-1.5, 4.0};
const neurone::Range interceptRange{-1.5, 3.5};

} // namespace

const descentview::LogSliderScale BatchDescentView::learningRateScale{1e-3, 3, 100};

BatchDescentView::BatchDescentView(QWidget* parent)
    : PanelPage(parent), table_(new QStandardItemModel(0, 6, this))
{
    table_->setHorizontalHeaderLabels(
        {tr("Descent"), tr("Batch size"), tr("Updates"), tr("a"), tr("b"), tr("E(a, b)")});
    buildUi();
    connectUi();
    setLearningRate(learningRate_);
    regenerateData();
    setViewStyle(style_);
    playback_->showAll();
}

QCustomPlot* BatchDescentView::currentPlot() const { return plot_; }
QAbstractItemModel* BatchDescentView::currentTable() const { return table_; }
int BatchDescentView::pointCount() const { return pointsSpin_->value(); }
double BatchDescentView::noise() const { return noiseSpin_->value(); }
unsigned BatchDescentView::seed() const { return unsigned(seedSpin_->value()); }
int BatchDescentView::epochs() const { return epochsSpin_->value(); }

int BatchDescentView::batchSize(Variant variant) const
{
    switch (variant) {
    case Stochastic: return 1;
    case MiniBatch: return batchSpin_->value();
    case FullBatch: return pointCount();
    }
    return 1;
}

void BatchDescentView::connectUi()
{
    for (QSpinBox* spin : {pointsSpin_, seedSpin_})
        connect(spin, &QSpinBox::valueChanged, this, &BatchDescentView::regenerateData);
    connect(noiseSpin_, &QDoubleSpinBox::valueChanged, this, &BatchDescentView::regenerateData);
    for (QSpinBox* spin : {batchSpin_, epochsSpin_})
        connect(spin, &QSpinBox::valueChanged, this, &BatchDescentView::recompute);
    connect(learningRateSlider_, &QSlider::valueChanged, this, [this](int position) {
        learningRate_ = learningRateScale.valueAt(position);
        learningRateLabel_->setText(descentview::formatNumber(learningRate_));
        recompute();
    });
    connect(playback_, &PlaybackControls::positionChanged, this, &BatchDescentView::showPosition);
}

// New points (count, noise or seed changed): new contours E(a, b), new paths.
void BatchDescentView::regenerateData()
{
    {
        const QSignalBlocker blocker(batchSpin_); // the paths are recomputed below, once
        batchSpin_->setMaximum(pointCount());
    }
    data_ = neurone::makeNoisyLine(pointCount(), trueSlope, trueIntercept, noise(), seed());
    const neurone::RegressionData& data = data_;
    const auto loss = [&data](double a, double b) { return neurone::regressionLoss(data, a, b); };
    descentview::showGrid(contour_, neurone::sampleGrid(loss, slopeRange, interceptRange, gridSize, gridSize));
    dataGraph_->setData(QVector<double>(data_.x.begin(), data_.x.end()),
                        QVector<double>(data_.y.begin(), data_.y.end()));
    dataGraph_->rescaleValueAxis();
    dataPlot_->yAxis->scaleRange(1.15);
    recompute();
}

void BatchDescentView::recompute()
{
    for (const Variant variant : variants) {
        const descentview::Path full = neurone::batchDescentPath(data_, start_, learningRate_,
                                                                 batchSize(variant), epochs(), seed());
        plannedUpdates_[variant] = int(full.size()) - 1;
        updatesPerEpoch_[variant] = plannedUpdates_[variant] / epochs();
        paths_[variant] = descentview::finitePrefix(full);
    }
    descentview::showPoint(startMarker_, start_);
    const bool atEnd = playback_->position() >= playback_->length();
    playback_->setLength(epochs());
    if (atEnd)
        playback_->setPosition(epochs());
    for (const Variant variant : variants)
        curves_[variant]->setName(legendName(variant));
    refreshTable();
    showPosition(playback_->position());
}

// The start, then every update of the first `epochsShown` epochs.
void BatchDescentView::showPosition(int epochsShown)
{
    for (const Variant variant : variants) {
        descentview::showPath(curves_[variant], paths_[variant], 1 + epochsShown * updatesPerEpoch_[variant]);
        const Eigen::Vector2d ab = revealed(variant, epochsShown);
        lines_[variant]->setData({-1.0, 1.0}, {ab[1] - ab[0], ab[1] + ab[0]}, true);
    }
    refreshTexts();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    dataPlot_->replot(QCustomPlot::rpQueuedReplot);
}

// The last (a, b) shown after `epochsShown` epochs.
Eigen::Vector2d BatchDescentView::revealed(Variant variant, int epochsShown) const
{
    const descentview::Path& path = paths_[variant];
    const int count = std::clamp(1 + epochsShown * updatesPerEpoch_[variant], 1, int(path.size()));
    return path[std::size_t(count - 1)];
}

bool BatchDescentView::diverged(Variant variant) const
{
    return int(paths_[variant].size()) - 1 < plannedUpdates_[variant];
}

void BatchDescentView::setLearningRate(double learningRate)
{
    learningRate_ = learningRate;
    const QSignalBlocker blocker(learningRateSlider_);
    learningRateSlider_->setValue(learningRateScale.positionOf(learningRate));
    learningRateLabel_->setText(descentview::formatNumber(learningRate));
}

void BatchDescentView::refreshTable()
{
    table_->setRowCount(0);
    for (const Variant variant : variants) {
        const Eigen::Vector2d& ab = paths_[variant].back();
        QList<QStandardItem*> row{new QStandardItem(variantTitle(variant))};
        for (const QVariant& value : {QVariant(batchSize(variant)), QVariant(int(paths_[variant].size()) - 1),
                                      QVariant(ab[0]), QVariant(ab[1]),
                                      QVariant(neurone::regressionLoss(data_, ab[0], ab[1]))}) {
            auto* item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            row << item;
        }
        table_->appendRow(row);
    }
}

void BatchDescentView::refreshTexts()
{
    QStringList lines{tr("After %1 of %2 epochs:").arg(playback_->position()).arg(epochs())};
    for (const Variant variant : variants)
        lines << resultLine(variant, playback_->position());
    resultsLabel_->setText(lines.join(QStringLiteral("<br>")));
    explainLabel_->setText(explanation());
}

QString BatchDescentView::setSpinValue(QSpinBox* spin, const QString& name, const QString& value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < spin->minimum() || number > spin->maximum())
        return tr("%1 expects a whole number from %2 to %3, not '%4'")
            .arg(name)
            .arg(spin->minimum())
            .arg(spin->maximum())
            .arg(value);
    spin->setValue(number);
    return {};
}

QString BatchDescentView::applyState(const QString& key, const QString& value)
{
    if (key == QLatin1String("batch"))
        return setSpinValue(batchSpin_, key, value);
    if (key == QLatin1String("epochs"))
        return setSpinValue(epochsSpin_, key, value);
    if (key == QLatin1String("seed"))
        return setSpinValue(seedSpin_, key, value);
    if (key == QLatin1String("points"))
        return setSpinValue(pointsSpin_, key, value);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (key == QLatin1String("lr")) {
        if (!ok || !(number > 0) || number > neurone::maxLearningRate)
            return tr("lr expects a number in (0, %1], not '%2'").arg(neurone::maxLearningRate).arg(value);
        setLearningRate(number);
        recompute();
        return {};
    }
    if (key == QLatin1String("noise")) {
        if (!ok || number < noiseSpin_->minimum() || number > noiseSpin_->maximum())
            return tr("noise expects a number from 0 to %1, not '%2'").arg(noiseSpin_->maximum()).arg(value);
        noiseSpin_->setValue(number);
        return {};
    }
    if (key == QLatin1String("steps")) {
        const int shown = value.toInt(&ok);
        if (value == QLatin1String("all"))
            playback_->showAll();
        else if (ok && shown >= 0)
            playback_->setPosition(shown);
        else
            return tr("steps expects a number of epochs or 'all', not '%1'").arg(value);
        return {};
    }
    return tr("unknown state '%1' (batch, epochs, lr, seed, points, noise, steps)").arg(key);
}
