#include "perceptron/PerceptronPlot.h"

#include <algorithm>

PerceptronPlot::PerceptronPlot(QWidget* parent)
    : QCustomPlot(parent),
      region_(new QCPCurve(xAxis, yAxis)),
      classes_{addGraph(), addGraph()},
      misclassified_(addGraph()),
      current_(addGraph()),
      line_(new QCPCurve(xAxis, yAxis)),
      note_(new QCPItemText(this))
{
    setMinimumSize(260, 240);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setToolTip(tr("The observations in the plane (x1, x2) and the decision line w1x1 + w2x2 + b = 0. "
                  "Drag to pan, wheel to zoom."));
    for (QCPGraph* graph : {classes_[0], classes_[1], misclassified_, current_})
        graph->setLineStyle(QCPGraph::lsNone);
    current_->removeFromLegend();
    misclassified_->setName(tr("misclassified"));
    line_->setName(tr("w1x1 + w2x2 + b = 0"));
    region_->setName(tr("f(Y) = 1"));
    note_->position->setType(QCPItemPosition::ptAxisRectRatio);
    note_->position->setCoords(0.5, 0.5);
    note_->setPositionAlignment(Qt::AlignCenter);
    note_->setClipToAxisRect(true);

    // The legend below the plane, where it never hides a point.
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    legend->setWrap(3); // before the fill order, which rearranges the items already there
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    legend->setVisible(true);
    plotLayout()->setRowStretchFactor(1, 0.001);

    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { redrawLine(); });
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] { redrawLine(); });
    restyle();
}

void PerceptronPlot::setDataset(const neurone::PerceptronDataset& data)
{
    data_ = data;
    planar_ = data.featureCount() == 2 && data.size() > 0;
    for (QCPAbstractPlottable* p : {static_cast<QCPAbstractPlottable*>(region_), static_cast<QCPAbstractPlottable*>(line_),
                                    static_cast<QCPAbstractPlottable*>(classes_[0]), static_cast<QCPAbstractPlottable*>(classes_[1]),
                                    static_cast<QCPAbstractPlottable*>(misclassified_), static_cast<QCPAbstractPlottable*>(current_)})
        p->setVisible(planar_);
    legend->setVisible(planar_);
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->setVisible(planar_);
    note_->setVisible(!planar_);
    note_->setText(tr("The plane shows two features; this data has %n.\nThe table shows every step.", nullptr,
                      data.featureCount()));
    if (!planar_) {
        xAxis->setLabel(QString());
        yAxis->setLabel(QString());
        replot(rpQueuedReplot);
        return;
    }
    xAxis->setLabel(QString::fromStdString(data.featureNames[0]));
    yAxis->setLabel(QString::fromStdString(data.featureNames[1]));
    const bool plainClasses = data.classNames[0] == "0" && data.classNames[1] == "1";
    for (int c = 0; c < 2; ++c) {
        QVector<double> xs, ys;
        for (int i = 0; i < data.size(); ++i)
            if (data.desired[std::size_t(i)] == c) {
                xs << data.inputs(i, 0);
                ys << data.inputs(i, 1);
            }
        classes_[c]->setData(xs, ys);
        classes_[c]->setName(plainClasses ? tr("d = %1").arg(c)
                                          : tr("d = %1 (%2)").arg(c).arg(QString::fromStdString(data.classNames[std::size_t(c)])));
    }
    // The data's bounds with a margin, so that no point sits on the frame; the logic tables
    // (everything within [0, 1]) get the roomy square [−0.5, 1.5]².
    const Eigen::VectorXd low = data.inputs.colwise().minCoeff(), high = data.inputs.colwise().maxCoeff();
    QCPAxis* axes[2] = {xAxis, yAxis};
    for (int a = 0; a < 2; ++a) {
        const double span = high[a] - low[a];
        const double margin = span > 0 ? 0.25 * span : std::max(0.5, 0.25 * std::abs(high[a]));
        if (low[a] >= 0 && high[a] <= 1)
            axes[a]->setRange(-0.5, 1.5);
        else
            axes[a]->setRange(low[a] - margin, high[a] + margin);
    }
    redrawLine();
}

void PerceptronPlot::setWeights(const neurone::PerceptronState& state, const std::vector<int>& misclassified, int current)
{
    state_ = state;
    if (!planar_)
        return;
    QVector<double> xs, ys;
    for (const int i : misclassified) {
        xs << data_.inputs(i, 0);
        ys << data_.inputs(i, 1);
    }
    misclassified_->setData(xs, ys);
    if (current >= 0 && current < data_.size())
        current_->setData({data_.inputs(current, 0)}, {data_.inputs(current, 1)});
    else
        current_->data()->clear();
    redrawLine();
}

neurone::Box PerceptronPlot::visibleBox() const
{
    return {xAxis->range().lower, xAxis->range().upper, yAxis->range().lower, yAxis->range().upper};
}

void PerceptronPlot::redrawLine()
{
    if (!planar_ || state_.weights.size() != 2)
        return;
    const neurone::Box box = visibleBox();
    if (const auto segment = neurone::decisionSegment(state_, box))
        line_->setData({segment->from.x(), segment->to.x()}, {segment->from.y(), segment->to.y()});
    else
        line_->data()->clear();
    QVector<double> xs, ys;
    for (const Eigen::Vector2d& p : neurone::positiveRegion(state_, box)) {
        xs << p.x();
        ys << p.y();
    }
    region_->setData(xs, ys);
    replot(rpQueuedReplot);
}

std::optional<std::pair<QPointF, QPointF>> PerceptronPlot::decisionLineEnds() const
{
    if (!planar_ || line_->dataCount() != 2)
        return std::nullopt;
    const auto a = line_->data()->at(0), b = line_->data()->at(1);
    return std::pair{QPointF(a->key, a->value), QPointF(b->key, b->value)};
}

int PerceptronPlot::misclassifiedShown() const { return planar_ ? misclassified_->dataCount() : 0; }

void PerceptronPlot::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(this, style);
    legend->setWrap(style.projector ? 2 : 3); // large type: fewer entries per row
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    QFont legendFont = style.font(); // a little smaller than the axes, so that the five entries fit
    legendFont.setPointSize(style.fontPointSize() - (style.projector ? 3 : 1));
    legend->setFont(legendFont);
    restyle();
}

void PerceptronPlot::restyle()
{
    const qreal size = style_.markerSize() * 1.4;
    const QColor colours[2] = {style_.series(0), style_.series(1)};
    classes_[0]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours[0], colours[0], size));
    classes_[1]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(colours[1], 2), colours[1], size));
    QCPScatterStyle ring(QCPScatterStyle::ssCircle, QPen(style_.warning(), style_.lineWidth()), Qt::NoBrush, size * 2.1);
    misclassified_->setScatterStyle(ring);
    QCPScatterStyle presented(QCPScatterStyle::ssCrossCircle, QPen(style_.foreground(), style_.lineWidth() * 0.7),
                              Qt::NoBrush, size * 2.9);
    current_->setScatterStyle(presented);
    line_->setPen(QPen(style_.foreground(), style_.lineWidth() * 1.3));
    region_->setPen(Qt::NoPen);
    QColor shade = colours[1];
    shade.setAlpha(style_.dark ? 55 : 45);
    region_->setBrush(shade);
    note_->setColor(style_.foreground());
    note_->setFont(style_.font());
    replot(rpQueuedReplot);
}
