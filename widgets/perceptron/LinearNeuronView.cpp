#include "perceptron/LinearNeuronView.h"

#include "common/PlaybackControls.h"
#include "common/SidePanel.h"
#include "descent/Grid.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

QString number(double value) { return QString::number(value + 0.0, 'g', 6); }

QString presetTitle(const std::string& id)
{
    if (id == "slow")
        return LinearNeuronView::tr("Slow: t = 0.1");
    if (id == "good")
        return LinearNeuronView::tr("Good: t = 0.5 (one step)");
    if (id == "oscillating")
        return LinearNeuronView::tr("Oscillating: t = 0.9");
    if (id == "divergent")
        return LinearNeuronView::tr("Divergent: t = 1.1");
    return QString::fromStdString(id);
}

QDoubleSpinBox* spin(QWidget* parent, double min, double max, double step, const QString& tip)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(4);
    box->setSingleStep(step);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

LinearNeuronView::LinearNeuronView(QWidget* parent) : PanelPage(parent)
{
    buildUi();
    connectUi();
    restyle();
    selectPreset(0);
}

void LinearNeuronView::buildUi()
{
    preset_ = new QComboBox(this);
    for (const neurone::LinearNeuronPreset& p : neurone::linearNeuronPresets())
        preset_->addItem(presetTitle(p.id), QString::fromStdString(p.id));
    preset_->addItem(tr("Your own values"), QString());
    preset_->setToolTip(tr("Learning rates of the course: too small, just right, too large (oscillates), "
                           "far too large (diverges)"));
    input_ = spin(this, -100, 100, 0.1, tr("The input x; the neuron outputs y = w·x"));
    target_ = spin(this, -1000, 1000, 0.05, tr("The target (cible): the output the neuron should learn"));
    startWeight_ = spin(this, -1000, 1000, 0.05, tr("The starting weight w₀"));
    learningRate_ = spin(this, 0, 1e9, 0.05, tr("Learning rate t: each step is w ← w − t·dE/dw"));
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(300, 240);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setToolTip(tr("The error curve E(w) and the weight's path as it learns; drag to pan, wheel to zoom"));
    plot_->xAxis->setLabel(tr("weight w"));
    plot_->yAxis->setLabel(tr("error E(w)"));
    curve_ = plot_->addGraph();
    curve_->setName(tr("E(w) = (w·x − cible)²"));
    path_ = new QCPCurve(plot_->xAxis, plot_->yAxis);
    path_->setName(tr("learning: w₀, w₁, …"));
    current_ = plot_->addGraph();
    current_->setLineStyle(QCPGraph::lsNone);
    current_->removeFromLegend();
    optimum_ = new QCPItemStraightLine(plot_);
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignHCenter);
    table_ = new QStandardItemModel(0, 4, this);
    table_->setHorizontalHeaderLabels({tr("k"), tr("wₖ"), tr("E(wₖ)"), tr("dE/dw")});
    tableView_ = new QTableView(this);
    tableView_->setModel(table_);
    tableView_->verticalHeader()->hide();
    tableView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tableView_->setToolTip(tr("The step table: k, the weight wₖ, its error E(wₖ) and the derivative dE/dw"));
    playback_ = new PlaybackControls(this);
    playback_->setCounterFormat(tr("step %1 of %2"));
    outcome_ = new QLabel(this);
    outcome_->setWordWrap(true);
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* settings = new QGroupBox(tr("Linear neuron"), this);
    auto* form = new QFormLayout(settings);
    form->addRow(tr("Example"), preset_);
    form->addRow(tr("Input x"), input_);
    form->addRow(tr("Target (cible)"), target_);
    form->addRow(tr("Start w₀"), startWeight_);
    form->addRow(tr("Learning rate t"), learningRate_);
    QScrollArea* side = makeSidePanel(this, {settings, explain_});

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(plot_);
    splitter->addWidget(tableView_);
    splitter->setStretchFactor(0, 1); // the curve takes what the four columns leave
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    auto* main = new QVBoxLayout;
    main->addWidget(error_);
    main->addWidget(splitter, 1);
    main->addWidget(outcome_);
    main->addWidget(playback_);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(side);
}

void LinearNeuronView::connectUi()
{
    connect(preset_, &QComboBox::activated, this, &LinearNeuronView::selectPreset);
    for (QDoubleSpinBox* box : {input_, target_, startWeight_, learningRate_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &LinearNeuronView::applyControls);
    connect(playback_, &PlaybackControls::positionChanged, this, &LinearNeuronView::showRevealed);
}

void LinearNeuronView::selectPreset(int index)
{
    const auto* p = neurone::findLinearNeuronPreset(preset_->itemData(index).toString().toStdString());
    if (!p) { // "your own values": keep them, let the user type
        learningRate_->setFocus();
        return;
    }
    preset_->setCurrentIndex(index);
    applySettings(p->settings);
    playback_->reset();
}

void LinearNeuronView::applyControls()
{
    if (showingSettings_)
        return;
    neurone::LinearNeuronSettings s = settings_;
    s.input = input_->value();
    s.target = target_->value();
    s.startWeight = startWeight_->value();
    s.learningRate = learningRate_->value();
    preset_->setCurrentIndex(preset_->count() - 1);
    for (int i = 0; i + 1 < preset_->count(); ++i) // the values of a preset show its name
        if (const auto* p = neurone::findLinearNeuronPreset(preset_->itemData(i).toString().toStdString());
            p && p->settings.learningRate == s.learningRate && p->settings.input == s.input
            && p->settings.target == s.target && p->settings.startWeight == s.startWeight)
            preset_->setCurrentIndex(i);
    applySettings(s);
}

void LinearNeuronView::applySettings(const neurone::LinearNeuronSettings& s)
{
    if (neurone::linearNeuronSettingsError(s)) {
        if (!(s.learningRate > 0 && s.learningRate <= neurone::maxLearningRate))
            return refuse(tr("The learning rate t must be greater than 0 and at most %1; %2 was refused.")
                              .arg(neurone::maxLearningRate)
                              .arg(s.learningRate));
        return refuse(tr("x, the target and w₀ must be numbers between −1e6 and 1e6."));
    }
    error_->hide();
    settings_ = s;
    showSettings();
    trace_ = neurone::trainLinearNeuron(s);
    table_->setRowCount(0);
    highlighted_ = -1;
    playback_->setLength(trace_.stepCount());
    updateOutcome();
    showRevealed(playback_->position());
}

void LinearNeuronView::refuse(const QString& message)
{
    error_->setText(message);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    showSettings(); // the previous state is kept, controls included
    emit statusMessage(message);
}

void LinearNeuronView::showSettings()
{
    showingSettings_ = true;
    input_->setValue(settings_.input);
    target_->setValue(settings_.target);
    startWeight_->setValue(settings_.startWeight);
    learningRate_->setValue(settings_.learningRate);
    showingSettings_ = false;
}

void LinearNeuronView::showRevealed(int position)
{
    position = std::clamp(position, 0, trace_.stepCount());
    QVector<double> ws, es;
    for (int k = 0; k <= position; ++k) {
        ws << trace_.steps[std::size_t(k)].point[0];
        es << trace_.steps[std::size_t(k)].value;
    }
    path_->setData(ws, es);
    current_->setData({ws.last()}, {es.last()});
    // The view holds the course's range, w*, and every weight shown so far, so a divergent
    // path zooms the view out as it runs away.
    const double optimum = settings_.input != 0 ? settings_.target / settings_.input : settings_.startWeight;
    double low = std::min({-0.25, optimum - 1, *std::min_element(ws.begin(), ws.end())});
    double high = std::max({1.75, optimum + 1, *std::max_element(ws.begin(), ws.end())});
    const double margin = 0.08 * (high - low);
    low -= margin;
    high += margin;
    const neurone::Objective error = neurone::linearNeuronError(settings_.input, settings_.target);
    const neurone::Grid sampled = neurone::sampleGrid(
        [&error](double w, double) { return error.value(Eigen::VectorXd::Constant(1, w)); }, {low, high}, {0, 0}, 400, 1);
    QVector<double> xs, ys;
    double top = 0;
    for (int i = 0; i < sampled.nx; ++i) {
        xs << low + i * (high - low) / (sampled.nx - 1);
        ys << sampled.at(i, 0);
        top = std::max(top, ys.last());
    }
    curve_->setData(xs, ys, true);
    optimum_->point1->setCoords(optimum, 0);
    optimum_->point2->setCoords(optimum, 1);
    plot_->xAxis->setRange(low, high);
    plot_->yAxis->setRange(-0.05 * top, 1.12 * top);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    fillTable(position);
    updateExplain(position);
}

void LinearNeuronView::fillTable(int position)
{
    if (table_->rowCount() != position + 1)
        table_->setRowCount(position + 1);
    for (int k = 0; k <= position; ++k) {
        if (table_->item(k, 0))
            continue;
        const neurone::DescentStep& s = trace_.steps[std::size_t(k)];
        const QStringList cells = {QString::number(k), number(s.point[0]), number(s.value), number(s.gradient[0])};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QStandardItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(k, c, item);
        }
    }
    const QColor highlight = style_.dark ? QColor(0xc8, 0xa2, 0x3c) : QColor(255, 230, 150);
    for (const int row : {highlighted_, position})
        if (row >= 0 && row < table_->rowCount())
            for (int c = 0; c < table_->columnCount(); ++c) {
                table_->item(row, c)->setBackground(row == position ? QBrush(highlight) : QBrush());
                table_->item(row, c)->setForeground(row == position ? QBrush(Qt::black) : QBrush());
            }
    highlighted_ = position;
    tableView_->scrollTo(table_->index(position, 0));
    // As wide as the numbers need (no sideways scrolling), the curve takes the rest.
    tableView_->resizeColumnsToContents();
    const int width = tableView_->horizontalHeader()->length() + 2 * tableView_->frameWidth()
                      + tableView_->verticalScrollBar()->sizeHint().width() + 2;
    tableView_->setMinimumWidth(std::clamp(width, 260, 520));
}

QAbstractItemModel* LinearNeuronView::currentTable() const { return table_; }

void LinearNeuronView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(plot_, style);
    QFont tableFont = style.font();
    tableFont.setPointSize(std::min(style.fontPointSize(), 12));
    tableView_->setFont(tableFont);
    tableView_->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 6);
    restyle();
    highlighted_ = -1;
    table_->setRowCount(0); // refilled with the new highlight colour
    showRevealed(playback_->position());
    updateOutcome();
    if (!error_->isHidden())
        error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
}

void LinearNeuronView::restyle()
{
    curve_->setPen(QPen(style_.foreground(), style_.lineWidth()));
    const QColor pathColour = style_.series(4);
    path_->setPen(QPen(pathColour, style_.lineWidth() * 0.8));
    path_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pathColour, pathColour, style_.markerSize()));
    current_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, style_.series(0), style_.series(0),
                                              style_.markerSize() * 1.6));
    optimum_->setPen(QPen(style_.series(2), style_.lineWidth() * 0.7, Qt::DashLine));
}

int LinearNeuronView::pathPointsShown() const { return path_->dataCount(); }
QString LinearNeuronView::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
QString LinearNeuronView::outcomeText() const { return outcome_->text(); }
QString LinearNeuronView::explainText() const { return explain_->text(); }
