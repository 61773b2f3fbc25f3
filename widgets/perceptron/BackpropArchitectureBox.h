// The inspector's architecture controls: inputs (1–4), hidden layers (0–2) of 1–4 neurons,
// outputs (1–3), the activation of each layer, the loss, biases on or off, and the seed of
// the initial weights. Any change asks for a new network (architectureChanged).
#pragma once

#include "backprop/TinyNetwork.h"

#include <QGroupBox>

#include <array>
#include <cstdint>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;

class BackpropArchitectureBox : public QGroupBox {
    Q_OBJECT
public:
    explicit BackpropArchitectureBox(QWidget* parent = nullptr);

    neurone::TinyArchitecture architecture() const;
    std::uint32_t seed() const;
    // Shows an architecture without emitting architectureChanged.
    void setArchitecture(const neurone::TinyArchitecture& architecture, std::uint32_t seed);

    QSpinBox* inputs() const { return inputs_; }
    QSpinBox* hiddenLayers() const { return hiddenLayers_; }
    QSpinBox* neurons(int hiddenLayer) const { return neurons_[std::size_t(hiddenLayer)]; }
    QSpinBox* outputs() const { return outputs_; }
    QComboBox* activation(int layer) const { return activations_[std::size_t(layer)]; }
    QComboBox* loss() const { return loss_; }
    QSpinBox* seedBox() const { return seed_; }

signals:
    void architectureChanged();

private:
    void connectUi();
    void updateVisibility();
    QComboBox* activationCombo(bool output);

    QSpinBox* inputs_;
    QSpinBox* hiddenLayers_;
    std::array<QSpinBox*, 2> neurons_;
    QSpinBox* outputs_;
    std::array<QComboBox*, 3> activations_; // hidden 1, hidden 2, output
    QComboBox* loss_;
    QCheckBox* bias_;
    QSpinBox* seed_;
    QFormLayout* form_;
    bool showing_ = false;
};
