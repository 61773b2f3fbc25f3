#include "descent/CurveDescentView.h"

#include "common/PlaybackControls.h"
#include "common/Sentence.h"
#include "common/SidePanel.h"
#include "descent/DescentColumn.h"
#include "descent/DescentPresets.h"
#include "descent/DescentTableModel.h"
#include "descent/Grid.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString presetTitle(const std::string& id)
{
    if (id == "course")
        return CurveDescentView::tr("Course: f(x) = (x − 0.75)²");
    if (id == "local-minimum")
        return CurveDescentView::tr("Local minimum: momentum escapes");
    if (id == "diverging")
        return CurveDescentView::tr("No convergence: t = 1.5");
    return QString::fromStdString(id);
}

QDoubleSpinBox* spin(QWidget* parent, double min, double max, int decimals, double step, const QString& tip)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

CurveDescentView::CurveDescentView(QWidget* parent) : PanelPage(parent)
{
    buildUi();
    connectUi();
    selectPreset(0);
}

void CurveDescentView::buildUi()
{
    preset_ = new QComboBox(this);
    for (const neurone::DescentPreset& p : neurone::curvePresets())
        preset_->addItem(presetTitle(p.id), QString::fromStdString(p.id));
    preset_->addItem(tr("Your own function"), QString());
    preset_->setToolTip(tr("Start from one of the course's examples, or type your own f(x)"));
    formula_ = new QLineEdit(this);
    formula_->setToolTip(tr("f(x) in the usual notation: + − * / ^, sin, cos, exp, log (ln), sqrt, abs, "
                            "e.g. x^4 − 3*x^2 + x. Press Enter to apply."));
    formula_->setPlaceholderText(tr("for example (x-0.75)^2"));
    x0_ = spin(this, -1000, 1000, 4, 0.05, tr("Start point x₀ (or click the curve)"));
    learningRate_ = spin(this, 0.0001, 1e9, 4, 0.01, tr("Learning rate t: the step is t·f′(x)"));
    gamma_ = spin(this, 0, 0.99, 2, 0.05, tr("Momentum γ: the share of the previous step kept"));
    epsilon_ = spin(this, 0, 100, 4, 0.01, tr("Stop when |f′(x_k)| ≤ ε"));
    maxSteps_ = new QSpinBox(this);
    maxSteps_->setRange(1, 100000);
    maxSteps_->setToolTip(tr("Stop after this many iterations"));
    maxSteps_->setKeyboardTracking(false);
    useMinLoss_ = new QCheckBox(tr("Minimum loss"), this);
    useMinLoss_->setToolTip(tr("Also stop once f(x_k) is at most this value"));
    minLoss_ = spin(this, -1e6, 1e6, 4, 0.01, tr("Stop once f(x_k) ≤ this value"));
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    plainColumn_ = new DescentColumn(this);
    momentumColumn_ = new DescentColumn(this);
    playback_ = new PlaybackControls(this);
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* functionRow = new QHBoxLayout;
    functionRow->addWidget(new QLabel(tr("Example"), this));
    functionRow->addWidget(preset_);
    functionRow->addSpacing(12);
    functionRow->addWidget(new QLabel(tr("f(x) ="), this));
    functionRow->addWidget(formula_, 1);

    auto* settings = new QGroupBox(tr("Descent"), this);
    auto* settingsForm = new QFormLayout(settings);
    settingsForm->addRow(tr("Start x₀"), x0_);
    settingsForm->addRow(tr("Learning rate t"), learningRate_);
    settingsForm->addRow(tr("Momentum γ"), gamma_);
    auto* stopping = new QGroupBox(tr("Stop when"), this);
    auto* stoppingForm = new QFormLayout(stopping);
    stoppingForm->addRow(tr("|f′(x)| ≤ ε"), epsilon_);
    stoppingForm->addRow(tr("iterations ="), maxSteps_);
    stoppingForm->addRow(useMinLoss_, minLoss_);
    QScrollArea* sideWidget = makeSidePanel(this, {settings, stopping, explain_});

    auto* columns = new QHBoxLayout;
    columns->addWidget(plainColumn_, 1);
    columns->addWidget(momentumColumn_, 1);
    columns->addWidget(sideWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(functionRow);
    layout->addWidget(error_);
    layout->addLayout(columns, 1);
    layout->addWidget(playback_);
}

void CurveDescentView::connectUi()
{
    connect(preset_, &QComboBox::activated, this, &CurveDescentView::selectPreset);
    connect(formula_, &QLineEdit::returnPressed, this, [this] {
        if (formula_->text() != previous_.formula)
            preset_->setCurrentIndex(preset_->count() - 1);
        recompute();
    });
    for (QDoubleSpinBox* box : {x0_, learningRate_, gamma_, epsilon_, minLoss_})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { recompute(); });
    connect(maxSteps_, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(useMinLoss_, &QCheckBox::toggled, this, [this](bool on) {
        minLoss_->setEnabled(on);
        recompute();
    });
    for (DescentColumn* column : {plainColumn_, momentumColumn_})
        connect(column, &DescentColumn::curveClicked, this, [this](double x) { x0_->setValue(x); });
    connect(playback_, &PlaybackControls::positionChanged, this, &CurveDescentView::showRevealed);
}

void CurveDescentView::selectPreset(int index)
{
    const QString id = preset_->itemData(index).toString();
    const neurone::DescentPreset* p = neurone::findPreset(neurone::curvePresets(), id.toStdString());
    if (!p) { // "your own function": keep what is there, let the user type
        formula_->setFocus();
        formula_->selectAll();
        return;
    }
    Settings s;
    s.formula = QString::fromStdString(p->formula);
    s.x0 = p->startX;
    s.learningRate = p->learningRate;
    s.gamma = p->momentum;
    s.epsilon = p->epsilon;
    s.maxSteps = p->maxSteps;
    s.xView = p->xRange;
    s.yView = p->yRange;
    preset_->setCurrentIndex(index);
    showSettings(s);
    previous_ = s;
    recompute();
    playback_->reset();
}

CurveDescentView::Settings CurveDescentView::settingsFromControls() const
{
    Settings s = previous_;
    s.formula = formula_->text().trimmed();
    s.x0 = x0_->value();
    s.learningRate = learningRate_->value();
    s.gamma = gamma_->value();
    s.epsilon = epsilon_->value();
    s.maxSteps = maxSteps_->value();
    s.useMinLoss = useMinLoss_->isChecked();
    s.minLoss = minLoss_->value();
    return s;
}

void CurveDescentView::showSettings(const Settings& s)
{
    showingSettings_ = true;
    formula_->setText(s.formula);
    x0_->setValue(s.x0);
    learningRate_->setValue(s.learningRate);
    gamma_->setValue(s.gamma);
    epsilon_->setValue(s.epsilon);
    maxSteps_->setValue(s.maxSteps);
    useMinLoss_->setChecked(s.useMinLoss);
    minLoss_->setValue(s.minLoss);
    minLoss_->setEnabled(s.useMinLoss);
    showingSettings_ = false;
}

void CurveDescentView::refuse(const QString& message)
{
    error_->setText(message);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    showSettings(previous_); // the previous state is kept, controls included
    emit statusMessage(message);
}

void CurveDescentView::recompute()
{
    if (showingSettings_)
        return;
    Settings s = settingsFromControls();
    auto parsed = neurone::Formula::parse(s.formula.toStdString(), {"x"});
    if (const auto* message = std::get_if<std::string>(&parsed))
        return refuse(tr("Cannot read f(x) = %1: %2 Correct the formula, for example (x-0.75)^2; the previous function "
                          "is kept.")
                          .arg(s.formula, asSentence(QString::fromStdString(*message))));
    const neurone::Objective f = neurone::objectiveOf(std::get<neurone::Formula>(parsed));
    const Eigen::VectorXd start = Eigen::VectorXd::Constant(1, s.x0);
    if (neurone::learningRateError(s.learningRate))
        return refuse(tr("The learning rate must be greater than 0 and at most %1; %2 was refused. Type a learning rate "
                          "in that range.")
                          .arg(neurone::maxLearningRate)
                          .arg(s.learningRate));
    if (neurone::startError(f, start))
        return refuse(tr("f(x) = %1 is not defined at x₀ = %2 (not a number there). Pick another start point.")
                          .arg(s.formula)
                          .arg(s.x0));
    error_->hide();

    neurone::StoppingRule rule;
    rule.maxSteps = s.maxSteps;
    rule.minGradient = s.epsilon;
    if (s.useMinLoss)
        rule.minLoss = s.minLoss;
    neurone::OptimizerSettings optimizer;
    optimizer.learningRate = s.learningRate;
    plain_ = neurone::descend(f, start, optimizer, rule);
    optimizer.kind = neurone::OptimizerKind::Momentum;
    optimizer.momentum = s.gamma;
    momentum_ = neurone::descend(f, start, optimizer, rule);

    if (s.formula != previous_.formula && preset_->currentData().toString().isEmpty())
        s.xView = {s.x0 - 3, s.x0 + 3};
    s.yView = fittingView(f, s.xView);
    previous_ = s;

    const auto curve = neurone::sampleGrid([&f](double x, double) { return f.value(Eigen::VectorXd::Constant(1, x)); },
                                           s.xView, {0, 0}, 600, 1);
    const int length = std::max(plain_.stepCount(), momentum_.stepCount());
    playback_->setLength(length);
    const int position = playback_->position();
    for (DescentColumn* column : {plainColumn_, momentumColumn_})
        column->setCurve(curve, s.xView, s.yView);
    plainColumn_->setTrace(plain_, position);
    momentumColumn_->setTrace(momentum_, position);
    plainColumn_->setTitle(tr("Without momentum"));
    momentumColumn_->setTitle(tr("With momentum (γ = %1)").arg(s.gamma));
    updateExplain();
}

neurone::Range CurveDescentView::fittingView(const neurone::Objective& f, const neurone::Range& xView) const
{
    if (const auto* p = neurone::findPreset(neurone::curvePresets(), preset_->currentData().toString().toStdString()))
        return p->yRange;
    // Own function: the range of f over the view, with a margin.
    const auto grid = neurone::sampleGrid([&f](double x, double) { return f.value(Eigen::VectorXd::Constant(1, x)); },
                                          xView, {0, 0}, 200, 1);
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (const double v : grid.values)
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    if (!std::isfinite(low))
        return {-1, 1};
    const double margin = std::max(1e-6, 0.08 * (high - low));
    return {low - margin, high + margin};
}

void CurveDescentView::showRevealed(int position)
{
    plainColumn_->setRevealed(position);
    momentumColumn_->setRevealed(position);
}

void CurveDescentView::updateExplain()
{
    const Settings& s = previous_;
    explain_->setText(
        tr("<h3>Gradient descent</h3>"
           "<p>Until a stopping condition holds:<br/><b>x<sub>k+1</sub> = x<sub>k</sub> − t·f′(x<sub>k</sub>)</b></p>"
           "<h3>With momentum</h3>"
           "<p>ω<sub>0</sub> = 0, then<br/><b>ω<sub>k+1</sub> = γ·ω<sub>k</sub> + t·f′(x<sub>k</sub>)</b><br/>"
           "<b>x<sub>k+1</sub> = x<sub>k</sub> − ω<sub>k+1</sub></b></p>"
           "<p>Here t = %1, γ = %2, x<sub>0</sub> = %3.</p>"
           "<h3>Stopping</h3><p>The first of: |f′(x<sub>k</sub>)| ≤ ε = %4; k = %5 iterations; "
           "f(x<sub>k</sub>) below the minimum loss (if set).</p>"
           "<p>A step that makes x run off to infinity means the learning rate is too large: "
           "the descent <i>diverges</i>.</p>")
            .arg(s.learningRate)
            .arg(s.gamma)
            .arg(s.x0)
            .arg(s.epsilon)
            .arg(s.maxSteps));
}

QCustomPlot* CurveDescentView::currentPlot() const
{
    const bool momentum = momentumColumn_->isAncestorOf(QApplication::focusWidget());
    return (momentum ? momentumColumn_ : plainColumn_)->plot();
}

QAbstractItemModel* CurveDescentView::currentTable() const
{
    const bool momentum = momentumColumn_->isAncestorOf(QApplication::focusWidget());
    return (momentum ? momentumColumn_ : plainColumn_)->model();
}

void CurveDescentView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    plainColumn_->setViewStyle(style);
    momentumColumn_->setViewStyle(style);
    if (!error_->isHidden())
        error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
}

QString CurveDescentView::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
QString CurveDescentView::formulaText() const { return previous_.formula; }

QString CurveDescentView::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    if (key == "preset") {
        const int index = preset_->findData(value);
        if (index < 0)
            return tr("unknown preset '%1'").arg(value);
        selectPreset(index);
    } else if (key == "function") {
        formula_->setText(value);
        preset_->setCurrentIndex(preset_->count() - 1);
        recompute();
    } else if (key == "x0") {
        x0_->setValue(value.toDouble(&ok));
    } else if (key == "lr") {
        learningRate_->setValue(value.toDouble(&ok));
    } else if (key == "gamma") {
        gamma_->setValue(value.toDouble(&ok));
    } else if (key == "eps") {
        epsilon_->setValue(value.toDouble(&ok));
    } else if (key == "steps") {
        if (value == "all")
            playback_->showAll();
        else
            playback_->setPosition(value.toInt(&ok));
    } else {
        return tr("unknown state '%1' (preset, function, x0, lr, gamma, eps, steps)").arg(key);
    }
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
