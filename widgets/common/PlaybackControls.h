// Step / Run / Pause / Reset with a speed slider, for anything shown one step at a time.
// The position is the number of steps revealed, 0 (only the start) to length().
// Keyboard: F10 step, F5 run, F6 pause, Ctrl+R reset (active while the controls are visible).
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class QSlider;

class PlaybackControls : public QWidget {
    Q_OBJECT
public:
    explicit PlaybackControls(QWidget* parent = nullptr);

    int position() const { return position_; }
    int length() const { return length_; }
    bool isRunning() const { return timer_.isActive(); }

    // A new trace: keeps the position where possible (so a slider drag keeps the view), else clamps.
    void setLength(int length);
    void setPosition(int position);
    // Steps per second while running.
    void setSpeed(int stepsPerSecond);
    // The counter's text, with %1 the position and %2 the length (default "iteration %1 of %2").
    void setCounterFormat(const QString& format);

public slots:
    void step();
    void run();
    void pause();
    void reset();
    void showAll();

signals:
    void positionChanged(int position);

private:
    void updateButtons();

    QString counterFormat_;
    int position_ = 0;
    int length_ = 0;
    QTimer timer_;
    QToolButton* stepButton_;
    QToolButton* runButton_;
    QToolButton* pauseButton_;
    QToolButton* resetButton_;
    QToolButton* endButton_;
    QSlider* speed_;
    QLabel* counter_;
};
