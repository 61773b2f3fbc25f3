#include "training/TrainingControls.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace {

QToolButton* makeButton(QWidget* parent, const QString& text, QStyle::StandardPixmap icon, const QKeySequence& key,
                        const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setShortcut(key);
    button->setToolTip(key.isEmpty() ? tip : QString("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return button;
}

} // namespace

TrainingControls::TrainingControls(QWidget* parent)
    : QWidget(parent),
      run_(makeButton(this, tr("&Run"), QStyle::SP_MediaPlay, Qt::Key_F5, tr("Train until the last epoch"))),
      pause_(makeButton(this, tr("&Pause"), QStyle::SP_MediaPause, Qt::Key_F6,
                        tr("Pause after the batch in progress; Run continues"))),
      stop_(makeButton(this, tr("S&top"), QStyle::SP_MediaStop, QKeySequence(Qt::SHIFT | Qt::Key_F5),
                       tr("End this run and keep the weights"))),
      stepBatch_(makeButton(this, tr("&Batch"), QStyle::SP_MediaSkipForward, Qt::Key_F10, tr("Train one batch"))),
      stepEpoch_(makeButton(this, tr("&Epoch"), QStyle::SP_MediaSeekForward, QKeySequence(Qt::SHIFT | Qt::Key_F10),
                            tr("Train until the end of the epoch"))),
      reset_(makeButton(this, tr("Rese&t"), QStyle::SP_MediaSkipBackward, QKeySequence(Qt::CTRL | Qt::Key_R),
                        tr("New weights drawn from the seed; the history is cleared"))),
      open_(makeButton(this, tr("Open model…"), QStyle::SP_DialogOpenButton, QKeySequence(),
                       tr("Load a saved model: its network, weights, settings and history (Ctrl+O)"))),
      save_(makeButton(this, tr("&Save model…"), QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::Key_S),
                       tr("Save the network, its weights, the settings and the history"))),
      position_(new QLabel(this)),
      progress_(new QProgressBar(this))
{
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(160);
    progress_->setMinimumWidth(60);
    // Two rows, so that the bar is no wider than the six training buttons.
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {run_, pause_, stop_, stepBatch_, stepEpoch_, reset_})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* status = new QHBoxLayout;
    status->addWidget(position_);
    status->addWidget(progress_);
    status->addStretch();
    status->addWidget(open_);
    status->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addLayout(status);
    connect(run_, &QToolButton::clicked, this, &TrainingControls::runRequested);
    connect(pause_, &QToolButton::clicked, this, &TrainingControls::pauseRequested);
    connect(stop_, &QToolButton::clicked, this, &TrainingControls::stopRequested);
    connect(stepBatch_, &QToolButton::clicked, this, &TrainingControls::stepBatchRequested);
    connect(stepEpoch_, &QToolButton::clicked, this, &TrainingControls::stepEpochRequested);
    connect(reset_, &QToolButton::clicked, this, &TrainingControls::resetRequested);
    connect(open_, &QToolButton::clicked, this, &TrainingControls::openRequested);
    connect(save_, &QToolButton::clicked, this, &TrainingControls::saveRequested);
    setState(State::Idle);
    setPosition(0, 0, 0, 0);
}

void TrainingControls::setState(State state)
{
    state_ = state;
    const bool running = state == State::Running;
    const bool canTrain = state == State::Idle || state == State::Paused || state == State::Stopped;
    for (QToolButton* b : {run_, stepBatch_, stepEpoch_})
        b->setEnabled(canTrain);
    pause_->setEnabled(running);
    stop_->setEnabled(running || state == State::Paused);
    reset_->setEnabled(!running);
    open_->setEnabled(!running);
    save_->setEnabled(state == State::Paused || state == State::Stopped || state == State::Idle);
}

void TrainingControls::setPosition(int epoch, int epochs, int batch, int batches)
{
    const QLocale locale;
    if (epochs <= 0 || epoch <= 0) {
        position_->setText(tr("not trained yet"));
        progress_->setValue(0);
        return;
    }
    position_->setText(tr("epoch %1 of %2 · batch %3 of %4")
                           .arg(locale.toString(epoch), locale.toString(epochs), locale.toString(batch),
                                locale.toString(batches)));
    const double done = batches > 0 ? (std::max(0, epoch - 1) + double(batch) / batches) / epochs : 0;
    progress_->setValue(int(std::clamp(done, 0.0, 1.0) * 1000));
}

QString TrainingControls::positionText() const { return position_->text(); }
