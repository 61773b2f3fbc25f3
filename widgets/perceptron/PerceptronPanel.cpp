#include "perceptron/PerceptronPanel.h"

#include "perceptron/BackpropInspectorView.h"
#include "perceptron/LinearNeuronView.h"
#include "perceptron/PerceptronStepView.h"

PerceptronPanel::PerceptronPanel(QWidget* parent) : TabbedPanel(parent)
{
    addPage(new PerceptronStepView(this), "steps", tr("Perceptron step table"),
            tr("Rosenblatt's perceptron learning by the delta rule, one observation at a time"));
    addPage(new LinearNeuronView(this), "linear", tr("Linear neuron"),
            tr("One weight, its error curve E(w) and the learning rate's effect"));
    addPage(new BackpropInspectorView(this), "backprop", tr("Backpropagation"),
            tr("Forward values, gradients and updates of a tiny network, step by step"));
}

QString PerceptronPanel::title() const { return tr("Perceptron"); }
