// The perceptron step page's widgets and their layout: the plane and the step table side by
// side, the step buttons below, the data and learning controls with the explain text beside.
#include "perceptron/PerceptronStepView.h"

#include "common/SidePanel.h"
#include "perceptron/PerceptronDataModel.h"
#include "perceptron/PerceptronPlot.h"
#include "perceptron/PerceptronTableDelegate.h"
#include "perceptron/PerceptronTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

QWidget* PerceptronStepView::buildSide()
{
    dataset_ = new QComboBox(this);
    dataset_->addItem(tr("OR"), "or");
    dataset_->addItem(tr("AND"), "and");
    dataset_->addItem(tr("NAND"), "nand");
    dataset_->addItem(tr("XOR"), "xor");
    dataset_->addItem(tr("Your own data"), "own");
    dataset_->setToolTip(tr("The training set: a logic table of the course, or your own data (edit the table "
                            "below, import a CSV file, or drop one on the page)"));
    importButton_ = new QPushButton(tr("Import CSV…"), this);
    importButton_->setToolTip(tr("Read a CSV file: one observation per line, the class in the last column "
                                 "(0/1 or two names), an optional header; ',' or ';' between values"));
    mapping_ = new QLabel(this);
    mapping_->setWordWrap(true);
    dataModel_ = new PerceptronDataModel(this);
    dataView_ = new QTableView(this);
    dataView_->setModel(dataModel_);
    dataView_->setToolTip(tr("Your data: double-click a cell to change it. Features are numbers; the class d is "
                             "0/1 or one of two names."));
    dataView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    dataView_->verticalHeader()->setDefaultSectionSize(dataView_->fontMetrics().height() + 6);
    dataView_->setMinimumHeight(120);
    dataView_->setMaximumHeight(170);
    addRow_ = toolButton(this, tr("+ row"), tr("Add an observation after the selected one"));
    removeRow_ = toolButton(this, tr("− row"), tr("Remove the selected observations (or the last one)"));
    addFeature_ = toolButton(this, tr("+ feature"), tr("Add a feature column xₚ₊₁ (zeros)"));
    removeFeature_ = toolButton(this, tr("− feature"), tr("Remove the last feature column"));

    learningRate_ = new QDoubleSpinBox(this);
    learningRate_->setRange(0, neurone::maxPerceptronLearningRate);
    learningRate_->setDecimals(3);
    learningRate_->setSingleStep(0.1);
    learningRate_->setKeyboardTracking(false);
    learningRate_->setToolTip(tr("Learning rate η > 0: how far one correction moves the weights"));
    weights_ = new QLineEdit(this);
    weights_->setToolTip(tr("The initial weights w1, w2, …: one per feature, separated by commas, e.g. 1, -1. "
                            "Press Enter to apply."));
    bias_ = new QDoubleSpinBox(this);
    bias_->setRange(-1e6, 1e6);
    bias_->setDecimals(3);
    bias_->setKeyboardTracking(false);
    bias_->setToolTip(tr("The initial bias b"));
    maxEpochs_ = new QSpinBox(this);
    maxEpochs_->setRange(1, neurone::maxPerceptronEpochs);
    maxEpochs_->setKeyboardTracking(false);
    maxEpochs_->setToolTip(tr("Stop after this many epochs if the weights have not converged"));
    explain_ = new QLabel(this);
    explain_->setWordWrap(true);
    explain_->setTextFormat(Qt::RichText);
    explain_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* data = new QGroupBox(tr("Data"), this);
    auto* dataLayout = new QVBoxLayout(data);
    auto* pick = new QHBoxLayout;
    pick->addWidget(dataset_, 1);
    pick->addWidget(importButton_);
    dataLayout->addLayout(pick);
    dataLayout->addWidget(dataView_);
    auto* edit = new QHBoxLayout;
    for (QToolButton* button : {addRow_, removeRow_, addFeature_, removeFeature_})
        edit->addWidget(button);
    edit->addStretch();
    dataLayout->addLayout(edit);
    dataLayout->addWidget(mapping_);

    auto* learning = new QGroupBox(tr("Learning"), this);
    auto* form = new QFormLayout(learning);
    form->addRow(tr("Learning rate η"), learningRate_);
    form->addRow(tr("Initial w"), weights_);
    form->addRow(tr("Initial b"), bias_);
    form->addRow(tr("Maximum epochs"), maxEpochs_);
    return makeSidePanel(this, {data, learning, explain_});
}

void PerceptronStepView::buildUi()
{
    QWidget* side = buildSide();
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->hide();
    plot_ = new PerceptronPlot(this);
    table_ = new PerceptronTableModel(this);
    tableView_ = new QTableView(this);
    tableView_->setModel(table_);
    tableView_->setItemDelegate(new PerceptronTableDelegate(tableView_));
    tableView_->verticalHeader()->hide();
    tableView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tableView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableView_->horizontalHeader()->setMinimumSectionSize(24);
    tableView_->verticalHeader()->setDefaultSectionSize(tableView_->fontMetrics().height() + 6);
    tableView_->setToolTip(tr("The course's table: one row per observation presented. Corrected rows are "
                              "highlighted; a thick line starts each epoch."));
    stepButton_ = new QPushButton(tr("Step observation"), this);
    stepButton_->setShortcut(Qt::Key_F10);
    stepButton_->setToolTip(tr("Present the next observation and apply the delta rule (F10)"));
    epochButton_ = new QPushButton(tr("Step epoch"), this);
    epochButton_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    epochButton_->setToolTip(tr("Present the observations up to the end of this epoch (Shift+F10)"));
    runButton_ = new QPushButton(tr("Run to convergence"), this);
    runButton_->setShortcut(Qt::Key_F5);
    runButton_->setToolTip(tr("Present epochs until one makes no correction, or the maximum epochs (F5)"));
    resetButton_ = new QPushButton(tr("Reset"), this);
    resetButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    resetButton_->setToolTip(tr("Back to the initial weights (Ctrl+R)"));
    progress_ = new QLabel(this);
    progress_->setWordWrap(true); // never widens the page
    outcome_ = new QLabel(this);
    outcome_->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(plot_);
    splitter->addWidget(tableView_);
    splitter->setStretchFactor(0, 1); // the table is as wide as its columns, the plane takes the rest
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {stepButton_, epochButton_, runButton_, resetButton_})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(progress_, 1);

    auto* main = new QVBoxLayout;
    main->addWidget(error_);
    main->addWidget(splitter, 1);
    main->addWidget(outcome_);
    main->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(side);
}
