// The training panel's data and network: loading datasets, presets, the builder's layers,
// opening and saving models.
#include "training/TrainingPanel.h"
#include "core/MemoryPolicy.h"

#include "common/Export.h"
#include "common/Sentence.h"
#include "common/ThreadMailbox.h"
#include "training/ConfusionMatrixView.h"
#include "training/DatasetBox.h"
#include "training/DecisionRegionPlot.h"
#include "training/FeatureMapsView.h"
#include "training/NetworkBuilder.h"
#include "training/PredictionGridView.h"
#include "training/TrainingCurves.h"
#include "training/TrainingSettingsBox.h"
#include "training/TrainingWorker.h"
#include "training/WeightImagesView.h"

#include "io/ModelStorage.h"
#include "model/TrainingPlan.h"

#include <QComboBox>
#include <QSplitter>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace {

bool sameRequest(const neurone::DatasetRequest& a, const neurone::DatasetRequest& b)
{
    return a.kind == b.kind && a.points == b.points && a.noise == b.noise && a.seed == b.seed;
}


} // namespace

void TrainingPanel::loadDataset()
{
    neurone::DatasetRequest request = dataset_->request();
    request.seed = settings_->settings().seed;
    pendingRequest_ = request; // a load still under way for an earlier request is ignored
    if (const QString missing = dataset_->missingMessage(); !missing.isEmpty()) {
        data_.reset();
        loading_ = false;
        modelValid_ = false;
        dataset_->setStatus(missing, true);
        showMessage(missing, true);
        curves_->clear();
        curves_->setHint(missing);
        regions_->setVisible(false);
        regions_->clear();
        clearInspection();
        setState(TrainingControls::State::Busy);
        return;
    }
    loading_ = true;
    pendingRequest_ = request;
    setState(TrainingControls::State::Busy);
    dataset_->setStatus(tr("Loading %1…").arg(DatasetBox::displayName(request.kind)), false);
    toWorker_->post([worker = worker_, request] { worker->loadDataset(request); });
}

void TrainingPanel::datasetLoaded(const LoadedDataset& loaded)
{
    if (!sameRequest(loaded.request, pendingRequest_))
        return; // an earlier request, overtaken
    loading_ = false;
    const bool sameKind = data_ && data_->request.kind == loaded.request.kind;
    data_ = loaded;
    neurone::returnFreedMemory(); // the previous dataset, if nobody else holds it
    const neurone::Dataset& train = data_->splits.train;
    const QLocale locale;
    QString status = tr("%1: %2 training samples").arg(DatasetBox::displayName(loaded.request.kind),
                                                        locale.toString(qulonglong(train.size())));
    if (data_->splits.test)
        status += tr(", %1 test samples").arg(locale.toString(qulonglong(data_->splits.test->size())));
    status += tr(", %n class(es).", nullptr, train.classCount());
    dataset_->setStatus(status, false);
    curves_->setHint({});
    regions_->setVisible(train.featureCount() == 2);
    if (train.featureCount() == 2) {
        regions_->setPoints(train);
        curvesPage_->setSizes({1000, 1000}); // half each, whatever the splitter had
    } else {
        regions_->clear();
    }
    builder_->setInput(train.shape());
    const bool keepLayers = sameKind && modelValid_;
    if (keepLayers) {
        rebuildModel();
        return;
    }
    const auto preset = neurone::defaultPreset(loaded.request.kind);
    preset_->setCurrentIndex(preset_->findData(QString::fromUtf8(neurone::modelPresetName(preset).data())));
    presetChosen();
}

void TrainingPanel::datasetFailed(const neurone::DatasetRequest& request, const QString& message)
{
    if (!sameRequest(request, pendingRequest_))
        return;
    loading_ = false;
    data_.reset();
    modelValid_ = false;
    const QString text = tr("%1 could not be loaded: %2 Install it again or choose another dataset.")
                             .arg(DatasetBox::displayName(request.kind), asSentence(message));
    dataset_->setStatus(text, true);
    showMessage(text, true);
    curves_->clear();
    curves_->setHint(text);
    clearInspection();
    setState(TrainingControls::State::Busy);
}

void TrainingPanel::presetChosen()
{
    const auto preset = neurone::modelPresetFromName(preset_->currentData().toString().toStdString());
    if (!preset || !data_)
        return;
    const neurone::PresetRecipe recipe = neurone::presetRecipe(*preset, data_->splits.train.classCount(),
                                                               neurone::defaultDropoutRate(*preset));
    const neurone::TrainingSettings current = settings_->settings();
    neurone::TrainingSettings s = neurone::trainingSettings(recipe);
    s.seed = current.seed;
    s.threads = current.threads;
    s.earlyStopping = current.earlyStopping;
    settings_->setSettings(s);
    applyingLayers_ = true;
    builder_->setLayers(recipe.layers);
    applyingLayers_ = false;
    layersChanged();
}

void TrainingPanel::layersChanged()
{
    if (applyingLayers_)
        return;
    const std::vector<neurone::LayerSpec> layers = builder_->layers();
    // The preset combo names the preset these layers are, or "custom".
    int match = preset_->findData(QString());
    if (data_)
        for (const neurone::ModelPreset preset : neurone::allModelPresets) {
            const auto recipe = neurone::presetRecipe(preset, data_->splits.train.classCount(),
                                                      neurone::defaultDropoutRate(preset));
            if (neurone::layerListText(recipe.layers) == neurone::layerListText(layers))
                match = preset_->findData(QString::fromUtf8(neurone::modelPresetName(preset).data()));
        }
    preset_->setCurrentIndex(match);
    const auto dropout = std::find_if(layers.begin(), layers.end(),
                                      [](const auto& l) { return l.kind == neurone::LayerKind::Dropout; });
    settings_->setDropoutAvailable(dropout != layers.end());
    if (dropout != layers.end())
        settings_->setDropoutRate(dropout->rate);
    rebuildModel();
}

void TrainingPanel::applyDropoutRate(double rate)
{
    std::vector<neurone::LayerSpec> layers = builder_->layers();
    for (neurone::LayerSpec& layer : layers)
        if (layer.kind == neurone::LayerKind::Dropout)
            layer.rate = float(rate);
    builder_->setLayers(layers); // undoable in the builder; layersChanged() rebuilds
}

void TrainingPanel::rebuildModel()
{
    modelValid_ = false;
    history_.clear();
    refreshHistoryTable();
    curves_->clear();
    clearInspection();
    if (!data_)
        return;
    if (!builder_->isValid()) {
        showMessage(tr("The network cannot be built: %1. Change the layers.").arg(builder_->problem()), true);
        setState(TrainingControls::State::Busy);
        return;
    }
    const neurone::Dataset& train = data_->splits.train;
    // A preset's network starts as its recipe says (some scale their first weights).
    const auto preset = neurone::modelPresetFromName(preset_->currentData().toString().toStdString());
    const auto seed = settings_->settings().seed;
    neurone::PresetRecipe recipe;
    if (preset)
        recipe = neurone::presetRecipe(*preset, train.classCount(), neurone::defaultDropoutRate(*preset));
    recipe.layers = builder_->layers();
    auto made = neurone::makePresetModel(recipe, train.shape(), train.classNames(), seed);
    if (auto* error = std::get_if<std::string>(&made)) {
        showMessage(tr("The network cannot be built: %1. Change the layers.").arg(QString::fromStdString(*error)), true);
        setState(TrainingControls::State::Busy);
        return;
    }
    model_ = std::get<neurone::Model>(std::move(made));
    if (const auto reason = neurone::whyModelDoesNotFit(model_, train)) {
        showMessage(tr("The network does not fit the data: %1. Change the layers or choose another dataset.")
                        .arg(QString::fromStdString(*reason)),
                    true);
        setState(TrainingControls::State::Busy);
        return;
    }
    modelValid_ = true;
    jobInWorker_ = false;
    showMessage({}, false);
    settings_->setTrainingSize(int(std::lround(double(train.size()) * (1 - dataset_->validationFraction()))));
    setState(TrainingControls::State::Idle);
    showModel();
    startJob(); // shows the untrained network (decision regions) before Run
}

void TrainingPanel::showModel()
{
    weights_->setNetwork(model_.network, model_.input, model_.classNames);
}

QString TrainingPanel::openModel(const QString& path)
{
    if (state() == TrainingControls::State::Running || state() == TrainingControls::State::Paused)
        return tr("Stop the training before opening a model.");
    auto read = io::readModelFile(path);
    QString refusal;
    if (auto* error = std::get_if<QString>(&read))
        refusal = tr("%1 Choose another model file.").arg(asSentence(*error));
    else if (!data_)
        refusal = tr("Load a dataset first: the model is checked against it.");
    else if (const auto reason = neurone::whyModelDoesNotFit(std::get<neurone::ModelFile>(read).model,
                                                             data_->splits.train))
        refusal = tr("%1 does not fit %2: %3. Choose the dataset it was trained on, or another model.")
                      .arg(QFileInfo(path).fileName(), DatasetBox::displayName(data_->request.kind),
                           QString::fromStdString(*reason));
    if (!refusal.isEmpty()) {
        showMessage(tr("The model was not opened. %1").arg(refusal), true);
        return refusal;
    }
    neurone::ModelFile file = std::get<neurone::ModelFile>(std::move(read));
    neurone::TrainingSettings saved = neurone::savedSettings(file.settings, file.model.layers);
    const neurone::TrainingSettings current = settings_->settings();
    saved.seed = current.seed;
    saved.threads = current.threads;
    saved.earlyStopping = current.earlyStopping;
    settings_->setSettings(saved);
    applyingLayers_ = true;
    builder_->setLayers(file.model.layers);
    applyingLayers_ = false;
    model_ = std::move(file.model);
    modelValid_ = true;
    history_ = std::move(file.history);
    curves_->setHistory(history_);
    refreshHistoryTable();
    clearInspection();
    showModel();
    setState(TrainingControls::State::Stopped);
    startJob();
    toWorker_->post([worker = worker_] { worker->inspectNow(); });
    showMessage(tr("Opened %1: %n epoch(s) of history. Run trains it further.", nullptr, int(history_.size()))
                    .arg(QFileInfo(path).fileName()),
                false);
    return {};
}

QString TrainingPanel::saveModel(const QString& path)
{
    QString refusal;
    if (state() == TrainingControls::State::Running)
        refusal = tr("Pause or stop the training before saving.");
    else if (!modelValid_)
        refusal = tr("There is no network to save.");
    if (refusal.isEmpty()) {
        neurone::ModelFile file{model_, neurone::settingsKeyValues(settings_->settings()), history_};
        if (data_)
            file.settings.emplace_back("dataset", std::string(neurone::datasetKindName(data_->request.kind)));
        refusal = saveModelFile(file, path);
    }
    showMessage(refusal.isEmpty() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : refusal, !refusal.isEmpty());
    return refusal;
}

void TrainingPanel::askOpenModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a model"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      openFilter());
    if (!path.isEmpty())
        openModel(path);
}

void TrainingPanel::askSaveModel()
{
    const QString name = data_ ? QString::fromUtf8(neurone::datasetKindName(data_->request.kind).data()) : "model";
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + '/' + name + '.'
                              + io::modelFileSuffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the model"), suggested, openFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QString('.') + io::modelFileSuffix;
    saveModel(path);
}
