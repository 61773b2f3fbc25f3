// The backpropagation inspector (seed 004, "Rétropropagation du gradient", "Activité (cas de
// classification binaire)"; seed 000, "La rétropropagation sur le XOR"): a tiny network drawn as
// a graph; one observation stepped through it in three phases — forward (Y, f(Y), Z, f(Z), E
// on the neurons), backward (∂E/∂ of every activation, weight and bias, on the edges), update
// (w ← w − η ∂E/∂w, the new weights on the edges) — with every named value in a table, and
// training epoch by epoch with the loss and the outputs plotted per epoch.
// Presets: the course's binary classification activity and the XOR network.
#pragma once

#include "backprop/BackpropPresets.h"
#include "common/PanelPage.h"
#include "perceptron/BackpropSession.h"

class BackpropArchitectureBox;
class BackpropTrainingPlot;
class BackpropValueModel;
class NetworkGraph;
class PlaybackControls;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
struct NetworkGraphData;

class BackpropInspectorView : public PanelPage {
    Q_OBJECT
public:
    explicit BackpropInspectorView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // preset=course-bce|xor, phase=forward|backward|update, epochs=N (train N epochs), lr=η,
    // observation=K (from 1).
    QString applyState(const QString& key, const QString& value) override;

    // What is on screen, for tests.
    NetworkGraph* graph() const { return graph_; }
    BackpropValueModel* valueModel() const { return values_; }
    BackpropTrainingPlot* trainingPlot() const { return plot_; }
    BackpropArchitectureBox* architectureBox() const { return architecture_; }
    PlaybackControls* playback() const { return playback_; }
    const neurone::TinyNetwork& network(); // the network in force now
    int epochs();
    QString errorText() const;
    QString statusText() const;
    QString explainText() const;

    // Steps the current observation to a phase (from the start if it is past it).
    void showPhase(neurone::TracePhase phase);
    // Edits, as the graph's in-place editor does.
    void setWeight(int layer, int from, int to, double value);
    void setBias(int layer, int unit, double value);
    void setInput(int unit, double value);
    void setTarget(int unit, double value);
    void trainEpochs(int epochs);

private:
    void buildUi();
    QWidget* buildObservationBox();
    void connectUi();
    void selectPreset(int index);
    void loadPreset(const neurone::BackpropPreset& preset);
    void rebuildNetwork();
    void editStep(const BackpropSession::Edit& edit);
    void editShown(const BackpropSession::Edit& edit);
    void showPosition(int position);
    void refresh();
    void refuse(const QString& message);
    void showControls();
    NetworkGraphData graphData(const BackpropSession::View& view) const;
    void updateStatus(const BackpropSession::View& view);
    void updateExplain();
    // "(7, 8, 10) → 1" for each observation; compact: "observation 1" beyond three inputs.
    QStringList observationNames(bool compact = false) const;

    QComboBox* preset_;
    BackpropArchitectureBox* architecture_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* momentum_;
    QSpinBox* observation_;
    QList<QDoubleSpinBox*> inputBoxes_;
    QList<QDoubleSpinBox*> targetBoxes_;
    QList<QLabel*> inputLabels_;
    QList<QLabel*> targetLabels_;
    QFormLayout* observationForm_;
    QSpinBox* epochCount_;
    QPushButton* trainOne_;
    QPushButton* trainMany_;
    QLabel* status_;
    QLabel* error_;
    QLabel* explain_;
    NetworkGraph* graph_;
    QTableView* table_;
    BackpropValueModel* values_;
    BackpropTrainingPlot* plot_;
    PlaybackControls* playback_;

    BackpropSession session_;
    ViewStyle style_;
    bool showingControls_ = false;
};
