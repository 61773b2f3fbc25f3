// The training panel (seed 000 "Reproduction du XOR", the digit model; seed 002's Keras CNN;
// seed 004 "Epoch, size_batch & Iteration", "Matrice de confusion"): build a network, train it
// live on XOR, OR, the 2-D toy sets, the MNIST digits or Fashion-MNIST, and look inside.
//   left     the data, the network (preset or built layer by layer) and the training settings
//   top      Run / Pause / Stop / Step a batch / Step an epoch / Reset, Open and Save model
//   tabs     the curves (with the decision regions for 2-D sets), the confusion matrix, 40 test
//            images with their predictions, the first layer's weights, the feature maps
// Training and dataset loading run in a worker thread (TrainingWorker): the GUI thread only
// draws what the worker reports. A run's settings, data and network cannot change while it is
// under way (Stop or Reset first).
#pragma once

#include "common/Panel.h"
#include "training/TrainingControls.h"
#include "training/TrainingTypes.h"

#include <QThread>

#include <optional>
#include <vector>

class ConfusionMatrixView;
class DatasetBox;
class DecisionRegionPlot;
class FeatureMapsView;
class NetworkBuilder;
class PredictionGridView;
class QComboBox;
class QLabel;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class TrainingCurves;
class ThreadMailbox;
class TrainingSettingsBox;
class TrainingWorker;
class WeightImagesView;

class TrainingPanel : public Panel {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    QString panelId() const override { return "training"; }
    QString title() const override;
    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // dataset=xor|or|circles|spirals|gaussians|mnist|fashion-mnist, points=N, noise=S,
    // model=softmax|mlp|cnn|xor|toy, epochs=N, batch=B, lr=L, optimizer=NAME, seed=S,
    // validation=F, train=run|epoch|batch (waits until it stops), tab=curves|confusion|
    // predictions|weights|features.
    QString applyState(const QString& key, const QString& value) override;
    // File > Open: a saved model (.neurone).
    QString openFilter() const override;
    QString openFile(const QString& path) override { return openModel(path); }

    // "" or why the model was refused (the panel keeps what it had).
    QString openModel(const QString& path);
    // "" or why the file could not be written (an earlier file stays as it was).
    QString saveModel(const QString& path);

    // For tests and screenshots: processes events until no run is under way and no dataset is
    // loading, or `milliseconds` pass. True when idle.
    bool waitUntilIdle(int milliseconds);

    TrainingControls::State state() const;
    const std::vector<neurone::EpochMetrics>& history() const { return history_; }
    const neurone::Model& model() const { return model_; }
    // The message line over the tabs ("" when none).
    QString message() const;
    // The latest inspection (confusion matrix, predictions), if any.
    const std::optional<TrainingInspection>& inspection() const { return inspection_; }

    DatasetBox* datasetBox() const { return dataset_; }
    NetworkBuilder* builder() const { return builder_; }
    TrainingSettingsBox* settingsBox() const { return settings_; }
    TrainingControls* controls() const { return controls_; }
    TrainingCurves* curves() const { return curves_; }
    DecisionRegionPlot* regionPlot() const { return regions_; }
    ConfusionMatrixView* confusionView() const { return confusion_; }
    PredictionGridView* predictionView() const { return predictions_; }
    WeightImagesView* weightView() const { return weights_; }
    FeatureMapsView* featureView() const { return features_; }
    QTabWidget* tabs() const { return tabs_; }

public slots:
    void run();
    void pause();
    void stop();
    void stepBatch();
    void stepEpoch();
    void reset();
    void askOpenModel();
    void askSaveModel();

private:
    QWidget* makeModelBox();
    void wire();
    // Dataset and model (TrainingPanelModel.cpp).
    void loadDataset();
    void datasetLoaded(const LoadedDataset& loaded);
    void datasetFailed(const neurone::DatasetRequest& request, const QString& message);
    void presetChosen();
    void layersChanged();
    void applyDropoutRate(double rate);
    void rebuildModel();
    void showModel();
    // Running (TrainingPanelRun.cpp).
    enum class Command { Run, Batch, Epoch };
    void command(Command what);
    TrainingJob makeJob() const;
    void startJob();
    void received(const TrainingProgress& progress);
    void inspected(const TrainingInspection& inspection);
    void stopped(const TrainingOutcome& outcome);
    void setState(TrainingControls::State state);
    void showMessage(const QString& text, bool problem);
    void refreshHistoryTable();
    void appendHistoryRows(const std::vector<neurone::EpochMetrics>& epochs);
    void clearInspection();

    DatasetBox* dataset_;
    QComboBox* preset_;
    NetworkBuilder* builder_;
    TrainingSettingsBox* settings_;
    TrainingControls* controls_;
    QLabel* message_;
    QTabWidget* tabs_;
    QSplitter* curvesPage_;
    TrainingCurves* curves_;
    DecisionRegionPlot* regions_;
    ConfusionMatrixView* confusion_;
    PredictionGridView* predictions_;
    WeightImagesView* weights_;
    FeatureMapsView* features_;
    QStandardItemModel* historyTable_;

    QThread thread_;
    TrainingWorker* worker_; // lives in thread_, deleted when it finishes
    ThreadMailbox* toWorker_;   // the worker's child, in thread_: every command to the worker
    ThreadMailbox* fromWorker_; // this panel's child: every report from the worker

    std::optional<LoadedDataset> data_;
    neurone::DatasetRequest pendingRequest_;
    bool loading_ = false;
    neurone::Model model_;
    bool modelValid_ = false;
    std::uint64_t currentJob_ = 0; // reports of an earlier job (still queued) are ignored
    std::vector<neurone::EpochMetrics> history_;
    bool jobInWorker_ = false;  // the worker holds a run that can continue (paused)
    bool stopAfterPause_ = false;
    bool applyingLayers_ = false;
    std::optional<TrainingInspection> inspection_;
    ViewStyle style_;
};
