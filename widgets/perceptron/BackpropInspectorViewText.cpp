// What the inspector writes: the graph's labels and notes, the status line and the explain
// text. Every number comes from the engine's trace; here it is only named and formatted.
#include "perceptron/BackpropInspectorView.h"

#include "common/PlaybackControls.h"
#include "perceptron/BackpropValueModel.h"
#include "perceptron/NetworkGraph.h"

#include <QLabel>

using neurone::Quantity;
using neurone::TracePhase;

namespace {

// Four significant digits and a true minus sign: readable from the back of the room.
QString shortNumber(double value) { return QString::number(value, 'g', 4).replace('-', QStringLiteral("−")); }
// After an update the change can be tiny (η = 0.001): six digits, as in the table.
QString longNumber(double value) { return QString::number(value, 'g', 6).replace('-', QStringLiteral("−")); }

QString nameOf(const neurone::TinyArchitecture& a, const neurone::ValueKey& key, TracePhase phase = TracePhase::Forward)
{
    return backpropDisplayName(neurone::valueName(a, key, phase));
}

QString equation(const QString& name, double value) { return name + " = " + shortNumber(value); }
QString longEquation(const QString& name, double value) { return name + " = " + longNumber(value); }

GraphPhase graphPhase(const std::optional<TracePhase>& phase)
{
    if (!phase)
        return GraphPhase::None;
    switch (*phase) {
    case TracePhase::Forward: return GraphPhase::Forward;
    case TracePhase::Backward: return GraphPhase::Backward;
    case TracePhase::Update: return GraphPhase::Update;
    }
    return GraphPhase::None;
}

QString activationFormula(neurone::ActivationKind kind)
{
    using neurone::ActivationKind;
    switch (kind) {
    case ActivationKind::Sigmoid: return "f(Y) = 1/(1 + e<sup>−Y</sup>), f′ = f(1 − f)";
    case ActivationKind::Tanh: return "f(Y) = tanh Y, f′ = 1 − f²";
    case ActivationKind::ReLU: return "f(Y) = max(0, Y), f′ = 0 or 1";
    case ActivationKind::LeakyReLU: return "f(Y) = Y or 0.01·Y, f′ = 1 or 0.01";
    case ActivationKind::ELU: return "f(Y) = Y or e<sup>Y</sup> − 1, f′ = 1 or f + 1";
    case ActivationKind::Softplus: return "f(Y) = ln(1 + e<sup>Y</sup>), f′ = sigmoid(Y)";
    case ActivationKind::Linear: return "f(Y) = Y, f′ = 1";
    case ActivationKind::Softmax: return "f(Z<sub>i</sub>) = e<sup>Z<sub>i</sub></sup>/Σ<sub>a</sub> e<sup>Z<sub>a</sub></sup>";
    case ActivationKind::Step: return "f(Y) = 1 if Y ≥ 0 else 0, f′ = 0";
    }
    return {};
}

} // namespace

NetworkGraphData BackpropInspectorView::graphData(const BackpropSession::View& view) const
{
    const neurone::TinyNetwork& network = *view.network;
    const neurone::TinyArchitecture& a = network.architecture;
    const neurone::BackpropTrace* trace = view.trace;
    const TracePhase phase = view.phase.value_or(TracePhase::Forward);
    NetworkGraphData data;
    data.phase = graphPhase(view.phase);
    data.layers.resize(std::size_t(a.layerCount() + 1));
    for (int i = 0; i < a.inputCount(); ++i) {
        GraphNeuron input;
        input.title = nameOf(a, {Quantity::Input, 0, 0, i});
        input.editValue = session_.inputs()(view.observation, i);
        input.value = shortNumber(input.editValue);
        input.tooltip = tr("Input %1 = %2 of observation %3. Click to change it.")
                            .arg(input.title, shortNumber(input.editValue)).arg(view.observation + 1);
        data.layers[0].push_back(input);
    }
    for (int k = 1; k <= a.layerCount(); ++k) {
        const auto layer = std::size_t(k - 1);
        for (int j = 0; j < a.sizes[std::size_t(k)]; ++j) {
            GraphNeuron neuron;
            neuron.title = nameOf(a, {Quantity::Activation, k, 0, j});
            const QString sum = nameOf(a, {Quantity::PreActivation, k, 0, j});
            const QString bias = nameOf(a, {Quantity::Bias, k, 0, j});
            neuron.editable = a.useBias;
            neuron.editValue = network.biases[layer](0, j);
            if (trace) {
                const neurone::LayerTrace& t = trace->layers[layer];
                neuron.value = shortNumber(t.activation(0, j));
                neuron.filled = true;
                neuron.level = std::clamp(double(t.activation(0, j)), -1.0, 1.0);
                if (phase == TracePhase::Forward) {
                    neuron.notes << equation(sum, t.preActivation(0, j));
                } else if (phase == TracePhase::Backward) {
                    if (t.activationGradient.size() > 0)
                        neuron.notes << equation(nameOf(a, {Quantity::Activation, k, 0, j}, TracePhase::Backward), t.activationGradient(0, j));
                    const QString gradient = nameOf(a, {Quantity::PreActivation, k, 0, j}, TracePhase::Backward);
                    neuron.notes << equation(a.useBias ? gradient + " = " + nameOf(a, {Quantity::Bias, k, 0, j}, TracePhase::Backward) : gradient,
                                             t.preActivationGradient(0, j));
                }
            }
            if (a.useBias && phase != TracePhase::Backward)
                neuron.notes << (trace && phase == TracePhase::Update
                                     ? longEquation(nameOf(a, {Quantity::Bias, k, 0, j}, TracePhase::Update), neuron.editValue)
                                     : equation(bias, neuron.editValue));
            neuron.tooltip = a.useBias ? tr("%1: %2 = Σ w·input + %3. Click to change the bias %3.").arg(neuron.title, sum, bias)
                                       : tr("%1: %2 = Σ w·input (no bias in this network).").arg(neuron.title, sum);
            data.layers[std::size_t(k)].push_back(neuron);
        }
        for (int i = 0; i < a.sizes[layer]; ++i)
            for (int j = 0; j < a.sizes[std::size_t(k)]; ++j) {
                GraphEdge edge{k, i, j, {}, network.weights[layer](i, j), network.weights[layer](i, j), {}};
                const neurone::ValueKey key{Quantity::Weight, k, i, j};
                if (trace && phase == TracePhase::Backward)
                    edge.label = equation(nameOf(a, key, TracePhase::Backward), trace->layers[layer].weightGradient(i, j));
                else if (trace && phase == TracePhase::Update)
                    edge.label = longEquation(nameOf(a, key, TracePhase::Update), edge.weight);
                else
                    edge.label = equation(nameOf(a, key), edge.weight);
                edge.tooltip = tr("Weight %1 = %2, from %3 to %4. Click to change it.")
                                   .arg(nameOf(a, key), shortNumber(edge.weight), data.layers[layer][std::size_t(i)].title,
                                        nameOf(a, {Quantity::PreActivation, k, 0, j}));
                data.edges.push_back(edge);
            }
    }
    for (int l = 0; l < a.outputCount(); ++l)
        data.lossNotes << equation(nameOf(a, {Quantity::Target, a.layerCount(), 0, l}), session_.targets()(view.observation, l));
    if (trace)
        data.lossNotes << equation("E", trace->loss);
    return data;
}

QStringList BackpropInspectorView::observationNames(bool compact) const
{
    QStringList names;
    const neurone::Batch& x = session_.inputs();
    const neurone::Batch& y = session_.targets();
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        if (compact && (x.cols() > 3 || y.cols() > 1)) {
            names << tr("observation %1").arg(r + 1);
            continue;
        }
        QStringList in, out;
        for (Eigen::Index i = 0; i < x.cols(); ++i)
            in << shortNumber(x(r, i));
        for (Eigen::Index l = 0; l < y.cols(); ++l)
            out << shortNumber(y(r, l));
        names << QString("(%1) → %2").arg(in.join(", "), out.join(", "));
    }
    return names;
}

void BackpropInspectorView::updateStatus(const BackpropSession::View& view)
{
    QString phase;
    if (!view.phase)
        phase = tr("Press <b>Step</b> (F10) to send it forward through the network.");
    else if (*view.phase == TracePhase::Forward)
        phase = tr("<b>Forward</b>: each neuron's weighted sum and activation, then the loss E.");
    else if (*view.phase == TracePhase::Backward)
        phase = tr("<b>Backward</b>: ∂E/∂ of every activation, weight and bias, from the output back (chain rule).");
    else
        phase = tr("<b>Update</b>: every weight moved against its gradient, w ← w − η·∂E/∂w.");
    const QStringList names = observationNames();
    status_->setText(tr("Epoch %1 · observation %2 of %3: %4 · %5")
                         .arg(session_.epochsAt(playback_->position()))
                         .arg(view.observation + 1)
                         .arg(session_.observationCount())
                         .arg(names.value(view.observation), phase));
}

void BackpropInspectorView::updateExplain()
{
    const neurone::TinyNetwork& network = session_.networkAt(playback_->position());
    const neurone::TinyArchitecture& a = network.architecture;
    QString loss;
    switch (a.loss) {
    case neurone::LossKind::MSE: loss = tr("MSE: E = (1/m) Σ<sub>l</sub> (f(Z<sub>l</sub>) − y<sub>l</sub>)²"); break;
    case neurone::LossKind::BinaryCrossEntropy: loss = tr("BCE: E = −[y ln f(Z) + (1 − y) ln(1 − f(Z))], so ∂E/∂f(Z) = −y/f(Z) + (1 − y)/(1 − f(Z))"); break;
    case neurone::LossKind::CategoricalCrossEntropy: loss = tr("CE: E = −Σ<sub>l</sub> y<sub>l</sub> ln softmax(…)<sub>l</sub>"); break;
    }
    QStringList activations;
    for (std::size_t k = 0; k < a.activations.size(); ++k)
        activations << tr("layer %1: %2").arg(k + 1).arg(activationFormula(a.activations[k]));
    const QString names = neurone::usesCourseNames(a)
        ? tr("<p><b>Names</b> (the course's): inputs x<sub>i</sub>; hidden neurons Y<sub>j</sub> = Σ<sub>i</sub> w<sub>ij</sub> x<sub>i</sub> + b<sub>j</sub> "
             "and f(Y<sub>j</sub>); output Z = Σ<sub>j</sub> ψ<sub>j</sub> f(Y<sub>j</sub>) + b, f(Z); w34 goes from x3 to Y4, ψ1 from f(Y1) to Z; "
             "the output biases are numbered after the hidden ones (b5).</p>")
        : tr("<p><b>Names</b> (by layer k = 1 … L): z<i>k</i>_<i>j</i> = Σ<sub>i</sub> w<i>k</i>_<i>ij</i> a<i>k−1</i>_<i>i</i> + b<i>k</i>_<i>j</i>, "
             "a<i>k</i>_<i>j</i> = f(z<i>k</i>_<i>j</i>), a0 = x; w1_34 goes from x3 to neuron 4 of layer 1.</p>");
    QString notes;
    if (a.fusedSoftmax())
        notes += tr("<p>Softmax with cross-entropy: the loss takes Z directly, ∂E/∂Z = f(Z) − y (no ∂E/∂f(Z)).</p>");
    if (!a.useBias)
        notes += tr("<p>No bias: every b is 0 and stays 0, as in the course's XOR network.</p>");
    explain_->setText(
        tr("<h3>Forward</h3><p>f(Y<sub>j</sub>) = f(Σ<sub>i</sub> w<sub>ij</sub> x<sub>i</sub> + b<sub>j</sub>)<br/>"
           "f(Z) = f(Σ<sub>j</sub> ψ<sub>j</sub> f(Y<sub>j</sub>) + b) = output<br/>%1</p><p>%2</p>"
           "<h3>Backward: the chain rule</h3>"
           "<p>∂E/∂ψ<sub>1</sub> = ∂E/∂f(Z) · ∂f(Z)/∂Z · ∂Z/∂ψ<sub>1</sub>, with ∂Z/∂ψ<sub>1</sub> = f(Y<sub>1</sub>) and ∂f(Z)/∂Z = f′(Z)<br/>"
           "∂E/∂b = ∂E/∂Z (one observation)<br/>"
           "∂E/∂f(Y<sub>j</sub>) = ∂E/∂Z · ψ<sub>j</sub><br/>"
           "∂E/∂w<sub>ij</sub> = ∂E/∂f(Y<sub>j</sub>) · f′(Y<sub>j</sub>) · x<sub>i</sub></p>"
           "<h3>Update</h3><p><b>w = w − η ∂E/∂w</b>, here η = %3; with momentum γ = %4: "
           "ω ← γω + η ∂E/∂w, w ← w − ω.</p>%5%6"
           "<p><b>Step</b> shows forward, backward, then the update, observation after observation; "
           "an epoch presents every observation once. Click a weight or a neuron on the graph to change it.</p>")
            .arg(loss, activations.join("<br/>"))
            .arg(network.learningRate)
            .arg(network.momentum)
            .arg(names, notes));
}
