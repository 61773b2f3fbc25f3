#include "keywords/KeywordTrainingView.h"

#include "common/ThreadMailbox.h"
#include "io/KeywordRecordings.h"
#include "io/ModelStorage.h"
#include "training/ConfusionMatrixView.h"
#include "training/TrainingCurves.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString shippedModelPath = QStringLiteral(":/models/keywords.neurone");

} // namespace

KeywordTrainingView::KeywordTrainingView(QWidget* parent)
    : QWidget(parent),
      heldOut_(new QComboBox(this)),
      copies_(new QSpinBox(this)),
      epochs_(new QSpinBox(this)),
      transfer_(new QCheckBox(tr("Start from the shipped model (transfer learning)"), this)),
      unfreeze_(new QCheckBox(tr("Unfreeze all layers"), this)),
      train_(new QPushButton(tr("Train"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      save_(new QPushButton(tr("Save model…"), this)),
      message_(new QLabel(this)),
      summary_(new QLabel(this)),
      curves_(new TrainingCurves(this)),
      confusion_(new ConfusionMatrixView(this)),
      accuracy_(new QLabel(this)),
      speakers_(new QTableWidget(0, 3, this)),
      worker_(new KeywordTrainingWorker),
      toWorker_(new ThreadMailbox(worker_)),
      fromWorker_(new ThreadMailbox(this))
{
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName(QStringLiteral("keyword training"));
    thread_.start();

    train_->setObjectName(QStringLiteral("train"));
    cancel_->setObjectName(QStringLiteral("cancel"));
    save_->setObjectName(QStringLiteral("save"));
    transfer_->setObjectName(QStringLiteral("transfer"));
    unfreeze_->setObjectName(QStringLiteral("unfreeze"));
    copies_->setRange(0, 20);
    copies_->setValue(2);
    copies_->setToolTip(tr("Augmented copies of each recording: random pitch, speed, time shift and noise"));
    epochs_->setRange(1, 500);
    epochs_->setValue(15);
    transfer_->setChecked(true);
    unfreeze_->setToolTip(tr("Off: the convolution layers keep the shipped model's weights and only the head "
                             "is retrained (Keras' trainable = False). On: every layer is retrained."));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setWordWrap(true);
    curves_->setMinimumSize(260, 220);
    curves_->setHint(tr("Press Train: the loss and the accuracy appear here as the network learns."));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(curves_, tr("Curves"));
    tabs->addTab(makeEvaluationPage(), tr("Held-out evaluation"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(makeSettingsBox());
    split->addWidget(tabs);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    connectUi();
    setBaseModelPath(shippedModelPath);
    setRecordingsFolder(io::KeywordRecordings::defaultFolder());
}

KeywordTrainingView::~KeywordTrainingView()
{
    worker_->requestCancel();
    thread_.quit();
    thread_.wait();
}

QWidget* KeywordTrainingView::makeSettingsBox()
{
    auto* box = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Held out"), heldOut_);
    form->addRow(tr("Augmented copies"), copies_);
    form->addRow(tr("Epochs"), epochs_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(train_);
    buttons->addWidget(cancel_);
    buttons->addWidget(save_);
    auto* explain = new QLabel(tr("Adam, learning rate 0.001, batches of 32. The held-out recordings are never "
                                  "trained on: they measure how well the model recognises new recordings."),
                               this);
    explain->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(transfer_);
    layout->addWidget(unfreeze_);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    layout->addWidget(summary_);
    layout->addWidget(explain);
    layout->addStretch(1);
    return box;
}

QWidget* KeywordTrainingView::makeEvaluationPage()
{
    auto* page = new QWidget(this);
    speakers_->setHorizontalHeaderLabels({tr("Speaker"), tr("Held-out recordings"), tr("Accuracy")});
    speakers_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    speakers_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    speakers_->verticalHeader()->hide();
    speakers_->setMaximumHeight(160);
    speakers_->hide();
    accuracy_->setText(tr("Train a model to measure it on the held-out recordings."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(accuracy_);
    layout->addWidget(confusion_, 1);
    layout->addWidget(speakers_);
    return page;
}

void KeywordTrainingView::connectUi()
{
    fromWorker_->relay(worker_, &KeywordTrainingWorker::status, [this](const QString& text) { showMessage(text); });
    fromWorker_->relay(worker_, &KeywordTrainingWorker::progress, this, &KeywordTrainingView::received);
    fromWorker_->relay(worker_, &KeywordTrainingWorker::finished, this, &KeywordTrainingView::finished);
    fromWorker_->relay(worker_, &KeywordTrainingWorker::stopped, this, &KeywordTrainingView::stopped);
    connect(train_, &QPushButton::clicked, this, &KeywordTrainingView::train);
    connect(cancel_, &QPushButton::clicked, this, &KeywordTrainingView::cancel);
    connect(save_, &QPushButton::clicked, this, &KeywordTrainingView::askSaveModel);
    connect(transfer_, &QCheckBox::toggled, this, &KeywordTrainingView::updateButtons);
}

void KeywordTrainingView::setBaseModelPath(const QString& path)
{
    auto read = io::readModelFile(path);
    if (auto* problem = std::get_if<QString>(&read)) {
        base_.reset();
        transfer_->setChecked(false);
        transfer_->setToolTip(tr("No base model to start from (%1): the network is trained from scratch.").arg(*problem));
    } else {
        base_ = std::get<neurone::ModelFile>(std::move(read)).model;
        transfer_->setChecked(true);
        transfer_->setToolTip(tr("Keep the layers of a model trained on other words and retrain a new last layer "
                                 "for this vocabulary (transfer learning)."));
    }
    updateButtons();
}

KeywordTrainingOptions KeywordTrainingView::options() const
{
    KeywordTrainingOptions options;
    options.heldOutSpeaker = heldOut_->currentData().toString();
    options.copies = copies_->value();
    options.epochs = epochs_->value();
    options.transfer = base_.has_value() && transfer_->isChecked();
    options.unfreezeAll = unfreeze_->isChecked();
    return options;
}

void KeywordTrainingView::setOptions(const KeywordTrainingOptions& options)
{
    const int speaker = heldOut_->findData(options.heldOutSpeaker);
    heldOut_->setCurrentIndex(std::max(0, speaker));
    copies_->setValue(options.copies);
    epochs_->setValue(options.epochs);
    transfer_->setChecked(options.transfer && base_.has_value());
    unfreeze_->setChecked(options.unfreezeAll);
}

void KeywordTrainingView::setRecordingsFolder(const QString& folder)
{
    folder_ = folder;
    refresh();
}

void KeywordTrainingView::setVocabulary(const neurone::KeywordVocabulary& vocabulary)
{
    vocabulary_ = vocabulary;
    refresh();
}

void KeywordTrainingView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void KeywordTrainingView::refresh()
{
    const std::vector<std::string> classNames = vocabulary_.classNames();
    const std::vector<io::Recording> usable = usableRecordings(io::KeywordRecordings(folder_).list(), classNames);
    recordingsProblem_ = recordingsProblem(usable, classNames);
    const QString speaker = heldOut_->currentData().toString();
    heldOut_->clear();
    heldOut_->addItem(tr("one in %1 per class").arg(heldOutEvery), QString());
    for (const QString& name : speakersOf(usable))
        heldOut_->addItem(tr("speaker %1").arg(name), name);
    heldOut_->setCurrentIndex(std::max(0, heldOut_->findData(speaker)));
    if (!training_)
        summary_->setText(recordingsProblem_.isEmpty()
                              ? tr("%n recording(s) to learn from.", nullptr, int(usable.size()))
                              : QString());
    if (!recordingsProblem_.isEmpty() && !training_)
        showMessage(recordingsProblem_, true);
    else if (message_->property("warning").toBool() && !training_)
        showMessage({});
    updateButtons();
}

bool KeywordTrainingView::canTrain() const { return !training_ && recordingsProblem_.isEmpty(); }

void KeywordTrainingView::updateButtons()
{
    train_->setEnabled(canTrain());
    cancel_->setEnabled(training_);
    save_->setEnabled(!training_ && result_.has_value());
    transfer_->setEnabled(!training_ && base_.has_value());
    unfreeze_->setEnabled(!training_ && base_.has_value() && transfer_->isChecked());
    for (QWidget* w : std::initializer_list<QWidget*>{heldOut_, copies_, epochs_})
        w->setEnabled(!training_);
}

void KeywordTrainingView::showMessage(const QString& text, bool warning)
{
    message_->setText(text);
    message_->setProperty("warning", warning && !text.isEmpty());
    QPalette palette = message_->palette();
    palette.setColor(QPalette::WindowText, warning ? style_.warning() : style_.foreground());
    message_->setPalette(palette);
    if (!text.isEmpty())
        emit statusMessage(text);
}

QString KeywordTrainingView::message() const { return message_->text(); }

void KeywordTrainingView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    curves_->setViewStyle(style);
    confusion_->setViewStyle(style);
}
