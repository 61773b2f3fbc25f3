#include "keywords/ConfidenceBars.h"
#include "keywords/ClassNames.h"

#include <algorithm>

ConfidenceBars::ConfidenceBars(QWidget* parent)
    : QCustomPlot(parent),
      bars_(new QCPBars(yAxis, xAxis)),
      winner_(new QCPBars(yAxis, xAxis)),
      threshold_(new QCPItemStraightLine(this))
{
    // QCustomPlot sizes the margins from cached label pictures that a font change only clears
    // when drawing: the first picture after a style change would clip the long class names.
    setPlottingHint(QCP::phCacheLabels, false);
    xAxis->setRange(0, 1);
    xAxis->setLabel(tr("probability"));
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->grid()->setVisible(false);
    bars_->setWidth(0.7);
    winner_->setWidth(0.7);
    setThreshold(0.6);
    setMinimumSize(180, 200);
}

void ConfidenceBars::setClasses(const std::vector<std::string>& classNames, const std::vector<int>& services)
{
    classNames_ = classNames;
    services_ = services;
    services_.resize(classNames_.size(), 0);
    relabel();
    clearScores();
}

void ConfidenceBars::relabel()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < classCount(); ++i) {
        const QString name = shownClassName(classNames_[std::size_t(i)]);
        const int service = services_[std::size_t(i)];
        ticker->addTick(keyOf(i), service > 0 ? QString("%1 · %2").arg(name).arg(service) : name);
    }
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, std::max(classCount(), 1) - 0.4);
}

void ConfidenceBars::clearScores()
{
    QVector<double> keys, zeros;
    for (int i = 0; i < classCount(); ++i) {
        keys << keyOf(i);
        zeros << 0;
    }
    bars_->setData(keys, zeros);
    winner_->data()->clear();
    replot(QCustomPlot::rpQueuedReplot);
}

void ConfidenceBars::setScores(const neurone::KeywordScores& scores)
{
    if (scores.classNames != classNames_) {
        std::vector<int> services(scores.classNames.size(), 0);
        if (scores.best >= 0 && std::size_t(scores.best) < services.size())
            services[std::size_t(scores.best)] = scores.service;
        for (std::size_t i = 0; i < scores.classNames.size(); ++i)
            for (std::size_t j = 0; j < classNames_.size(); ++j)
                if (classNames_[j] == scores.classNames[i])
                    services[i] = services_[j];
        setClasses(scores.classNames, services);
    }
    QVector<double> keys, values;
    for (int i = 0; i < classCount(); ++i) {
        keys << keyOf(i);
        values << double(scores.probabilities[std::size_t(i)]);
    }
    bars_->setData(keys, values);
    winner_->data()->clear();
    if (scores.best >= 0)
        winner_->addData(keyOf(scores.best), double(scores.confidence));
    replot(QCustomPlot::rpQueuedReplot);
}

double ConfidenceBars::shownProbability(int index) const
{
    const auto found = bars_->data()->findBegin(keyOf(index), false);
    return found != bars_->data()->constEnd() && found->key == keyOf(index) ? found->value : 0.0;
}

void ConfidenceBars::setThreshold(double threshold)
{
    threshold_->point1->setCoords(threshold, 0);
    threshold_->point2->setCoords(threshold, 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void ConfidenceBars::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(this, style);
    const QColor plain = style.dark ? QColor(0x70, 0x76, 0x84) : QColor(0xb4, 0xb9, 0xc4);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(plain);
    winner_->setPen(Qt::NoPen);
    winner_->setBrush(style.series(0));
    threshold_->setPen(QPen(style.warning(), style.lineWidth(), Qt::DashLine));
    xAxis->ticker()->setTickCount(style.projector ? 2 : 5);
    yAxis->setPadding(style.projector ? 16 : 10); // room for the longest class name
    QFont names = yAxis->tickLabelFont(); // 14 rows must fit in the column, projector or not
    names.setPointSize(std::min(names.pointSize(), 12));
    yAxis->setTickLabelFont(names);
    replot(QCustomPlot::rpQueuedReplot);
}
