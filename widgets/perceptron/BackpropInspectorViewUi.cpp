// The inspector's widgets and layout.
#include "perceptron/BackpropInspectorView.h"

#include "common/PlaybackControls.h"
#include "common/SidePanel.h"
#include "perceptron/BackpropArchitectureBox.h"
#include "perceptron/BackpropTrainingPlot.h"
#include "perceptron/BackpropValueModel.h"
#include "perceptron/NetworkGraph.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox* valueBox(QWidget* parent, double low, double high, int decimals, double step, const QString& tip)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

void BackpropInspectorView::buildUi()
{
    preset_ = new QComboBox(this);
    preset_->addItem(tr("Course: binary classification (3-4-1, BCE)"), QString("course-bce"));
    preset_->addItem(tr("XOR (2-2-1, MSE, momentum)"), QString("xor"));
    preset_->addItem(tr("Your own network"), QString());
    preset_->setToolTip(tr("Start from the course's activity (seed 004) or its XOR network (seed 000)"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::RichText);
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();

    architecture_ = new BackpropArchitectureBox(this);
    auto* descent = new QGroupBox(tr("Update"), this);
    auto* descentForm = new QFormLayout(descent);
    learningRate_ = valueBox(descent, 0.00001, 10, 5, 0.001, tr("Learning rate η in w ← w − η·∂E/∂w"));
    momentum_ = valueBox(descent, 0, 0.99, 2, 0.05, tr("Momentum γ: ω ← γ·ω + η·∂E/∂w, w ← w − ω (0: plain gradient descent)"));
    descentForm->addRow(tr("Learning rate η"), learningRate_);
    descentForm->addRow(tr("Momentum γ"), momentum_);

    auto* training = new QGroupBox(tr("Training"), this);
    auto* trainingLayout = new QGridLayout(training);
    trainOne_ = new QPushButton(tr("Train one epoch"), training);
    trainOne_->setToolTip(tr("Present every observation once, in turn, each followed by its update"));
    trainMany_ = new QPushButton(tr("Train"), training);
    trainMany_->setToolTip(tr("Train this many epochs at once"));
    epochCount_ = new QSpinBox(training);
    epochCount_->setRange(1, 5000);
    epochCount_->setValue(100);
    epochCount_->setSuffix(tr(" epochs"));
    epochCount_->setToolTip(tr("How many epochs the Train button runs"));
    trainingLayout->addWidget(trainOne_, 0, 0, 1, 2);
    trainingLayout->addWidget(trainMany_, 1, 0);
    trainingLayout->addWidget(epochCount_, 1, 1);

    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QScrollArea* side = makeSidePanel(this, {architecture_, descent, buildObservationBox(), training, explain_});

    graph_ = new NetworkGraph(this);
    values_ = new BackpropValueModel(this);
    table_ = new QTableView(this);
    table_->setModel(values_);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("Every value of the step, named as in the course, in the order it is computed"));
    plot_ = new BackpropTrainingPlot(this);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(table_);
    bottom->addWidget(plot_);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(graph_);
    left->addWidget(bottom);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    playback_ = new PlaybackControls(this);
    playback_->setCounterFormat(tr("phase %1 of %2"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Example"), this));
    top->addWidget(preset_);
    top->addSpacing(12);
    top->addWidget(status_, 1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(left, 1);
    columns->addWidget(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(error_);
    layout->addLayout(columns, 1);
    layout->addWidget(playback_);
}

QWidget* BackpropInspectorView::buildObservationBox()
{
    auto* box = new QGroupBox(tr("Observation"), this);
    observationForm_ = new QFormLayout(box);
    observation_ = new QSpinBox(box);
    observation_->setKeyboardTracking(false);
    observation_->setToolTip(tr("Which observation goes through the network next"));
    observationForm_->addRow(tr("Number"), observation_);
    for (int i = 0; i < neurone::maxTinyInputs; ++i) {
        inputLabels_ << new QLabel(box);
        inputBoxes_ << valueBox(box, -1000, 1000, 3, 0.1, tr("Input value of this observation (or click the input on the graph)"));
        observationForm_->addRow(inputLabels_.last(), inputBoxes_.last());
    }
    for (int l = 0; l < neurone::maxTinyOutputs; ++l) {
        targetLabels_ << new QLabel(box);
        targetBoxes_ << valueBox(box, -1000, 1000, 3, 0.1, tr("Desired output of this observation (the course's y or d)"));
        observationForm_->addRow(targetLabels_.last(), targetBoxes_.last());
    }
    return box;
}
