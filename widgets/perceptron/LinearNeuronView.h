// The linear neuron of seed 000 (NeuroneLineaire.py, ReproductionLineaire.py): the error curve
// E(w) = (w·x − cible)² with the path of the weight as it learns, w ← w − t·dE/dw, its step
// table (k, w, E, dE/dw) and playback. Presets show a slow, a good, an oscillating and a
// divergent learning rate.
// `--state` keys: preset=slow|good|oscillating|divergent, lr, w0, x, target, steps=N|all.
#pragma once

#include "common/PanelPage.h"
#include "perceptron/LinearNeuron.h"

class PlaybackControls;
class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStandardItemModel;
class QTableView;

class LinearNeuronView : public PanelPage {
    Q_OBJECT
public:
    explicit LinearNeuronView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override { return plot_; }
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    QString applyState(const QString& key, const QString& value) override;

    // What the page computed and shows, for tests.
    const neurone::DescentTrace& trace() const { return trace_; }
    const neurone::LinearNeuronSettings& settings() const { return settings_; }
    PlaybackControls* playback() const { return playback_; }
    QString errorText() const;
    QString outcomeText() const;
    QString explainText() const;
    int pathPointsShown() const;

private:
    void buildUi();
    void connectUi();
    void selectPreset(int index);
    void applyControls();
    void applySettings(const neurone::LinearNeuronSettings& settings);
    void refuse(const QString& message);
    void showSettings();
    void showRevealed(int position);
    void fillTable(int position);
    void updateOutcome();
    void updateExplain(int position);
    void restyle();

    QComboBox* preset_;
    QDoubleSpinBox* input_;
    QDoubleSpinBox* target_;
    QDoubleSpinBox* startWeight_;
    QDoubleSpinBox* learningRate_;
    QLabel* error_;
    QCustomPlot* plot_;
    QCPGraph* curve_;
    QCPCurve* path_;
    QCPGraph* current_;
    QCPItemStraightLine* optimum_;
    QTableView* tableView_;
    QStandardItemModel* table_;
    PlaybackControls* playback_;
    QLabel* outcome_;
    QLabel* explain_;

    neurone::LinearNeuronSettings settings_;
    neurone::DescentTrace trace_;
    ViewStyle style_;
    int highlighted_ = -1;
    bool showingSettings_ = false;
};
