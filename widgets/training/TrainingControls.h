// The training panel's command bar: Run (F5), Pause (F6), Stop (Shift+F5), Step one batch
// (F10), Step one epoch (Shift+F10), Reset (Ctrl+R), Open model… and Save model… (Ctrl+S), with
// where training is ("epoch 3 of 10 · batch 120 of 1,688") and a progress bar.
//   Idle      nothing trained since the last reset: run and steps start a run
//   Running   the worker trains: only Pause and Stop
//   Paused    between batches: run and steps continue the run
//   Stopped   the run ended (finished, early stopping, divergence or Stop): run and steps
//             start a new run from the current weights; Reset draws new weights
//   Busy      a dataset is loading, or no model can be built: nothing but Reset and Open
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

class TrainingControls : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopped, Busy };

    explicit TrainingControls(QWidget* parent = nullptr);

    void setState(State state);
    State state() const { return state_; }
    void setPosition(int epoch, int epochs, int batch, int batches);
    QString positionText() const;

signals:
    void runRequested();
    void pauseRequested();
    void stopRequested();
    void stepBatchRequested();
    void stepEpochRequested();
    void resetRequested();
    void openRequested();
    void saveRequested();

private:
    State state_ = State::Idle;
    QToolButton* run_;
    QToolButton* pause_;
    QToolButton* stop_;
    QToolButton* stepBatch_;
    QToolButton* stepEpoch_;
    QToolButton* reset_;
    QToolButton* open_;
    QToolButton* save_;
    QLabel* position_;
    QProgressBar* progress_;
};
