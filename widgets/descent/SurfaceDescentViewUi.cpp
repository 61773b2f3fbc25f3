// The surface page's widgets: layout, control boxes, and the refresh of what they show.
#include "descent/SurfaceDescentView.h"

#include "common/SidePanel.h"

#include "common/PlaybackControls.h"
#include "descent/DescentPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <qcustomplot.h>

using neurone::OptimizerKind;

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setMinimumWidth(52);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

void SurfaceDescentView::buildUi()
{
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(420, 320);
    plot_->xAxis->setLabel(tr("x"));
    plot_->yAxis->setLabel(tr("y"));
    plot_->setToolTip(tr("Press and drag on the map to move the start point x₀"));
    contour_ = descentview::addContourMap(plot_, tr("f(x, y)"));
    plot_->addLayer(QStringLiteral("markers"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    startMarker_ = descentview::addPointMarker(plot_, tr("start x₀ (drag it)"));
    startMarker_->setLayer(QStringLiteral("markers"));

    playback_ = new PlaybackControls(this);
    resultsLabel_ = new QLabel(this);
    resultsLabel_->setObjectName(QStringLiteral("resultsLabel"));
    resultsLabel_->setTextFormat(Qt::RichText);
    resultsLabel_->setWordWrap(true);
    resultsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QVBoxLayout;
    left->addWidget(plot_, 1);
    left->addWidget(playback_);
    left->addWidget(resultsLabel_);

    explainLabel_ = new QLabel(this);
    explainLabel_->setTextFormat(Qt::RichText);
    explainLabel_->setWordWrap(true);
    explainLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    QScrollArea* scroll =
        makeSidePanel(this, {buildFunctionBox(), buildOptimizerBox(), buildParameterBox(), explainLabel_});

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(scroll);
}

QWidget* SurfaceDescentView::buildFunctionBox()
{
    auto* box = new QGroupBox(tr("Function f(x, y)"), this);
    presetCombo_ = new QComboBox(box);
    presetCombo_->setObjectName(QStringLiteral("presetCombo"));
    for (const neurone::DescentPreset& preset : neurone::surfacePresets()) {
        const QString id = QString::fromStdString(preset.id);
        presetCombo_->addItem(presetTitle(id), id);
    }
    presetCombo_->addItem(tr("Custom…"), QString::fromLatin1(customPresetId));
    presetCombo_->setToolTip(tr("A surface from the course, or your own formula"));

    formulaEdit_ = new QLineEdit(box);
    formulaEdit_->setObjectName(QStringLiteral("formulaEdit"));
    formulaEdit_->setToolTip(tr(
        "f(x, y) in muparser syntax, applied with Enter, e.g. x^2 + 10*y^2\n"
        "Operators: + − * / ^ (power), parentheses, comparisons and ?: (if-then-else)\n"
        "Functions: sin cos tan asin acos atan sinh cosh tanh exp ln log10 log2 sqrt abs sign "
        "min max sum avg\nConstants: _pi _e\nThe map keeps the current x and y ranges."));

    errorLabel_ = new QLabel(box);
    errorLabel_->setObjectName(QStringLiteral("errorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setVisible(false);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(presetCombo_);
    layout->addWidget(formulaEdit_);
    layout->addWidget(errorLabel_);
    return box;
}

QWidget* SurfaceDescentView::buildOptimizerBox()
{
    auto* box = new QGroupBox(tr("Optimizers in the race"), this);
    auto* layout = new QGridLayout(box);
    int index = 0;
    for (const OptimizerKind kind : neurone::allOptimizerKinds) {
        auto* check = new QCheckBox(optimizerTitle(kind), box);
        check->setObjectName(QStringLiteral("optimizer-%1").arg(QLatin1String(neurone::optimizerName(kind))));
        check->setToolTip(tr("Show the path of %1 on the map").arg(optimizerTitle(kind)));
        checkBoxes_[kind] = check;
        layout->addWidget(check, index / 2, index % 2);
        ++index;
    }
    return box;
}

QWidget* SurfaceDescentView::buildParameterBox()
{
    auto* box = new QGroupBox(tr("Parameters"), this);
    learningRateSlider_ = new QSlider(Qt::Horizontal, box);
    learningRateSlider_->setObjectName(QStringLiteral("learningRateSlider"));
    learningRateSlider_->setRange(0, learningRateScale.maximum());
    learningRateSlider_->setToolTip(tr("Learning rate t, on a logarithmic scale from 0.0001 to 1"));
    learningRateLabel_ = valueLabel(box);

    momentumSlider_ = new QSlider(Qt::Horizontal, box);
    momentumSlider_->setObjectName(QStringLiteral("momentumSlider"));
    momentumSlider_->setRange(0, 99);
    momentumSlider_->setToolTip(tr("Momentum γ (0 to 0.99), used by momentum and Nesterov"));
    momentumLabel_ = valueLabel(box);

    maxStepsSpin_ = new QSpinBox(box);
    maxStepsSpin_->setObjectName(QStringLiteral("maxStepsSpin"));
    maxStepsSpin_->setRange(1, 10000);
    maxStepsSpin_->setToolTip(tr("Each optimizer stops after this many iterations at most"));

    auto* form = new QFormLayout(box);
    auto row = [box](QWidget* slider, QWidget* label) {
        auto* widget = new QWidget(box);
        auto* line = new QHBoxLayout(widget);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(slider, 1);
        line->addWidget(label);
        return widget;
    };
    form->addRow(tr("Learning rate t"), row(learningRateSlider_, learningRateLabel_));
    form->addRow(tr("Momentum γ"), row(momentumSlider_, momentumLabel_));
    form->addRow(tr("Max iterations"), maxStepsSpin_);
    return box;
}

void SurfaceDescentView::refreshCurveStyles()
{
    for (const auto& [kind, curve] : curves_) {
        descentview::stylePathCurve(curve, style_.series(seriesIndexOf(kind)), style_);
        curve->setName(legendName(kind));
    }
    for (const auto& [kind, check] : checkBoxes_) {
        QPixmap swatch(12, 12);
        swatch.fill(style_.series(seriesIndexOf(kind)));
        check->setIcon(QIcon(swatch));
    }
    descentview::stylePointMarker(startMarker_, style_, 1.6);
}

void SurfaceDescentView::refreshResults()
{
    QStringList lines;
    for (const auto& [kind, trace] : traces_)
        lines << resultLine(kind);
    resultsLabel_->setText(lines.join(QStringLiteral("<br>")));
}

void SurfaceDescentView::refreshTable()
{
    table_->setRowCount(0);
    for (const auto& [kind, trace] : traces_) {
        const neurone::DescentStep& last = trace.last();
        auto* name = new QStandardItem(optimizerTitle(kind));
        name->setData(QString::fromLatin1(neurone::optimizerName(kind)), Qt::UserRole);
        QList<QStandardItem*> row{name};
        for (const QVariant& value : {QVariant(trace.stepCount()), QVariant(last.point[0]),
                                      QVariant(last.point[1]), QVariant(last.value)}) {
            auto* item = new QStandardItem;
            item->setData(value, Qt::DisplayRole);
            row << item;
        }
        row << new QStandardItem(outcomeText(trace));
        table_->appendRow(row);
    }
}

void SurfaceDescentView::refreshExplanation() { explainLabel_->setText(explanation()); }

void SurfaceDescentView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    applyViewStyle(plot_, style);
    descentview::styleContourMap(contour_, style);
    errorLabel_->setStyleSheet(QStringLiteral("color: %1").arg(style.warning().name()));
    refreshCurveStyles();
    refreshResults();
    refreshExplanation();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}
