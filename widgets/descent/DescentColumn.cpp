#include "descent/DescentColumn.h"

#include "descent/DescentTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

DescentColumn::DescentColumn(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      plot_(new QCustomPlot(this)),
      curveGraph_(plot_->addGraph()),
      path_(new QCPCurve(plot_->xAxis, plot_->yAxis)),
      currentGraph_(plot_->addGraph()),
      table_(new QTableView(this)),
      model_(new DescentTableModel(this)),
      outcome_(new QLabel(this))
{
    title_->setAlignment(Qt::AlignCenter);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    plot_->setMinimumHeight(220);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->xAxis->setLabel(tr("x"));
    plot_->yAxis->setLabel(tr("f(x)"));
    plot_->installEventFilter(this);
    plot_->setToolTip(tr("Click the curve to start from there; drag to pan, wheel to zoom"));
    curveGraph_->setName(tr("f"));
    path_->setName(tr("iterates"));
    currentGraph_->setName(tr("current"));
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("The step table: k, x_k, f(x_k), the derivative and the step ω_k = x_(k−1) − x_k"));
    outcome_->setWordWrap(true);
    outcome_->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(plot_, 3);
    layout->addWidget(outcome_);
    layout->addWidget(table_, 2);
    restyleGraphs();
}

void DescentColumn::setTitle(const QString& title) { title_->setText(title); }

void DescentColumn::setCurve(const neurone::Grid& curve, neurone::Range xView, neurone::Range yView)
{
    QVector<double> xs, ys;
    const double dx = curve.nx > 1 ? (curve.x.upper - curve.x.lower) / (curve.nx - 1) : 0;
    for (int i = 0; i < curve.nx; ++i) {
        const double y = curve.at(i, 0);
        if (std::isfinite(y)) {
            xs.push_back(curve.x.lower + i * dx);
            ys.push_back(y);
        }
    }
    curveGraph_->setData(xs, ys, true);
    plot_->xAxis->setRange(xView.lower, xView.upper);
    plot_->yAxis->setRange(yView.lower, yView.upper);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void DescentColumn::setTrace(const neurone::DescentTrace& trace, int revealed)
{
    trace_ = trace;
    model_->setTrace(trace, revealed);
    revealed_ = -1;
    setRevealed(revealed);
    showOutcome();
}

void DescentColumn::setRevealed(int revealed)
{
    revealed = std::clamp(revealed, 0, std::max(0, trace_.stepCount()));
    if (revealed == revealed_)
        return;
    revealed_ = revealed;
    model_->setRevealed(revealed);
    QVector<double> keys, values;
    for (int k = 0; k <= revealed && k < int(trace_.steps.size()); ++k) {
        keys.push_back(trace_.steps[std::size_t(k)].point[0]);
        values.push_back(trace_.steps[std::size_t(k)].value);
    }
    path_->setData(keys, values);
    currentGraph_->setData(keys.mid(keys.size() - 1), values.mid(values.size() - 1));
    table_->scrollTo(model_->index(revealed, 0));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int DescentColumn::revealedPoints() const { return path_->dataCount(); }

QString DescentColumn::outcomeText() const { return outcome_->text(); }

void DescentColumn::showOutcome()
{
    const QString steps = QString::number(trace_.stepCount());
    const double x = trace_.steps.empty() ? 0 : trace_.last().point[0];
    QString text;
    switch (trace_.outcome) {
    case neurone::DescentOutcome::Converged:
        text = tr("Converged after %1 steps at x = %2").arg(steps, QString::number(x, 'g', 6));
        break;
    case neurone::DescentOutcome::ReachedMinLoss:
        text = tr("Reached the minimum loss after %1 steps at x = %2").arg(steps, QString::number(x, 'g', 6));
        break;
    case neurone::DescentOutcome::Diverged:
        text = tr("Diverged after %1 steps: the iterates run away. Lower the learning rate.").arg(steps);
        break;
    case neurone::DescentOutcome::Stopped:
        text = tr("Stopped after %1 steps (maximum iterations) at x = %2").arg(steps, QString::number(x, 'g', 6));
        break;
    }
    outcome_->setText(text);
    const bool diverged = trace_.outcome == neurone::DescentOutcome::Diverged;
    outcome_->setStyleSheet(diverged ? QString("color: %1; font-weight: bold;").arg(style_.warning().name())
                                     : QString());
}

void DescentColumn::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    restyleGraphs();
    applyViewStyle(plot_, style);
    showOutcome();
    // Tables keep a desk-sized font so six significant digits fit even in projector mode.
    QFont tableFont = style.font();
    tableFont.setPointSize(std::min(style.fontPointSize(), 11));
    table_->setFont(tableFont);
    table_->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 6);
    model_->setHighlight(style.dark ? QColor(0xc8, 0xa2, 0x3c) : QColor(255, 230, 150));
}

void DescentColumn::restyleGraphs()
{
    curveGraph_->setPen(QPen(style_.foreground(), style_.lineWidth()));
    const QColor pathColour = style_.series(4);
    path_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pathColour, pathColour, style_.markerSize()));
    path_->setPen(QPen(pathColour, style_.lineWidth() * 0.7));
    currentGraph_->setLineStyle(QCPGraph::lsNone);
    currentGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, style_.series(0), style_.series(0),
                                                   style_.markerSize() * 1.6));
}

bool DescentColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::MouseButtonPress)
        pressPosition_ = static_cast<QMouseEvent*>(event)->pos();
    if (watched == plot_ && event->type() == QEvent::MouseButtonRelease) {
        const QPoint at = static_cast<QMouseEvent*>(event)->pos();
        if ((at - pressPosition_).manhattanLength() < 4)
            emit curveClicked(plot_->xAxis->pixelToCoord(at.x()));
    }
    return QWidget::eventFilter(watched, event);
}
