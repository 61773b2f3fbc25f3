#include "common/PlaybackControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QSlider>

namespace {

// Tool buttons, not push buttons: they have no style-imposed minimum width, so the row fits
// narrow windows and long French labels.
QToolButton* makeButton(QWidget* parent, const QString& text, QStyle::StandardPixmap icon)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}

} // namespace

PlaybackControls::PlaybackControls(QWidget* parent)
    : QWidget(parent),
      stepButton_(makeButton(this, tr("&Step"), QStyle::SP_MediaSkipForward)),
      runButton_(makeButton(this, tr("&Run"), QStyle::SP_MediaPlay)),
      pauseButton_(makeButton(this, tr("&Pause"), QStyle::SP_MediaPause)),
      resetButton_(makeButton(this, tr("Rese&t"), QStyle::SP_MediaSkipBackward)),
      endButton_(makeButton(this, tr("&End"), QStyle::SP_MediaSeekForward)),
      speed_(new QSlider(Qt::Horizontal, this)),
      counter_(new QLabel(this))
{
    counterFormat_ = tr("iteration %1 of %2");
    stepButton_->setShortcut(Qt::Key_F10);
    runButton_->setShortcut(Qt::Key_F5);
    pauseButton_->setShortcut(Qt::Key_F6);
    resetButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    stepButton_->setToolTip(tr("One iteration (F10)"));
    runButton_->setToolTip(tr("Animate the iterations (F5)"));
    pauseButton_->setToolTip(tr("Stop the animation (F6)"));
    resetButton_->setToolTip(tr("Back to the start point (Ctrl+R)"));
    endButton_->setToolTip(tr("Show every iteration at once"));
    speed_->setRange(1, 30);
    speed_->setValue(4);
    speed_->setMaximumWidth(160);
    speed_->setMinimumWidth(50);
    speed_->setToolTip(tr("Animation speed, in iterations per second"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* button : {stepButton_, runButton_, pauseButton_, resetButton_, endButton_})
        layout->addWidget(button);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Speed"), this));
    layout->addWidget(speed_);
    layout->addSpacing(12);
    layout->addWidget(counter_);
    layout->addStretch();

    connect(stepButton_, &QToolButton::clicked, this, &PlaybackControls::step);
    connect(runButton_, &QToolButton::clicked, this, &PlaybackControls::run);
    connect(pauseButton_, &QToolButton::clicked, this, &PlaybackControls::pause);
    connect(resetButton_, &QToolButton::clicked, this, &PlaybackControls::reset);
    connect(endButton_, &QToolButton::clicked, this, &PlaybackControls::showAll);
    connect(speed_, &QSlider::valueChanged, this, [this](int v) { timer_.setInterval(1000 / v); });
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (position_ >= length_)
            pause();
        else
            setPosition(position_ + 1);
    });
    timer_.setInterval(1000 / speed_->value());
    updateButtons();
}

void PlaybackControls::setLength(int length)
{
    length_ = std::max(0, length);
    if (position_ > length_)
        setPosition(length_);
    updateButtons();
}

void PlaybackControls::setPosition(int position)
{
    position = std::clamp(position, 0, length_);
    const bool changed = position != position_;
    position_ = position;
    if (position_ >= length_)
        timer_.stop();
    updateButtons();
    if (changed)
        emit positionChanged(position_);
}

void PlaybackControls::setSpeed(int stepsPerSecond) { speed_->setValue(stepsPerSecond); }

void PlaybackControls::setCounterFormat(const QString& format)
{
    counterFormat_ = format;
    updateButtons();
}

void PlaybackControls::step()
{
    timer_.stop();
    setPosition(position_ + 1);
}

void PlaybackControls::run()
{
    if (position_ >= length_)
        setPosition(0);
    timer_.start();
    updateButtons();
}

void PlaybackControls::pause()
{
    timer_.stop();
    updateButtons();
}

void PlaybackControls::reset()
{
    timer_.stop();
    setPosition(0);
    updateButtons();
}

void PlaybackControls::showAll()
{
    timer_.stop();
    setPosition(length_);
}

void PlaybackControls::updateButtons()
{
    const bool running = timer_.isActive();
    stepButton_->setEnabled(position_ < length_);
    runButton_->setEnabled(!running && length_ > 0);
    pauseButton_->setEnabled(running);
    resetButton_->setEnabled(position_ > 0 || running);
    endButton_->setEnabled(position_ < length_);
    counter_->setText(counterFormat_.arg(position_).arg(length_));
}
