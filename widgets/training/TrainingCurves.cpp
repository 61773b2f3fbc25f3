#include "training/TrainingCurves.h"

#include <algorithm>
#include <cmath>

TrainingCurves::TrainingCurves(QWidget* parent) : QCustomPlot(parent)
{
    plotLayout()->clear();
    lossRect_ = new QCPAxisRect(this);
    accuracyRect_ = new QCPAxisRect(this);
    lossTitle_ = new QCPTextElement(this, tr("Loss"));
    accuracyTitle_ = new QCPTextElement(this, tr("Accuracy"));
    // The two plots with their titles in one grid; the legend alone in the row under it.
    auto* plots = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, plots);
    plots->addElement(0, 0, lossTitle_);
    plots->addElement(0, 1, accuracyTitle_);
    plots->addElement(1, 0, lossRect_);
    plots->addElement(1, 1, accuracyRect_);
    plots->setRowStretchFactor(0, 0.01);
    for (QCPAxisRect* r : {lossRect_, accuracyRect_}) {
        r->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
        r->axis(QCPAxis::atBottom)->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount); // fitToWidth
        r->setupFullAxesBox(false);
        r->setRangeDrag(Qt::Horizontal | Qt::Vertical);
        r->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    }
    accuracyRect_->axis(QCPAxis::atLeft)->setRange(0, 1.02);
    const auto add = [this](QCPAxisRect* r, const QString& name) {
        QCPGraph* graph = addGraph(r->axis(QCPAxis::atBottom), r->axis(QCPAxis::atLeft));
        graph->setName(name);
        graphs_.push_back(graph);
    };
    add(lossRect_, tr("train, per batch (smoothed)"));
    add(lossRect_, tr("train"));
    add(lossRect_, tr("validation"));
    add(accuracyRect_, tr("train, per batch (smoothed)"));
    add(accuracyRect_, tr("train"));
    add(accuracyRect_, tr("validation"));
    add(accuracyRect_, tr("test"));
    // One legend under both plots, listing the accuracy plot's series (the loss plot uses the
    // same colours, without test).
    // (A legend's width is its content's: centred between two empty cells, it does not narrow
    // the plots above.)
    legend = new QCPLegend;
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legendRow->addElement(0, 0, new QCPLayoutElement(this));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(this));
    legend->setLayer("legend");
    legend->setVisible(true);
    legend->setMargins(QMargins(6, 2, 6, 2));
    for (Series s : {BatchAccuracy, TrainAccuracy, ValidationAccuracy, TestAccuracy})
        graphs_[s]->addToLegend(legend);
    hint_ = new QCPItemText(this);
    hint_->setClipToAxisRect(false);
    hint_->position->setType(QCPItemPosition::ptViewportRatio);
    hint_->position->setCoords(0.5, 0.45);
    setHint({});
    setPlottingHint(QCP::phFastPolylines, true);
    pendingReplot_.setSingleShot(true);
    connect(&pendingReplot_, &QTimer::timeout, this, [this] {
        replot(QCustomPlot::rpQueuedReplot);
        sinceReplot_.start();
    });
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setToolTip(tr("The loss (left) and the accuracy (right) after each epoch, for the training, validation "
                  "and test sets; the thin line follows the batches as they are trained. Drag or scroll to "
                  "look closer."));
    clear();
}

void TrainingCurves::clear()
{
    for (QCPGraph* graph : graphs_)
        graph->data()->clear();
    lossTop_ = 0;
    epochsPlanned_ = 0;
    hint_->setVisible(true);
    rescale(1);
    restyle();
}

bool TrainingCurves::showsEmptyHint() const { return hint_->visible(); }

void TrainingCurves::setHint(const QString& text)
{
    hint_->setText(!text.isEmpty() ? text
                                   : tr("Press Run (F5) to train.\nThe loss and the accuracy appear\nhere as the "
                                        "network learns."));
    replot(QCustomPlot::rpQueuedReplot);
}

QString TrainingCurves::hint() const { return hint_->text(); }

void TrainingCurves::addProgress(const TrainingProgress& progress)
{
    for (const BatchPoint& b : progress.batches) {
        graphs_[BatchLoss]->addData(b.position, b.smoothedLoss);
        graphs_[BatchAccuracy]->addData(b.position, b.smoothedAccuracy);
        if (std::isfinite(b.smoothedLoss))
            lossTop_ = std::max(lossTop_, b.smoothedLoss);
    }
    const bool hadFew = graphs_[TrainLoss]->data()->size() <= 60;
    for (const neurone::EpochMetrics& m : progress.epochs)
        addEpoch(m);
    if (hadFew != (graphs_[TrainLoss]->data()->size() <= 60))
        restyle();
    if (!progress.batches.empty() || !progress.epochs.empty())
        hint_->setVisible(false);
    rescale(progress.epochsPlanned);
    // A replot of thousands of batches costs the GUI thread a few milliseconds: at most
    // every 100 ms, and the last report is always drawn (the timer catches it).
    if (!sinceReplot_.isValid() || sinceReplot_.elapsed() >= replotMilliseconds) {
        replot(QCustomPlot::rpQueuedReplot);
        sinceReplot_.start();
    } else if (!pendingReplot_.isActive()) {
        pendingReplot_.start(int(replotMilliseconds - sinceReplot_.elapsed()));
    }
}

void TrainingCurves::setHistory(const std::vector<neurone::EpochMetrics>& history)
{
    clear();
    for (const neurone::EpochMetrics& m : history)
        addEpoch(m);
    hint_->setVisible(history.empty());
    rescale(history.empty() ? 1 : history.back().epoch);
    restyle();
}

void TrainingCurves::addEpoch(const neurone::EpochMetrics& m)
{
    const auto add = [&](Series s, double value) {
        if (std::isfinite(value))
            graphs_[s]->addData(m.epoch, value);
    };
    add(TrainLoss, m.trainLoss);
    add(TrainAccuracy, m.trainAccuracy);
    if (m.validationLoss) {
        add(ValidationLoss, *m.validationLoss);
        add(ValidationAccuracy, *m.validationAccuracy);
    }
    if (m.testAccuracy)
        add(TestAccuracy, *m.testAccuracy);
    for (double value : {m.trainLoss, m.validationLoss.value_or(0)})
        if (std::isfinite(value))
            lossTop_ = std::max(lossTop_, value);
}

void TrainingCurves::rescale(int epochsPlanned)
{
    epochsPlanned_ = std::max(epochsPlanned_, epochsPlanned);
    double last = std::max(1, epochsPlanned_);
    for (QCPGraph* graph : graphs_)
        if (!graph->data()->isEmpty())
            last = std::max(last, (graph->data()->constEnd() - 1)->key);
    for (QCPAxisRect* r : {lossRect_, accuracyRect_})
        r->axis(QCPAxis::atBottom)->setRange(0, last * 1.02);
    lossRect_->axis(QCPAxis::atLeft)->setRange(0, lossTop_ > 0 ? lossTop_ * 1.08 : 1);
}

void TrainingCurves::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    restyle();
}

void TrainingCurves::restyle()
{
    applyViewStyle(this, style_);
    const qreal width = style_.lineWidth();
    const auto pen = [&](int colour, Qt::PenStyle dash = Qt::SolidLine, qreal scale = 1.0) {
        return QPen(style_.series(colour), width * scale, dash);
    };
    const QCPScatterStyle disc(QCPScatterStyle::ssDisc, style_.markerSize() * 0.7);
    const QCPScatterStyle square(QCPScatterStyle::ssSquare, style_.markerSize() * 0.6);
    const QCPScatterStyle triangle(QCPScatterStyle::ssTriangle, style_.markerSize() * 0.7);
    for (Series s : {BatchLoss, BatchAccuracy}) {
        QColor light = style_.series(0);
        light.setAlpha(110);
        graphs_[s]->setPen(QPen(light, std::max(1.0, width * 0.6)));
        graphs_[s]->setAdaptiveSampling(true);
        graphs_[s]->setAntialiased(false); // thousands of points
    }
    // Markers while the epochs are few enough to tell apart.
    const bool few = graphs_[TrainLoss]->data()->size() <= 60;
    const QCPScatterStyle none(QCPScatterStyle::ssNone);
    for (Series s : {TrainLoss, TrainAccuracy}) {
        graphs_[s]->setPen(pen(0));
        graphs_[s]->setScatterStyle(few ? disc : none);
    }
    for (Series s : {ValidationLoss, ValidationAccuracy}) {
        graphs_[s]->setPen(pen(1, Qt::DashLine));
        graphs_[s]->setScatterStyle(few ? square : none);
    }
    graphs_[TestAccuracy]->setPen(pen(2, Qt::DotLine));
    graphs_[TestAccuracy]->setScatterStyle(few ? triangle : none);
    QFont small = style_.font();
    small.setPointSize(std::max(6, style_.fontPointSize() - 1));
    legend->setFont(small);
    for (QCPTextElement* title : {lossTitle_, accuracyTitle_}) {
        title->setFont(style_.font());
        title->setTextColor(style_.foreground());
    }
    hint_->setFont(style_.font());
    hint_->setColor(style_.foreground());
    hint_->setBrush(style_.background()); // readable over the grid
    hint_->setPadding(QMargins(8, 6, 8, 6));
    fitToWidth(QWidget::width());
    replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::resizeEvent(QResizeEvent* event)
{
    fitToWidth(event->size().width());
    QCustomPlot::resizeEvent(event);
}

// Each plot gets about half the width, less its value labels; an epoch label ("2000") needs
// the width of five digits with its gap. Fewer ticks when they would collide ("600 1200 1800"
// ran together in the French layout), and the legend in one column when two do not fit.
void TrainingCurves::fitToWidth(int widgetWidth)
{
    const int label = QFontMetrics(lossRect_->axis(QCPAxis::atBottom)->tickLabelFont()).horizontalAdvance(QStringLiteral("00000"));
    const int plotWidth = widgetWidth / 2 - 50;
    const int ticks = std::clamp(plotWidth / std::max(label, 1) - 1, 1, 5);
    for (QCPAxisRect* r : {lossRect_, accuracyRect_}) {
        r->axis(QCPAxis::atBottom)->ticker()->setTickCount(ticks);
        r->setMinimumMargins(QMargins(0, 0, label / 2, 0)); // room for the last epoch's label
    }
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        widest = std::max(widest, legend->item(i)->minimumOuterSizeHint().width());
    legend->setWrap(2 * widest + 40 <= widgetWidth ? 2 : 1);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-lays the items out with the new wrap
}
