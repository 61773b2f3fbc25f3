#include "perceptron/BackpropInspectorView.h"

#include "common/PlaybackControls.h"
#include "perceptron/BackpropArchitectureBox.h"
#include "perceptron/BackpropTrainingPlot.h"
#include "perceptron/BackpropValueModel.h"
#include "perceptron/NetworkGraph.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <stdexcept>

using neurone::Batch;
using neurone::TinyNetwork;
using neurone::TracePhase;

namespace {

// Steps kept before stepping restarts from where it is (bounds memory during a long Run).
constexpr int maxStepsKept = 600;

bool allFinite(const TinyNetwork& network)
{
    for (std::size_t k = 0; k < network.weights.size(); ++k)
        if (!network.weights[k].allFinite() || !network.biases[k].allFinite())
            return false;
    return true;
}

} // namespace

BackpropInspectorView::BackpropInspectorView(QWidget* parent) : PanelPage(parent)
{
    buildUi();
    connectUi();
    selectPreset(0);
    setViewStyle(style_);
}

void BackpropInspectorView::connectUi()
{
    connect(preset_, &QComboBox::activated, this, &BackpropInspectorView::selectPreset);
    connect(architecture_, &BackpropArchitectureBox::architectureChanged, this, [this] {
        preset_->setCurrentIndex(preset_->findData(QString()));
        rebuildNetwork();
    });
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, [this](double eta) {
        editStep([eta](TinyNetwork& n, Batch&, Batch&, int&) { n.learningRate = eta; });
    });
    connect(momentum_, &QDoubleSpinBox::valueChanged, this, [this](double gamma) {
        editStep([gamma](TinyNetwork& n, Batch&, Batch&, int&) { n.momentum = gamma; });
    });
    connect(observation_, &QSpinBox::valueChanged, this, [this](int number) {
        editStep([number](TinyNetwork&, Batch&, Batch&, int& observation) { observation = number - 1; });
    });
    for (int i = 0; i < inputBoxes_.size(); ++i)
        connect(inputBoxes_[i], &QDoubleSpinBox::valueChanged, this, [this, i](double v) { setInput(i, v); });
    for (int l = 0; l < targetBoxes_.size(); ++l)
        connect(targetBoxes_[l], &QDoubleSpinBox::valueChanged, this, [this, l](double v) { setTarget(l, v); });
    connect(graph_, &NetworkGraph::weightEdited, this, &BackpropInspectorView::setWeight);
    connect(graph_, &NetworkGraph::biasEdited, this, &BackpropInspectorView::setBias);
    connect(graph_, &NetworkGraph::inputEdited, this, &BackpropInspectorView::setInput);
    connect(trainOne_, &QPushButton::clicked, this, [this] { trainEpochs(1); });
    connect(trainMany_, &QPushButton::clicked, this, [this] { trainEpochs(epochCount_->value()); });
    connect(playback_, &PlaybackControls::positionChanged, this, &BackpropInspectorView::showPosition);
}

void BackpropInspectorView::selectPreset(int index)
{
    const QString id = preset_->itemData(index).toString();
    preset_->setCurrentIndex(index);
    if (id.isEmpty())
        return rebuildNetwork();
    loadPreset(*neurone::backpropPreset(id.toStdString()));
}

void BackpropInspectorView::loadPreset(const neurone::BackpropPreset& preset)
{
    architecture_->setArchitecture(preset.network.architecture, preset.seed);
    error_->hide();
    session_.reset(preset.network, preset.inputs, preset.targets, preset.observation);
    playback_->reset();
    showPosition(0);
}

void BackpropInspectorView::rebuildNetwork()
{
    const neurone::TinyArchitecture architecture = architecture_->architecture();
    if (const auto error = neurone::architectureError(architecture))
        return refuse(tr("This network cannot be built: %1. Change the architecture; the previous network is kept.")
                          .arg(QString::fromStdString(*error)));
    TinyNetwork network = neurone::makeTinyNetwork(architecture, architecture_->seed());
    network.learningRate = learningRate_->value();
    network.momentum = momentum_->value();
    // Keep the observations when they still fit, else one observation to start from.
    Batch inputs = session_.inputs();
    Batch targets = session_.targets();
    if (inputs.cols() != architecture.inputCount() || targets.cols() != architecture.outputCount()) {
        const Batch example = (Batch(1, 4) << 0.5f, -1.0f, 1.0f, 0.25f).finished();
        inputs = example.leftCols(architecture.inputCount());
        targets = Batch::Zero(1, architecture.outputCount());
        targets(0, 0) = 1;
    }
    error_->hide();
    session_.reset(network, inputs, targets, 0);
    playback_->reset();
    showPosition(0);
}

void BackpropInspectorView::editStep(const BackpropSession::Edit& edit)
{
    if (showingControls_)
        return;
    playback_->pause();
    const int position = session_.edit(playback_->position(), BackpropSession::EditOf::Step, edit);
    playback_->setLength(session_.epochEndPosition(position));
    if (playback_->position() == position)
        showPosition(position);
    else
        playback_->setPosition(position);
}

void BackpropInspectorView::editShown(const BackpropSession::Edit& edit)
{
    playback_->pause();
    const int position = session_.edit(playback_->position(), BackpropSession::EditOf::Shown, edit);
    playback_->setLength(session_.epochEndPosition(position));
    if (playback_->position() == position)
        showPosition(position);
    else
        playback_->setPosition(position);
}

void BackpropInspectorView::setWeight(int layer, int from, int to, double value)
{
    editShown([=](TinyNetwork& n, Batch&, Batch&, int&) {
        if (layer >= 1 && layer <= int(n.weights.size()) && from >= 0 && to >= 0
            && from < n.weights[std::size_t(layer - 1)].rows() && to < n.weights[std::size_t(layer - 1)].cols())
            n.weights[std::size_t(layer - 1)](from, to) = float(value);
    });
}

void BackpropInspectorView::setBias(int layer, int unit, double value)
{
    editShown([=](TinyNetwork& n, Batch&, Batch&, int&) {
        if (n.architecture.useBias && layer >= 1 && layer <= int(n.biases.size()) && unit >= 0
            && unit < n.biases[std::size_t(layer - 1)].cols())
            n.biases[std::size_t(layer - 1)](0, unit) = float(value);
    });
}

void BackpropInspectorView::setInput(int unit, double value)
{
    editStep([=](TinyNetwork&, Batch& inputs, Batch&, int& observation) {
        if (unit >= 0 && unit < inputs.cols())
            inputs(observation, unit) = float(value);
    });
}

void BackpropInspectorView::setTarget(int unit, double value)
{
    editStep([=](TinyNetwork&, Batch&, Batch& targets, int& observation) {
        if (unit >= 0 && unit < targets.cols())
            targets(observation, unit) = float(value);
    });
}

void BackpropInspectorView::trainEpochs(int epochs)
{
    playback_->pause();
    const int position = session_.train(playback_->position(), std::clamp(epochs, 0, 100000));
    playback_->setLength(session_.epochEndPosition(position));
    if (playback_->position() == position)
        showPosition(position);
    else
        playback_->setPosition(position);
    emit statusMessage(tr("%n epoch(s) trained; %1 in all.", nullptr, epochs).arg(session_.epochsAt(position)));
}

void BackpropInspectorView::showPhase(TracePhase phase)
{
    const int position = playback_->position();
    const int step = position == 0 ? 0 : (position - 1) / 3;
    const int target = 3 * step + int(phase) + 1;
    playback_->setLength(std::max(playback_->length(), session_.epochEndPosition(target - 1)));
    playback_->setPosition(target);
}

void BackpropInspectorView::showPosition(int position)
{
    if (position / 3 > maxStepsKept) {
        editStep([](TinyNetwork&, Batch&, Batch&, int&) {});
        return;
    }
    playback_->setLength(session_.epochEndPosition(position));
    const BackpropSession::View view = session_.viewAt(position);
    graph_->setData(graphData(view));
    if (view.trace) {
        std::vector<neurone::NamedValue> revealed;
        for (neurone::NamedValue& value : neurone::namedValues(*view.trace))
            if (int(value.phase) <= int(*view.phase))
                revealed.push_back(std::move(value));
        values_->setValues(std::move(revealed));
        // The phase's first value at the top (laid out first: the rows are new).
        const int first = values_->firstRowOf(*view.phase);
        table_->doItemsLayout();
        if (first >= 0)
            table_->scrollTo(values_->index(first, 0), QAbstractItemView::PositionAtTop);
    } else {
        values_->setValues(neurone::namedParameters(*view.network));
    }
    plot_->setHistory(session_.historyAt(position), observationNames(true),
                      backpropDisplayName(neurone::valueName(view.network->architecture, {neurone::Quantity::Activation, view.network->architecture.layerCount(), 0, 0})));
    updateStatus(view);
    showControls();
    updateExplain();
    if (!allFinite(*view.network)) {
        refuse(tr("The weights are no longer numbers: the descent diverged. Lower the learning rate η, "
                  "then choose the example again or change the seed."));
        error_->setProperty("divergence", true);
    } else if (!error_->isHidden() && error_->property("divergence").toBool()) {
        error_->hide();
    }
}

void BackpropInspectorView::refresh() { showPosition(playback_->position()); }

void BackpropInspectorView::refuse(const QString& message)
{
    error_->setText(message);
    error_->setProperty("divergence", false);
    error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style_.warning().name()));
    error_->show();
    emit statusMessage(message);
}

void BackpropInspectorView::showControls()
{
    showingControls_ = true;
    const int position = playback_->position();
    const BackpropSession::View view = session_.viewAt(position);
    const neurone::TinyArchitecture& a = view.network->architecture;
    architecture_->setArchitecture(a, architecture_->seed());
    learningRate_->setValue(view.network->learningRate);
    momentum_->setValue(view.network->momentum);
    observation_->setRange(1, session_.observationCount());
    observation_->setValue(view.observation + 1);
    observation_->setSuffix(tr(" of %1").arg(session_.observationCount()));
    for (int i = 0; i < inputBoxes_.size(); ++i) {
        const bool used = i < a.inputCount();
        observationForm_->setRowVisible(inputBoxes_[i], used);
        if (!used)
            continue;
        inputLabels_[i]->setText(backpropDisplayName(neurone::valueName(a, {neurone::Quantity::Input, 0, 0, i})));
        inputBoxes_[i]->setValue(session_.inputs()(view.observation, i));
    }
    for (int l = 0; l < targetBoxes_.size(); ++l) {
        const bool used = l < a.outputCount();
        observationForm_->setRowVisible(targetBoxes_[l], used);
        if (!used)
            continue;
        targetLabels_[l]->setText(backpropDisplayName(neurone::valueName(a, {neurone::Quantity::Target, a.layerCount(), 0, l})));
        targetBoxes_[l]->setValue(session_.targets()(view.observation, l));
    }
    showingControls_ = false;
}

const TinyNetwork& BackpropInspectorView::network() { return session_.networkAt(playback_->position()); }
int BackpropInspectorView::epochs() { return session_.epochsAt(playback_->position()); }
QString BackpropInspectorView::errorText() const { return error_->isHidden() ? QString() : error_->text(); }
QString BackpropInspectorView::statusText() const { return status_->text(); }
QString BackpropInspectorView::explainText() const { return explain_->text(); }

QCustomPlot* BackpropInspectorView::currentPlot() const { return plot_; }
QAbstractItemModel* BackpropInspectorView::currentTable() const { return values_; }

void BackpropInspectorView::setViewStyle(const ViewStyle& style)
{
    style_ = style;
    graph_->setViewStyle(style);
    plot_->setViewStyle(style);
    const QFont font = style.font();
    table_->setFont(font);
    const QFontMetrics metrics(font);
    table_->verticalHeader()->setMinimumSectionSize(metrics.height() + 2);
    table_->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    table_->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("∂E/∂f(Y1)  −0.000665191")) + 40);
    values_->setPhaseColours(style.dark ? QColor(0xe0, 0x9c, 0xf0) : QColor(0x88, 0x2e, 0x9c),
                             style.dark ? QColor(0x6e, 0xd8, 0x9e) : QColor(0x00, 0x7a, 0x4d));
    if (!error_->isHidden())
        error_->setStyleSheet(QString("color: %1; font-weight: bold;").arg(style.warning().name()));
    refresh();
}

QString BackpropInspectorView::applyState(const QString& key, const QString& value)
{
    bool ok = true;
    if (key == "preset") {
        const int index = preset_->findData(value);
        if (value.isEmpty() || index < 0)
            return tr("unknown preset '%1' (course-bce, xor)").arg(value);
        selectPreset(index);
    } else if (key == "phase") {
        const QStringList phases = {"forward", "backward", "update"};
        const int phase = phases.indexOf(value);
        if (phase < 0)
            return tr("unknown phase '%1' (forward, backward, update)").arg(value);
        showPhase(TracePhase(phase));
    } else if (key == "epochs") {
        const int epochs = value.toInt(&ok);
        if (ok && (epochs < 0 || epochs > 100000))
            return tr("epochs must be from 0 to 100000, not %1").arg(value);
        if (ok)
            trainEpochs(epochs);
    } else if (key == "lr") {
        const double eta = value.toDouble(&ok);
        if (ok && (eta < learningRate_->minimum() || eta > learningRate_->maximum()))
            return tr("the learning rate must be from %1 to %2").arg(learningRate_->minimum()).arg(learningRate_->maximum());
        if (ok)
            learningRate_->setValue(eta);
    } else if (key == "observation") {
        const int number = value.toInt(&ok);
        if (ok && (number < 1 || number > session_.observationCount()))
            return tr("observation must be from 1 to %1").arg(session_.observationCount());
        if (ok)
            observation_->setValue(number);
    } else {
        return tr("unknown state '%1' (preset, phase, epochs, lr, observation)").arg(key);
    }
    return ok ? QString() : tr("'%1' is not a number").arg(value);
}
