// The batch page's widgets: the contour plot of E(a, b), the data plot, the controls, and
// how they look in each view style.
#include "descent/BatchDescentView.h"

#include "common/SidePanel.h"

#include "common/PlaybackControls.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

QSpinBox* spinBox(QWidget* parent, int minimum, int maximum, int value, const QString& tip)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setToolTip(tip);
    return spin;
}

} // namespace

void BatchDescentView::buildUi()
{
    buildPlots();
    playback_ = new PlaybackControls(this);
    playback_->setToolTip(tr("Each step reveals one more epoch of the three descents"));
    playback_->setCounterFormat(tr("epoch %1 of %2"));
    resultsLabel_ = new QLabel(this);
    resultsLabel_->setObjectName(QStringLiteral("resultsLabel"));
    resultsLabel_->setTextFormat(Qt::RichText);
    resultsLabel_->setWordWrap(true);
    resultsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* plots = new QHBoxLayout;
    plots->addWidget(plot_, 3);
    plots->addWidget(dataPlot_, 2);
    auto* left = new QVBoxLayout;
    left->addLayout(plots, 1);
    left->addWidget(playback_);
    left->addWidget(resultsLabel_);

    explainLabel_ = new QLabel(this);
    explainLabel_->setTextFormat(Qt::RichText);
    explainLabel_->setWordWrap(true);
    explainLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QScrollArea* scroll = makeSidePanel(this, {buildControls(), explainLabel_});

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(scroll);
}

void BatchDescentView::buildPlots()
{
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(360, 320);
    plot_->xAxis->setLabel(tr("slope a"));
    plot_->yAxis->setLabel(tr("intercept b"));
    contour_ = descentview::addContourMap(plot_, tr("E(a, b)"));
    plot_->addLayer(QStringLiteral("markers"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    startMarker_ = descentview::addPointMarker(plot_, tr("start (a₀, b₀)"));
    startMarker_->setLayer(QStringLiteral("markers"));
    for (const Variant variant : variants)
        curves_[variant] = descentview::addPathCurve(plot_, QString());

    dataPlot_ = new QCustomPlot(this);
    dataPlot_->setMinimumSize(240, 320);
    dataPlot_->xAxis->setLabel(tr("x"));
    dataPlot_->yAxis->setLabel(tr("y"));
    dataPlot_->xAxis->setRange(-1.1, 1.1);
    dataPlot_->plotLayout()->insertRow(0);
    dataPlot_->plotLayout()->addElement(0, 0, new QCPTextElement(dataPlot_, tr("Data and fitted lines\nŷ = a x + b")));
    dataGraph_ = dataPlot_->addGraph();
    dataGraph_->setLineStyle(QCPGraph::lsNone);
    for (const Variant variant : variants)
        lines_[variant] = dataPlot_->addGraph();
}

QWidget* BatchDescentView::buildControls()
{
    auto* box = new QGroupBox(tr("Data and descent"), this);
    pointsSpin_ = spinBox(box, 10, 1000, 100, tr("N, the number of observations (points)"));
    pointsSpin_->setObjectName(QStringLiteral("pointsSpin"));
    noiseSpin_ = new QDoubleSpinBox(box);
    noiseSpin_->setObjectName(QStringLiteral("noiseSpin"));
    noiseSpin_->setRange(0, 2);
    noiseSpin_->setSingleStep(0.1);
    noiseSpin_->setValue(0.5);
    noiseSpin_->setToolTip(tr("Standard deviation σ of the noise added to y = 2x + 0.5"));
    seedSpin_ = spinBox(box, 0, 999999, 7, tr("Random seed of the points and of the shuffling at each epoch"));
    seedSpin_->setObjectName(QStringLiteral("seedSpin"));
    batchSpin_ = spinBox(box, 1, 100, 10, tr("M, the number of observations per mini-batch (1 = stochastic, N = full batch)"));
    batchSpin_->setObjectName(QStringLiteral("batchSpin"));
    epochsSpin_ = spinBox(box, 1, 200, 20, tr("Number of passes over all N observations"));
    epochsSpin_->setObjectName(QStringLiteral("epochsSpin"));

    learningRateSlider_ = new QSlider(Qt::Horizontal, box);
    learningRateSlider_->setObjectName(QStringLiteral("learningRateSlider"));
    learningRateSlider_->setRange(0, learningRateScale.maximum());
    learningRateSlider_->setToolTip(tr("Learning rate η, on a logarithmic scale from 0.001 to 1"));
    learningRateLabel_ = new QLabel(box);
    learningRateLabel_->setMinimumWidth(52);
    learningRateLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* rate = new QWidget(box);
    auto* rateLayout = new QHBoxLayout(rate);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(learningRateSlider_, 1);
    rateLayout->addWidget(learningRateLabel_);

    auto* form = new QFormLayout(box);
    form->addRow(tr("Points N"), pointsSpin_);
    form->addRow(tr("Noise σ"), noiseSpin_);
    form->addRow(tr("Seed"), seedSpin_);
    form->addRow(tr("Mini-batch size M"), batchSpin_);
    form->addRow(tr("Epochs"), epochsSpin_);
    form->addRow(tr("Learning rate η"), rate);
    return box;
}

void BatchDescentView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(plot_, style);
    applyViewStyle(dataPlot_, style);
    descentview::styleContourMap(contour_, style);
    refreshStyles();
    showPosition(playback_->position());
}

QColor BatchDescentView::colour(Variant variant) const
{
    switch (variant) {
    case Stochastic: return style_.series(4);
    case MiniBatch: return style_.series(2);
    case FullBatch: return style_.series(0);
    }
    return style_.foreground();
}

void BatchDescentView::refreshStyles()
{
    descentview::stylePointMarker(startMarker_, style_, 1.6);
    for (const Variant variant : variants) {
        descentview::stylePathCurve(curves_[variant], colour(variant), style_);
        // Thousands of stochastic updates: thinner marks so the path stays readable.
        if (variant == Stochastic) {
            curves_[variant]->setPen(QPen(colour(variant), style_.lineWidth() * 0.6));
            curves_[variant]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour(variant),
                                                              style_.markerSize() * 0.4));
        }
        lines_[variant]->setPen(QPen(colour(variant), style_.lineWidth()));
    }
    QColor points = style_.foreground();
    points.setAlphaF(0.55f);
    dataGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, points, style_.markerSize() * 0.7));
}
