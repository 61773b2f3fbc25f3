#include "perceptron/BackpropTrainingPlot.h"

BackpropTrainingPlot::BackpropTrainingPlot(QWidget* parent) : QCustomPlot(parent)
{
    plotLayout()->clear();
    lossRect_ = new QCPAxisRect(this);
    outputRect_ = new QCPAxisRect(this);
    lossTitle_ = new QCPTextElement(this, tr("Loss E per epoch"));
    outputTitle_ = new QCPTextElement(this, tr("Outputs per epoch"));
    plotLayout()->addElement(0, 0, lossTitle_);
    plotLayout()->addElement(0, 1, outputTitle_);
    plotLayout()->addElement(1, 0, lossRect_);
    plotLayout()->addElement(1, 1, outputRect_);
    plotLayout()->setRowStretchFactor(0, 0.01);
    for (QCPAxisRect* r : {lossRect_, outputRect_}) {
        r->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
        r->setupFullAxesBox(false);
        r->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        r->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    }
    outputRect_->axis(QCPAxis::atLeft)->setRange(-0.02, 1.02);
    loss_ = addGraph(lossRect_->axis(QCPAxis::atBottom), lossRect_->axis(QCPAxis::atLeft));
    half_ = new QCPItemStraightLine(this);
    half_->setClipAxisRect(outputRect_);
    for (QCPItemPosition* p : {half_->point1, half_->point2})
        p->setAxes(outputRect_->axis(QCPAxis::atBottom), outputRect_->axis(QCPAxis::atLeft));
    half_->point1->setCoords(0, 0.5);
    half_->point2->setCoords(1, 0.5);
    // The legend gets its own column, so that it never hides a curve.
    auto* side = new QCPLayoutGrid;
    plotLayout()->addElement(1, 2, side);
    plotLayout()->setColumnStretchFactor(2, 0.001);
    legend = new QCPLegend;
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    legend->setLayer("legend");
    legend->setVisible(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setToolTip(tr("Left: the loss after each epoch. Right: each observation's output after each "
                  "epoch; the dashed line is 0.5, the decision threshold. Drag or scroll to look closer."));
    restyle();
}

void BackpropTrainingPlot::setHistory(const std::vector<neurone::EpochRecord>& history,
                                      const QStringList& observationNames, const QString& outputName)
{
    if (int(outputs_.size()) != observationNames.size()) {
        for (QCPGraph* graph : outputs_)
            removeGraph(graph);
        outputs_.clear();
        for (int i = 0; i < observationNames.size(); ++i)
            outputs_.push_back(addGraph(outputRect_->axis(QCPAxis::atBottom), outputRect_->axis(QCPAxis::atLeft)));
    }
    outputTitle_->setText(tr("Output %1 per epoch").arg(outputName));
    QVector<double> epochs, losses;
    std::vector<QVector<double>> outputs(outputs_.size());
    double top = 0;
    for (const neurone::EpochRecord& record : history) {
        epochs << record.epoch;
        losses << record.loss;
        top = std::max(top, std::isfinite(record.loss) ? record.loss : 0.0);
        for (std::size_t i = 0; i < outputs_.size() && Eigen::Index(i) < record.outputs.rows(); ++i)
            outputs[i] << record.outputs(Eigen::Index(i), 0);
    }
    loss_->setData(epochs, losses, true);
    for (std::size_t i = 0; i < outputs_.size(); ++i) {
        outputs_[i]->setData(epochs, outputs[i], true);
        outputs_[i]->setName(observationNames[int(i)]);
    }
    const double last = epochs.isEmpty() ? 1 : std::max(1.0, epochs.back());
    // Whole epochs, about three ticks: 1, 2 or 5 × 10^k apart.
    const double rough = std::max(1.0, last / 3);
    const double decade = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = rough / decade < 2 ? decade : rough / decade < 5 ? 2 * decade : 5 * decade;
    for (QCPAxisRect* r : {lossRect_, outputRect_}) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(step);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        r->axis(QCPAxis::atBottom)->setTicker(ticker);
        r->axis(QCPAxis::atBottom)->setRange(-0.03 * last, 1.03 * last);
    }
    lossRect_->axis(QCPAxis::atLeft)->setRange(0, top > 0 ? top * 1.08 : 1);
    restyle();
}

void BackpropTrainingPlot::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    restyle();
}

void BackpropTrainingPlot::restyle()
{
    applyViewStyle(this, style_);
    const qreal width = style_.lineWidth();
    loss_->setPen(QPen(style_.foreground(), width));
    loss_->setName(tr("E"));
    loss_->removeFromLegend();
    // Markers while there are few epochs, so that the first one (a single point) shows too.
    const QCPScatterStyle markers = loss_->data()->size() <= 60
                                        ? QCPScatterStyle(QCPScatterStyle::ssDisc, style_.markerSize() * 0.6)
                                        : QCPScatterStyle(QCPScatterStyle::ssNone);
    loss_->setScatterStyle(markers);
    for (std::size_t i = 0; i < outputs_.size(); ++i) {
        outputs_[i]->setPen(QPen(style_.series(int(i)), width));
        outputs_[i]->setScatterStyle(markers);
    }
    half_->setPen(QPen(style_.grid().darker(style_.dark ? 70 : 140), 1, Qt::DashLine));
    QFont small = style_.font();
    small.setPointSize(std::max(6, style_.fontPointSize() - 2));
    legend->setFont(small);
    for (QCPAxisRect* r : {lossRect_, outputRect_})
        for (QCPAxis* axis : r->axes()) {
            axis->setTickLabelFont(small);
            axis->setLabelFont(small);
            if (axis->orientation() == Qt::Vertical)
                axis->ticker()->setTickCount(3);
        }
    for (QCPTextElement* title : {lossTitle_, outputTitle_}) {
        title->setFont(small);
        title->setTextColor(style_.foreground());
    }
    replot(QCustomPlot::rpQueuedReplot);
}
