#include "perceptron/BackpropArchitectureBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace {

QString activationTitle(neurone::ActivationKind kind)
{
    using neurone::ActivationKind;
    switch (kind) {
    case ActivationKind::Sigmoid: return BackpropArchitectureBox::tr("sigmoid");
    case ActivationKind::Tanh: return BackpropArchitectureBox::tr("tanh");
    case ActivationKind::ReLU: return BackpropArchitectureBox::tr("ReLU");
    case ActivationKind::LeakyReLU: return BackpropArchitectureBox::tr("leaky ReLU");
    case ActivationKind::ELU: return BackpropArchitectureBox::tr("ELU");
    case ActivationKind::Softplus: return BackpropArchitectureBox::tr("softplus");
    case ActivationKind::Linear: return BackpropArchitectureBox::tr("linear");
    case ActivationKind::Softmax: return BackpropArchitectureBox::tr("softmax");
    case ActivationKind::Step: return BackpropArchitectureBox::tr("step (no gradient)");
    }
    return {};
}

QSpinBox* countBox(QWidget* parent, int low, int high, const QString& tip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

BackpropArchitectureBox::BackpropArchitectureBox(QWidget* parent)
    : QGroupBox(tr("Network"), parent),
      inputs_(countBox(this, 1, neurone::maxTinyInputs, tr("Number of inputs x1 … xn"))),
      hiddenLayers_(countBox(this, 0, neurone::maxTinyHiddenLayers,
                             tr("Hidden layers between the inputs and the output (the course's network has one)"))),
      neurons_({countBox(this, 1, neurone::maxTinyHiddenNeurons, tr("Neurons in the first hidden layer")),
                countBox(this, 1, neurone::maxTinyHiddenNeurons, tr("Neurons in the second hidden layer"))}),
      outputs_(countBox(this, 1, neurone::maxTinyOutputs, tr("Output neurons (one for a binary class)"))),
      activations_({activationCombo(false), activationCombo(false), activationCombo(true)}),
      loss_(new QComboBox(this)),
      bias_(new QCheckBox(tr("Biases b"), this)),
      seed_(countBox(this, 0, 999999, tr("Seed of the random initial weights: the same seed gives the same weights"))),
      form_(new QFormLayout(this))
{
    loss_->addItem(tr("MSE (regression)"), int(neurone::LossKind::MSE));
    loss_->addItem(tr("BCE (binary cross-entropy)"), int(neurone::LossKind::BinaryCrossEntropy));
    loss_->addItem(tr("CE (cross-entropy, softmax)"), int(neurone::LossKind::CategoricalCrossEntropy));
    loss_->setToolTip(tr("The loss E: MSE for regression, BCE for one output with two classes, "
                         "CE for several classes (with a softmax output)"));
    bias_->setToolTip(tr("Off: every bias stays 0 and is not learnt (seed 000's XOR network has none)"));
    activations_[0]->setToolTip(tr("Activation f of the first hidden layer"));
    activations_[1]->setToolTip(tr("Activation f of the second hidden layer"));
    activations_[2]->setToolTip(tr("Activation f of the output layer"));
    form_->addRow(tr("Inputs"), inputs_);
    form_->addRow(tr("Hidden layers"), hiddenLayers_);
    form_->addRow(tr("Layer 1 neurons"), neurons_[0]);
    form_->addRow(tr("Layer 1 activation"), activations_[0]);
    form_->addRow(tr("Layer 2 neurons"), neurons_[1]);
    form_->addRow(tr("Layer 2 activation"), activations_[1]);
    form_->addRow(tr("Outputs"), outputs_);
    form_->addRow(tr("Output activation"), activations_[2]);
    form_->addRow(tr("Loss"), loss_);
    form_->addRow(bias_);
    form_->addRow(tr("Weights seed"), seed_);
    connectUi();
}

QComboBox* BackpropArchitectureBox::activationCombo(bool output)
{
    auto* combo = new QComboBox(this);
    for (const neurone::ActivationKind kind : neurone::allActivationKinds)
        if (output || kind != neurone::ActivationKind::Softmax)
            combo->addItem(activationTitle(kind), int(kind));
    return combo;
}

void BackpropArchitectureBox::connectUi()
{
    const auto changed = [this] {
        updateVisibility();
        if (!showing_)
            emit architectureChanged();
    };
    for (QSpinBox* box : {inputs_, hiddenLayers_, neurons_[0], neurons_[1], outputs_, seed_})
        connect(box, &QSpinBox::valueChanged, this, changed);
    for (QComboBox* combo : {activations_[0], activations_[1], activations_[2], loss_})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(bias_, &QCheckBox::toggled, this, changed);
}

void BackpropArchitectureBox::updateVisibility()
{
    const int hidden = hiddenLayers_->value();
    form_->setRowVisible(neurons_[0], hidden >= 1);
    form_->setRowVisible(activations_[0], hidden >= 1);
    form_->setRowVisible(neurons_[1], hidden >= 2);
    form_->setRowVisible(activations_[1], hidden >= 2);
}

neurone::TinyArchitecture BackpropArchitectureBox::architecture() const
{
    neurone::TinyArchitecture a;
    a.sizes.push_back(inputs_->value());
    for (int k = 0; k < hiddenLayers_->value(); ++k) {
        a.sizes.push_back(neurons_[std::size_t(k)]->value());
        a.activations.push_back(neurone::ActivationKind(activations_[std::size_t(k)]->currentData().toInt()));
    }
    a.sizes.push_back(outputs_->value());
    a.activations.push_back(neurone::ActivationKind(activations_[2]->currentData().toInt()));
    a.loss = neurone::LossKind(loss_->currentData().toInt());
    a.useBias = bias_->isChecked();
    return a;
}

std::uint32_t BackpropArchitectureBox::seed() const { return std::uint32_t(seed_->value()); }

void BackpropArchitectureBox::setArchitecture(const neurone::TinyArchitecture& a, std::uint32_t seed)
{
    showing_ = true;
    inputs_->setValue(a.inputCount());
    hiddenLayers_->setValue(a.hiddenLayerCount());
    for (int k = 0; k < a.hiddenLayerCount(); ++k) {
        neurons_[std::size_t(k)]->setValue(a.sizes[std::size_t(k + 1)]);
        QComboBox* combo = activations_[std::size_t(k)];
        combo->setCurrentIndex(combo->findData(int(a.activations[std::size_t(k)])));
    }
    outputs_->setValue(a.outputCount());
    activations_[2]->setCurrentIndex(activations_[2]->findData(int(a.activations.back())));
    loss_->setCurrentIndex(loss_->findData(int(a.loss)));
    bias_->setChecked(a.useBias);
    seed_->setValue(int(seed));
    updateVisibility();
    showing_ = false;
}
