// The perceptron's step table (seed 004, "Perceptron simple", "Exemple introductif"): the delta
// rule applied one observation at a time, in the course's table, with the decision line moving
// in the plane at every step. Data: OR, AND, NAND, XOR or the user's own (edited in a table,
// imported from CSV by a button or by dropping the file on the page). Step one observation,
// one epoch, run to convergence (or the epoch limit), reset.
// `--state` keys: data=or|and|nand|xor, eta, weights=1,-1, bias, epochs (max), steps=N|all|converge.
#pragma once

#include "common/PanelPage.h"
#include "perceptron/Perceptron.h"
#include "perceptron/PerceptronData.h"

class PerceptronDataModel;
class PerceptronPlot;
class PerceptronTableModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

class PerceptronStepView : public PanelPage {
    Q_OBJECT
public:
    explicit PerceptronStepView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    QString applyState(const QString& key, const QString& value) override;

    // Actions (the buttons), and loading a CSV file (the import button and drops).
    void stepObservation();
    void stepEpoch();
    void runToConvergence();
    void reset();
    bool loadCsv(const QString& path);

    // What the page shows, for tests.
    const neurone::PerceptronTrainer& trainer() const { return trainer_; }
    PerceptronTableModel* stepTable() const { return table_; }
    PerceptronDataModel* dataTable() const { return dataModel_; }
    PerceptronPlot* plot() const { return plot_; }
    QString errorText() const;
    QString outcomeText() const;
    QString explainText() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void connectUi();
    QWidget* buildSide();
    void selectDataset(const QString& id);
    void useDataset(const neurone::PerceptronDataset& data, const QString& comboId);
    void readEditedData();
    // One initial weight per feature, and no more epochs than the table can keep.
    void fitSettingsToData();
    // Settings from the controls; refused (message, controls restored) when the engine says no.
    void applyControls();
    bool applySettings(const neurone::PerceptronSettings& settings);
    void refuse(const QString& message);
    void clearError();
    void showSettings();
    void restart();
    void showProgress();
    void fitTableWidth();
    void updateOutcome();
    void updateExplain();
    QString describeDataError(const neurone::DataError& error, bool inTable) const;
    QString weightsText(const Eigen::VectorXd& weights) const;

    QComboBox* dataset_;
    QPushButton* importButton_;
    QLabel* mapping_;
    QTableView* dataView_;
    PerceptronDataModel* dataModel_;
    QToolButton* addRow_;
    QToolButton* removeRow_;
    QToolButton* addFeature_;
    QToolButton* removeFeature_;
    QDoubleSpinBox* learningRate_;
    QLineEdit* weights_;
    QDoubleSpinBox* bias_;
    QSpinBox* maxEpochs_;
    QLabel* error_;
    PerceptronPlot* plot_;
    QTableView* tableView_;
    PerceptronTableModel* table_;
    QPushButton* stepButton_;
    QPushButton* epochButton_;
    QPushButton* runButton_;
    QPushButton* resetButton_;
    QLabel* progress_;
    QLabel* outcome_;
    QLabel* explain_;

    neurone::PerceptronDataset data_;
    neurone::PerceptronSettings settings_;
    neurone::PerceptronTrainer trainer_;
    QString sourceName_; // the CSV file's name, or empty
    ViewStyle style_;
    bool showingSettings_ = false;
};
