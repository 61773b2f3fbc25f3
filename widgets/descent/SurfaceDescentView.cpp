#include "descent/SurfaceDescentView.h"

#include "common/PlaybackControls.h"
#include "common/Sentence.h"
#include "descent/DescentPresets.h"
#include "descent/Grid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <qcustomplot.h>

#include <algorithm>

using neurone::OptimizerKind;

namespace {

constexpr int gridSize = 200;

} // namespace

const descentview::LogSliderScale SurfaceDescentView::learningRateScale{1e-4, 4, 100};

SurfaceDescentView::SurfaceDescentView(QWidget* parent)
    : PanelPage(parent), table_(new QStandardItemModel(0, 6, this))
{
    table_->setHorizontalHeaderLabels(
        {tr("Optimizer"), tr("Steps"), tr("x"), tr("y"), tr("f(x, y)"), tr("Outcome")});
    buildUi();
    connectUi();
    setViewStyle(style_);
    setCheckedOptimizers({OptimizerKind::GradientDescent, OptimizerKind::Momentum, OptimizerKind::Adam});
    syncCurves();
    loadPreset(QStringLiteral("ill-conditioned"));
}

QCustomPlot* SurfaceDescentView::currentPlot() const { return plot_; }
QAbstractItemModel* SurfaceDescentView::currentTable() const { return table_; }
QString SurfaceDescentView::formulaText() const
{
    return formula_ ? QString::fromStdString(formula_->text()) : QString();
}
QString SurfaceDescentView::errorText() const { return errorLabel_->text(); }
int SurfaceDescentView::maxSteps() const { return maxStepsSpin_->value(); }

const neurone::DescentTrace* SurfaceDescentView::trace(OptimizerKind kind) const
{
    const auto it = traces_.find(kind);
    return it == traces_.end() ? nullptr : &it->second;
}

QCPCurve* SurfaceDescentView::curve(OptimizerKind kind) const
{
    const auto it = curves_.find(kind);
    return it == curves_.end() ? nullptr : it->second;
}

void SurfaceDescentView::connectUi()
{
    connect(presetCombo_, &QComboBox::activated, this, [this](int index) {
        const QString id = presetCombo_->itemData(index).toString();
        if (id != QLatin1String(customPresetId)) {
            loadPreset(id);
        } else {
            formulaEdit_->setFocus();
            formulaEdit_->selectAll();
        }
    });
    connect(formulaEdit_, &QLineEdit::editingFinished, this,
            [this] { applyFormula(formulaEdit_->text()); });
    for (const auto& [kind, check] : checkBoxes_)
        connect(check, &QCheckBox::toggled, this, [this] {
            syncCurves();
            recompute();
        });
    connect(learningRateSlider_, &QSlider::valueChanged, this, [this](int position) {
        learningRate_ = learningRateScale.valueAt(position);
        learningRateLabel_->setText(descentview::formatNumber(learningRate_));
        recompute();
    });
    connect(momentumSlider_, &QSlider::valueChanged, this, [this](int position) {
        momentum_ = position / 100.0;
        momentumLabel_->setText(descentview::formatNumber(momentum_));
        recompute();
    });
    connect(maxStepsSpin_, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(playback_, &PlaybackControls::positionChanged, this, &SurfaceDescentView::showPosition);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        dragging_ = event->button() == Qt::LeftButton
                    && plot_->axisRect()->rect().contains(event->position().toPoint());
        if (dragging_)
            moveStart(event->position());
    });
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (dragging_)
            moveStart(event->position());
    });
    connect(plot_, &QCustomPlot::mouseRelease, this, [this] { dragging_ = false; });
}

void SurfaceDescentView::loadPreset(const QString& id)
{
    const neurone::DescentPreset* preset = neurone::findPreset(neurone::surfacePresets(), id.toStdString());
    auto parsed = neurone::Formula::parse(preset->formula, {"x", "y"});
    xRange_ = preset->xRange;
    yRange_ = preset->yRange;
    epsilon_ = preset->epsilon;
    {
        const QSignalBlocker blocker(maxStepsSpin_);
        maxStepsSpin_->setValue(preset->maxSteps);
    }
    setLearningRate(preset->learningRate);
    setMomentum(preset->momentum);
    presetCombo_->setCurrentIndex(presetCombo_->findData(id));
    formula_ = std::get<neurone::Formula>(std::move(parsed));
    objective_ = neurone::objectiveOf(*formula_);
    start_ = {preset->startX, preset->startY};
    formulaEdit_->setText(formulaText());
    showError({});
    refreshContours();
    recompute();
    playback_->showAll();
}

QString SurfaceDescentView::applyFormula(const QString& text)
{
    if (formula_ && text.trimmed() == formulaText().trimmed()) {
        showError({});
        return {};
    }
    auto parsed = neurone::Formula::parse(text.toStdString(), {"x", "y"});
    if (const auto* message = std::get_if<std::string>(&parsed)) {
        showError(tr("Cannot read this formula: %1 Correct it, for example x^2 + 10*y^2; the previous function is kept.")
                      .arg(asSentence(QString::fromStdString(*message))));
        return errorLabel_->text();
    }
    auto& formula = std::get<neurone::Formula>(parsed);
    neurone::Objective objective = neurone::objectiveOf(formula);
    if (neurone::startError(objective, start_)) {
        showError(tr("f or its gradient is not a number at the start point (%1, %2). "
                     "The previous function is kept: change the formula, or first drag the start point elsewhere.")
                      .arg(descentview::formatNumber(start_.x()), descentview::formatNumber(start_.y())));
        return errorLabel_->text();
    }
    presetCombo_->setCurrentIndex(presetCombo_->findData(QString::fromLatin1(customPresetId)));
    formula_ = std::move(formula);
    objective_ = std::move(objective);
    formulaEdit_->setText(formulaText());
    showError({});
    refreshContours();
    recompute();
    return {};
}

void SurfaceDescentView::moveStart(const QPointF& pixel)
{
    const double x = std::clamp(plot_->xAxis->pixelToCoord(pixel.x()), xRange_.lower, xRange_.upper);
    const double y = std::clamp(plot_->yAxis->pixelToCoord(pixel.y()), yRange_.lower, yRange_.upper);
    setStart({x, y});
}

QString SurfaceDescentView::setStart(const Eigen::Vector2d& start)
{
    if (neurone::startError(objective_, start)) {
        showError(tr("f or its gradient is not a number at (%1, %2): the start point stays where it was. "
                     "Choose a point where f is defined.")
                      .arg(descentview::formatNumber(start.x()), descentview::formatNumber(start.y())));
        return errorLabel_->text();
    }
    start_ = start;
    showError({});
    recompute();
    return {};
}

void SurfaceDescentView::setLearningRate(double learningRate)
{
    learningRate_ = learningRate;
    const QSignalBlocker blocker(learningRateSlider_);
    learningRateSlider_->setValue(learningRateScale.positionOf(learningRate));
    learningRateLabel_->setText(descentview::formatNumber(learningRate));
}

void SurfaceDescentView::setMomentum(double gamma)
{
    momentum_ = gamma;
    const QSignalBlocker blocker(momentumSlider_);
    momentumSlider_->setValue(int(std::lround(gamma * 100)));
    momentumLabel_->setText(descentview::formatNumber(gamma));
}

void SurfaceDescentView::setCheckedOptimizers(const std::vector<OptimizerKind>& kinds)
{
    for (const auto& [kind, check] : checkBoxes_) {
        const QSignalBlocker blocker(check);
        check->setChecked(std::find(kinds.begin(), kinds.end(), kind) != kinds.end());
    }
}

std::vector<OptimizerKind> SurfaceDescentView::checkedOptimizers() const
{
    std::vector<OptimizerKind> kinds;
    for (const OptimizerKind kind : neurone::allOptimizerKinds)
        if (checkBoxes_.at(kind)->isChecked())
            kinds.push_back(kind);
    return kinds;
}

void SurfaceDescentView::showError(const QString& message)
{
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

void SurfaceDescentView::refreshContours()
{
    const neurone::Formula& formula = *formula_;
    const auto f = [&formula](double x, double y) { return formula.value(Eigen::Vector2d(x, y)); };
    descentview::showGrid(contour_, neurone::sampleGrid(f, xRange_, yRange_, gridSize, gridSize));
}

// One curve per checked optimiser, recreated in the order of the check boxes so that the
// legend keeps that order.
void SurfaceDescentView::syncCurves()
{
    const std::vector<OptimizerKind> wanted = checkedOptimizers();
    const bool same = std::equal(wanted.begin(), wanted.end(), curves_.begin(), curves_.end(),
                                 [](OptimizerKind kind, const auto& entry) { return kind == entry.first; });
    if (same)
        return;
    for (const auto& [kind, curve] : curves_)
        plot_->removePlottable(curve);
    curves_.clear();
    for (const OptimizerKind kind : wanted)
        curves_[kind] = descentview::addPathCurve(plot_, optimizerTitle(kind));
}

void SurfaceDescentView::recompute()
{
    if (!formula_)
        return;
    traces_.clear();
    paths_.clear();
    neurone::StoppingRule rule;
    rule.maxSteps = maxStepsSpin_->value();
    rule.minGradient = epsilon_;
    int longest = 0;
    for (const OptimizerKind kind : checkedOptimizers()) {
        const neurone::OptimizerSettings settings{
            .kind = kind, .learningRate = learningRate_, .momentum = momentum_};
        neurone::DescentTrace trace = neurone::descend(objective_, start_, settings, rule);
        descentview::Path& path = paths_[kind];
        for (const neurone::DescentStep& step : trace.steps)
            path.emplace_back(step.point[0], step.point[1]);
        longest = std::max(longest, trace.stepCount());
        traces_[kind] = std::move(trace);
    }
    descentview::showPoint(startMarker_, start_);
    const bool atEnd = playback_->position() >= playback_->length();
    playback_->setLength(longest);
    if (atEnd)
        playback_->setPosition(longest);
    refreshCurveStyles();
    refreshResults();
    refreshTable();
    refreshExplanation();
    showPosition(playback_->position());
}

void SurfaceDescentView::showPosition(int position)
{
    for (const auto& [kind, curve] : curves_) {
        const auto path = paths_.find(kind);
        descentview::showPath(curve, path == paths_.end() ? descentview::Path{} : path->second, position + 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}


QString SurfaceDescentView::applyState(const QString& key, const QString& value)
{
    bool ok = false;
    if (key == QLatin1String("preset")) {
        if (!neurone::findPreset(neurone::surfacePresets(), value.toStdString()))
            return tr("unknown preset '%1' (ill-conditioned, rosenbrock, two-minima)").arg(value);
        loadPreset(value);
        return {};
    }
    if (key == QLatin1String("formula"))
        return applyFormula(value);
    if (key == QLatin1String("start")) {
        const QStringList parts = value.split(QLatin1Char(','));
        bool okY = false;
        const double x = parts.value(0).toDouble(&ok), y = parts.value(1).toDouble(&okY);
        if (parts.size() != 2 || !ok || !okY)
            return tr("start expects two numbers 'x,y', not '%1'").arg(value);
        return setStart({x, y});
    }
    if (key == QLatin1String("lr")) {
        const double t = value.toDouble(&ok);
        if (!ok || !(t > 0) || t > neurone::maxLearningRate)
            return tr("lr expects a number in (0, %1], not '%2'").arg(neurone::maxLearningRate).arg(value);
        setLearningRate(t);
        recompute();
        return {};
    }
    if (key == QLatin1String("gamma")) {
        const double gamma = value.toDouble(&ok);
        if (!ok || gamma < 0 || gamma >= 1)
            return tr("gamma expects a number in [0, 1), not '%1'").arg(value);
        setMomentum(gamma);
        recompute();
        return {};
    }
    if (key == QLatin1String("optimizers"))
        return applyOptimizerList(value);
    if (key == QLatin1String("steps")) {
        const int position = value.toInt(&ok);
        if (value == QLatin1String("all"))
            playback_->showAll();
        else if (ok && position >= 0)
            playback_->setPosition(position);
        else
            return tr("steps expects a number of iterations or 'all', not '%1'").arg(value);
        return {};
    }
    return tr("unknown state '%1' (preset, formula, start, lr, gamma, optimizers, steps)").arg(key);
}

QString SurfaceDescentView::applyOptimizerList(const QString& names)
{
    std::vector<OptimizerKind> kinds;
    for (const QString& name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kind = neurone::optimizerKindFromName(name.trimmed().toStdString());
        if (!kind)
            return tr("unknown optimizer '%1' (gd, momentum, nesterov, adagrad, rmsprop, adam)").arg(name);
        kinds.push_back(*kind);
    }
    setCheckedOptimizers(kinds);
    syncCurves();
    recompute();
    return {};
}
