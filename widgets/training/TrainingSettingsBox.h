// The training panel's "Training" box (seed 004: losses, "Variantes de descente de gradient",
// optimisers, regularisation, early stopping): loss, optimiser, learning rate t, momentum γ,
// learning-rate schedule (constant, step, cosine), batch size M (1: stochastic, between: mini-batch, the whole set: batch — the box names which,
// with the number of iterations per epoch), epochs, L1/L2 penalties, the dropout rate of the
// network's dropout layers, early stopping, seed and threads.
#pragma once

#include "train/TrainingSettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

class TrainingSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainingSettingsBox(QWidget* parent = nullptr);

    neurone::TrainingSettings settings() const;
    void setSettings(const neurone::TrainingSettings& settings);
    // The training set's size n, for the batch size's range and its description.
    void setTrainingSize(int samples);
    // "stochastic: 1 sample per iteration, 200 iterations per epoch", …
    QString batchDescription() const;

    // The rate of the network's dropout layers; unavailable (greyed) when it has none.
    double dropoutRate() const;
    void setDropoutRate(double rate);
    void setDropoutAvailable(bool available);

    // While a run is under way the settings cannot change.
    void setLocked(bool locked);

signals:
    void settingsChanged();
    void dropoutRateChanged(double rate);

private:
    void updateEnabled();
    void describeBatch();
    void describeSchedule();

    QComboBox* loss_;
    QComboBox* optimizer_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* momentum_;
    QSpinBox* batch_;
    QLabel* batchKind_;
    QSpinBox* epochs_;
    QComboBox* schedule_;
    neurone::LearningRateSchedule scheduleShape_; // step N and f, cosine floor: kept from presets and files
    QDoubleSpinBox* l1_;
    QDoubleSpinBox* l2_;
    QDoubleSpinBox* dropout_;
    QCheckBox* earlyStopping_;
    QComboBox* monitor_;
    QSpinBox* patience_;
    QCheckBox* restoreBest_;
    QSpinBox* seed_;
    QSpinBox* threads_;
    int samples_ = 0;
    bool locked_ = false;
    bool dropoutAvailable_ = false;
};
