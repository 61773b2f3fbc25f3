#include "training/TrainingPanel.h"

#include "common/SidePanel.h"
#include "common/ThreadMailbox.h"
#include "training/ConfusionMatrixView.h"
#include "training/DatasetBox.h"
#include "training/DecisionRegionPlot.h"
#include "training/FeatureMapsView.h"
#include "training/NetworkBuilder.h"
#include "training/PredictionGridView.h"
#include "training/TrainingCurves.h"
#include "training/TrainingSettingsBox.h"
#include "training/TrainingWorker.h"
#include "training/WeightImagesView.h"

#include "model/ModelPresets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

TrainingPanel::TrainingPanel(QWidget* parent)
    : Panel(parent),
      dataset_(new DatasetBox(this)),
      preset_(new QComboBox(this)),
      builder_(new NetworkBuilder(this)),
      settings_(new TrainingSettingsBox(this)),
      controls_(new TrainingControls(this)),
      message_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      curvesPage_(new QSplitter(Qt::Horizontal, this)),
      curves_(new TrainingCurves(this)),
      regions_(new DecisionRegionPlot(this)),
      confusion_(new ConfusionMatrixView(this)),
      predictions_(new PredictionGridView(this)),
      weights_(new WeightImagesView(this)),
      features_(new FeatureMapsView(this)),
      historyTable_(new QStandardItemModel(this)),
      worker_(new TrainingWorker),
      toWorker_(new ThreadMailbox(worker_)),
      fromWorker_(new ThreadMailbox(this))
{
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName("training");
    thread_.start();

    // Explicit minimums: the window must still fit a 1280×800 screen beside the side panel.
    regions_->setMinimumSize(220, 220);
    curves_->setMinimumSize(260, 220);
    curvesPage_->addWidget(regions_);
    curvesPage_->addWidget(curves_);
    curvesPage_->setStretchFactor(0, 1);
    curvesPage_->setStretchFactor(1, 1);
    curvesPage_->setChildrenCollapsible(false);
    tabs_->addTab(curvesPage_, tr("Curves"));
    tabs_->setTabToolTip(0, tr("Loss and accuracy during training; for 2-D sets, the decision regions"));
    tabs_->addTab(confusion_, tr("Confusion matrix"));
    tabs_->setTabToolTip(1, tr("Counts of true against predicted classes, with precision, recall and F1"));
    tabs_->addTab(predictions_, tr("Predictions"));
    tabs_->setTabToolTip(2, tr("40 test images with the predicted and the true class; errors in red"));
    tabs_->addTab(weights_, tr("Weights"));
    tabs_->setTabToolTip(3, tr("The first layer's weights as images: templates or filters"));
    tabs_->addTab(features_, tr("Feature maps"));
    tabs_->setTabToolTip(4, tr("What each convolution and pooling layer makes of one image"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(controls_);
    mainLayout->addWidget(message_);
    mainLayout->addWidget(tabs_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(makeSidePanel(this, {dataset_, makeModelBox(), settings_}));
    layout->addWidget(main, 1);

    historyTable_->setHorizontalHeaderLabels(
        {"epoch", "train_loss", "train_acc", "val_loss", "val_acc", "test_acc", "seconds"});
    wire();
    setState(TrainingControls::State::Busy);
    loadDataset();
}

TrainingPanel::~TrainingPanel()
{
    worker_->requestPause();
    thread_.quit();
    thread_.wait();
}

QString TrainingPanel::title() const { return tr("Training"); }

QWidget* TrainingPanel::makeModelBox()
{
    auto* box = new QGroupBox(tr("Network"), this);
    for (const neurone::ModelPreset preset : neurone::allModelPresets)
        preset_->addItem(QString::fromUtf8(neurone::modelPresetName(preset).data()),
                         QString::fromUtf8(neurone::modelPresetName(preset).data()));
    preset_->addItem(tr("custom"), QString());
    preset_->setToolTip(tr("softmax: 784→10, the digit model. mlp: 784–128 ReLU–10. cnn: convolution 3×3×16, "
                           "ReLU, max pooling 2, dense 10. xor: 2–2–1 sigmoid. toy: a small tanh network for "
                           "the 2-D sets. Choosing one also sets the training settings it learns well with."));
    auto* form = new QFormLayout;
    form->addRow(tr("Preset"), preset_);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(builder_);
    return box;
}

// Every signal of the panel is connected here.
void TrainingPanel::wire()
{
    connect(controls_, &TrainingControls::runRequested, this, &TrainingPanel::run);
    connect(controls_, &TrainingControls::pauseRequested, this, &TrainingPanel::pause);
    connect(controls_, &TrainingControls::stopRequested, this, &TrainingPanel::stop);
    connect(controls_, &TrainingControls::stepBatchRequested, this, &TrainingPanel::stepBatch);
    connect(controls_, &TrainingControls::stepEpochRequested, this, &TrainingPanel::stepEpoch);
    connect(controls_, &TrainingControls::resetRequested, this, &TrainingPanel::reset);
    connect(controls_, &TrainingControls::openRequested, this, &TrainingPanel::askOpenModel);
    connect(controls_, &TrainingControls::saveRequested, this, &TrainingPanel::askSaveModel);

    connect(dataset_, &DatasetBox::datasetChanged, this, &TrainingPanel::loadDataset);
    connect(dataset_, &DatasetBox::validationChanged, this, &TrainingPanel::reset);
    connect(preset_, &QComboBox::activated, this, &TrainingPanel::presetChosen);
    connect(builder_, &NetworkBuilder::layersChanged, this, &TrainingPanel::layersChanged);
    connect(settings_, &TrainingSettingsBox::dropoutRateChanged, this, &TrainingPanel::applyDropoutRate);

    fromWorker_->relay(worker_, &TrainingWorker::datasetLoaded, this, &TrainingPanel::datasetLoaded);
    fromWorker_->relay(worker_, &TrainingWorker::datasetFailed, this, &TrainingPanel::datasetFailed);
    fromWorker_->relay(worker_, &TrainingWorker::progress, this, &TrainingPanel::received);
    fromWorker_->relay(worker_, &TrainingWorker::inspected, this, &TrainingPanel::inspected);
    fromWorker_->relay(worker_, &TrainingWorker::stopped, this, &TrainingPanel::stopped);
}

QCustomPlot* TrainingPanel::currentPlot() const
{
    return tabs_->currentWidget() == curvesPage_ ? curves_ : nullptr;
}

QAbstractItemModel* TrainingPanel::currentTable() const
{
    if (tabs_->currentWidget() == confusion_)
        return confusion_->metricsModel();
    return historyTable_;
}

void TrainingPanel::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    curves_->setViewStyle(style);
    regions_->setViewStyle(style);
    confusion_->setViewStyle(style);
    predictions_->setViewStyle(style);
    weights_->setViewStyle(style);
    features_->setViewStyle(style);
    builder_->setViewStyle(style);
    dataset_->setWarningColour(style.warning());
}

QString TrainingPanel::openFilter() const { return tr("Neurone models (*.neurone)"); }

TrainingControls::State TrainingPanel::state() const { return controls_->state(); }

QString TrainingPanel::message() const { return message_->isHidden() ? QString() : message_->text(); }

void TrainingPanel::showMessage(const QString& text, bool problem)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    QFont font = message_->font();
    font.setBold(problem);
    message_->setFont(font);
    QPalette palette = message_->palette();
    palette.setColor(QPalette::WindowText, problem ? style_.warning() : style_.foreground());
    message_->setPalette(palette);
    if (!text.isEmpty())
        emit statusMessage(text);
}

bool TrainingPanel::waitUntilIdle(int milliseconds)
{
    const auto busy = [this] { return loading_ || state() == TrainingControls::State::Running; };
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &loop, [&] {
        if (!busy() || clock.elapsed() >= milliseconds)
            loop.quit();
    });
    tick.start(20);
    if (busy())
        loop.exec();
    QCoreApplication::processEvents();
    return !busy();
}
