#include "training/TrainingSettingsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QThread>

#include <cmath>

namespace {

QDoubleSpinBox* rateBox(QWidget* parent, double low, double high, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    return box;
}

} // namespace

TrainingSettingsBox::TrainingSettingsBox(QWidget* parent)
    : QGroupBox(tr("Training"), parent),
      loss_(new QComboBox(this)),
      optimizer_(new QComboBox(this)),
      learningRate_(rateBox(this, 0.00001, 10, 5)),
      momentum_(rateBox(this, 0, 0.999, 3)),
      batch_(new QSpinBox(this)),
      batchKind_(new QLabel(this)),
      epochs_(new QSpinBox(this)),
      schedule_(new QComboBox(this)),
      l1_(rateBox(this, 0, 1, 5)),
      l2_(rateBox(this, 0, 1, 5)),
      dropout_(rateBox(this, 0, 0.9, 2)),
      earlyStopping_(new QCheckBox(tr("Early stopping"), this)),
      monitor_(new QComboBox(this)),
      patience_(new QSpinBox(this)),
      restoreBest_(new QCheckBox(tr("Restore the best epoch's weights"), this)),
      seed_(new QSpinBox(this)),
      threads_(new QSpinBox(this))
{
    using neurone::LossKind, neurone::OptimizerKind;
    loss_->addItem(tr("MSE (mean squared error)"), int(LossKind::MSE));
    loss_->addItem(tr("BCE (binary cross-entropy)"), int(LossKind::BinaryCrossEntropy));
    loss_->addItem(tr("CE (cross-entropy)"), int(LossKind::CategoricalCrossEntropy));
    loss_->setToolTip(tr("What the network minimises. CE goes with a softmax output, BCE with one "
                         "sigmoid output, MSE with any."));
    optimizer_->addItem(tr("SGD"), int(OptimizerKind::GradientDescent));
    optimizer_->addItem(tr("Momentum"), int(OptimizerKind::Momentum));
    optimizer_->addItem(tr("Nesterov"), int(OptimizerKind::Nesterov));
    optimizer_->addItem(tr("Adagrad"), int(OptimizerKind::Adagrad));
    optimizer_->addItem(tr("RMSprop"), int(OptimizerKind::RMSprop));
    optimizer_->addItem(tr("Adam"), int(OptimizerKind::Adam));
    optimizer_->setToolTip(tr("How each step moves the weights from the gradient (the descent lesson's "
                              "variants)."));
    learningRate_->setToolTip(tr("The learning rate t: the size of each step."));
    schedule_->addItem(tr("constant"), int(neurone::LearningRateDecay::Constant));
    schedule_->addItem(tr("step decay"), int(neurone::LearningRateDecay::Step));
    schedule_->addItem(tr("cosine decay"), int(neurone::LearningRateDecay::Cosine));
    momentum_->setToolTip(tr("γ, the share of the previous step kept (momentum and Nesterov)."));
    batch_->setRange(1, 100'000'000);
    batch_->setToolTip(tr("M samples per iteration: 1 is stochastic gradient descent, the whole training "
                          "set is batch gradient descent, anything between is mini-batch."));
    batchKind_->setWordWrap(true);
    epochs_->setRange(1, 1'000'000);
    epochs_->setToolTip(tr("How many times the whole training set is gone through."));
    l1_->setToolTip(tr("α₁: adds α₁ Σ|w| to the loss (L1 penalty on the weights)."));
    l2_->setToolTip(tr("α₂: adds α₂ Σw² to the loss (L2 penalty on the weights)."));
    monitor_->addItem(tr("validation loss"), int(neurone::Monitor::ValidationLoss));
    monitor_->addItem(tr("validation accuracy"), int(neurone::Monitor::ValidationAccuracy));
    patience_->setRange(1, 1000);
    patience_->setToolTip(tr("Stop after this many epochs without improvement."));
    earlyStopping_->setToolTip(tr("Stop when the validation loss (or accuracy) has not improved for a few "
                                  "epochs. Needs a validation share above 0 %."));
    seed_->setRange(0, 2'000'000'000);
    seed_->setToolTip(tr("Draws the first weights, the order of the samples and the validation split: the "
                         "same seed gives the same run."));
    threads_->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    threads_->setSpecialValueText(tr("all cores"));
    threads_->setToolTip(tr("Threads used by the matrix products (0: all cores)."));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Loss"), loss_);
    form->addRow(tr("Optimiser"), optimizer_);
    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("Schedule"), schedule_);
    form->addRow(tr("Momentum γ"), momentum_);
    form->addRow(tr("Batch size"), batch_);
    form->addRow(batchKind_);
    form->addRow(tr("Epochs"), epochs_);
    form->addRow(tr("L1 α₁"), l1_);
    form->addRow(tr("L2 α₂"), l2_);
    form->addRow(tr("Dropout"), dropout_);
    form->addRow(earlyStopping_);
    form->addRow(tr("Watch"), monitor_);
    form->addRow(tr("Patience"), patience_);
    form->addRow(restoreBest_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Threads"), threads_);

    setSettings({});
    setDropoutAvailable(false);
    for (QComboBox* box : {loss_, optimizer_, monitor_, schedule_})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingSettingsBox::settingsChanged);
    for (QDoubleSpinBox* box : {learningRate_, momentum_, l1_, l2_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsBox::settingsChanged);
    for (QSpinBox* box : {batch_, epochs_, patience_, seed_, threads_})
        connect(box, &QSpinBox::valueChanged, this, &TrainingSettingsBox::settingsChanged);
    for (QCheckBox* box : {earlyStopping_, restoreBest_})
        connect(box, &QCheckBox::toggled, this, &TrainingSettingsBox::settingsChanged);
    connect(dropout_, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsBox::dropoutRateChanged);
    connect(this, &TrainingSettingsBox::settingsChanged, this, [this] {
        updateEnabled();
        describeBatch();
    });
}

neurone::TrainingSettings TrainingSettingsBox::settings() const
{
    neurone::TrainingSettings s;
    s.loss = neurone::LossKind(loss_->currentData().toInt());
    s.optimizer.kind = neurone::OptimizerKind(optimizer_->currentData().toInt());
    s.optimizer.learningRate = learningRate_->value();
    s.optimizer.momentum = momentum_->value();
    s.batchSize = batch_->value();
    s.epochs = epochs_->value();
    s.schedule = scheduleShape_;
    s.schedule.decay = neurone::LearningRateDecay(schedule_->currentData().toInt());
    s.l1 = l1_->value();
    s.l2 = l2_->value();
    s.earlyStopping.enabled = earlyStopping_->isChecked();
    s.earlyStopping.monitor = neurone::Monitor(monitor_->currentData().toInt());
    s.earlyStopping.patience = patience_->value();
    s.earlyStopping.restoreBestWeights = restoreBest_->isChecked();
    s.seed = std::uint32_t(seed_->value());
    s.threads = threads_->value();
    return s;
}

void TrainingSettingsBox::setSettings(const neurone::TrainingSettings& s)
{
    const QSignalBlocker block(this);
    loss_->setCurrentIndex(loss_->findData(int(s.loss)));
    optimizer_->setCurrentIndex(optimizer_->findData(int(s.optimizer.kind)));
    learningRate_->setValue(s.optimizer.learningRate);
    momentum_->setValue(s.optimizer.momentum);
    batch_->setValue(s.batchSize);
    epochs_->setValue(s.epochs);
    scheduleShape_ = s.schedule;
    schedule_->setCurrentIndex(schedule_->findData(int(s.schedule.decay)));
    l1_->setValue(s.l1);
    l2_->setValue(s.l2);
    earlyStopping_->setChecked(s.earlyStopping.enabled);
    monitor_->setCurrentIndex(monitor_->findData(int(s.earlyStopping.monitor)));
    patience_->setValue(s.earlyStopping.patience);
    restoreBest_->setChecked(s.earlyStopping.restoreBestWeights);
    seed_->setValue(int(std::min<std::uint32_t>(s.seed, 2'000'000'000)));
    threads_->setValue(s.threads);
    updateEnabled();
    describeBatch();
    describeSchedule();
}

void TrainingSettingsBox::describeSchedule()
{
    const QLocale locale;
    schedule_->setToolTip(
        tr("How the learning rate changes from epoch to epoch. Constant: t every epoch. Step decay: t × %1 "
           "every %n epoch(s). Cosine decay: from t down to %2 × t along half a cosine over the epochs.",
           nullptr, scheduleShape_.stepEpochs)
            .arg(locale.toString(scheduleShape_.stepFactor), locale.toString(scheduleShape_.floor)));
}

void TrainingSettingsBox::setTrainingSize(int samples)
{
    samples_ = samples;
    describeBatch();
}

QString TrainingSettingsBox::batchDescription() const { return batchKind_->text(); }

void TrainingSettingsBox::describeBatch()
{
    if (samples_ <= 0) {
        batchKind_->clear();
        return;
    }
    const int m = batch_->value();
    const int iterations = (samples_ + std::min(m, samples_) - 1) / std::min(m, samples_);
    const QString perEpoch = tr("%n iteration(s) per epoch", nullptr, iterations);
    if (m == 1)
        batchKind_->setText(tr("Stochastic: one sample per iteration, %1.").arg(perEpoch));
    else if (m >= samples_)
        batchKind_->setText(tr("Batch: the whole training set (%n sample(s)) per iteration.", nullptr, samples_));
    else
        batchKind_->setText(tr("Mini-batch: %1 samples per iteration, %2.").arg(m).arg(perEpoch));
}

double TrainingSettingsBox::dropoutRate() const { return dropout_->value(); }

void TrainingSettingsBox::setDropoutRate(double rate)
{
    const QSignalBlocker block(dropout_);
    dropout_->setValue(rate);
}

void TrainingSettingsBox::setDropoutAvailable(bool available)
{
    dropoutAvailable_ = available;
    dropout_->setToolTip(available ? tr("The share of inputs each dropout layer drops while training.")
                                   : tr("The network has no dropout layer: add one in the network to use it."));
    updateEnabled();
}

void TrainingSettingsBox::setLocked(bool locked)
{
    locked_ = locked;
    updateEnabled();
}

void TrainingSettingsBox::updateEnabled()
{
    const auto kind = neurone::OptimizerKind(optimizer_->currentData().toInt());
    const bool momentum = kind == neurone::OptimizerKind::Momentum || kind == neurone::OptimizerKind::Nesterov;
    for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (w != batchKind_)
            w->setEnabled(!locked_);
    if (locked_)
        return;
    momentum_->setEnabled(momentum);
    dropout_->setEnabled(dropoutAvailable_);
    for (QWidget* w : std::initializer_list<QWidget*>{monitor_, patience_, restoreBest_})
        w->setEnabled(earlyStopping_->isChecked());
}
