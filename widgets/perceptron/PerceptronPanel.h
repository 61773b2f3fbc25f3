// The perceptron panel (seed 004 "Perceptron simple", seed 000 "NeuroneLineaire"): the
// delta-rule step table, the linear neuron's error curve, and from there the backpropagation
// inspector for tiny networks.
#pragma once

#include "common/TabbedPanel.h"

class PerceptronPanel : public TabbedPanel {
    Q_OBJECT
public:
    explicit PerceptronPanel(QWidget* parent = nullptr);

    QString panelId() const override { return "perceptron"; }
    QString title() const override;
};
