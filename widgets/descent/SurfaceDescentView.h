// The descent panel's surface page: a contour map of f(x, y) with the paths of plain gradient
// descent, momentum, Nesterov, Adagrad, RMSprop and Adam raced from the same start point
// (seed 000 "La descente de gradient", "La quantité de mouvement"; seed 004 "Optimiseur").
// Drag the start point on the map; learning rate t and γ recompute the race instantly;
// Step/Run reveal the iterates of every path together.
//
// applyState keys: preset=ill-conditioned|rosenbrock|two-minima, formula=<f(x,y)>, start=x,y,
// lr=<t>, gamma=<γ>, optimizers=gd,momentum,nesterov,adagrad,rmsprop,adam, steps=<k>|all.
#pragma once

#include "common/PanelPage.h"
#include "descent/Descent.h"
#include "descent/SurfacePlotHelpers.h"

#include <map>
#include <optional>

class PlaybackControls;
class QCheckBox;
class QComboBox;
class QCPCurve;
class QCPGraph;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QStandardItemModel;

class SurfaceDescentView : public PanelPage {
    Q_OBJECT
public:
    explicit SurfaceDescentView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    QString applyState(const QString& key, const QString& value) override;

    // What the page shows, for tests and for comparing with `neurone-cli`.
    QString formulaText() const;
    QString errorText() const; // "" when the last input was accepted
    Eigen::Vector2d startPoint() const { return start_; }
    double learningRate() const { return learningRate_; }
    double momentum() const { return momentum_; }
    double epsilon() const { return epsilon_; }
    int maxSteps() const;
    // The trajectory of a checked optimiser, or nullptr; its curve on the map, or nullptr.
    const neurone::DescentTrace* trace(neurone::OptimizerKind kind) const;
    QCPCurve* curve(neurone::OptimizerKind kind) const;
    PlaybackControls* playback() const { return playback_; }

    // The learning rate slider: positions 0…400 stand for t = 10⁻⁴ … 1.
    static const descentview::LogSliderScale learningRateScale;

private:
    // Widgets (SurfaceDescentViewUi.cpp).
    void buildUi();
    QWidget* buildFunctionBox();
    QWidget* buildOptimizerBox();
    QWidget* buildParameterBox();
    void connectUi();

    void loadPreset(const QString& id);
    // A new function or start point is accepted only if f and ∇f are finite at the start;
    // otherwise the page shows why and keeps everything as it was. Returns the error or "".
    QString applyFormula(const QString& text);
    QString setStart(const Eigen::Vector2d& start);
    void moveStart(const QPointF& pixel);
    void setLearningRate(double learningRate);
    void setMomentum(double gamma);
    QString applyOptimizerList(const QString& names);
    void setCheckedOptimizers(const std::vector<neurone::OptimizerKind>& kinds);
    void showError(const QString& message);

    void refreshContours();
    void syncCurves();
    void recompute();
    void showPosition(int position);
    void refreshCurveStyles();
    void refreshResults();
    void refreshTable();
    void refreshExplanation();
    std::vector<neurone::OptimizerKind> checkedOptimizers() const;

    // Texts (SurfaceDescentViewText.cpp).
    static constexpr const char* customPresetId = "custom";
    static int seriesIndexOf(neurone::OptimizerKind kind); // its colour: ViewStyle::series(i)
    static QString optimizerTitle(neurone::OptimizerKind kind);
    static QString presetTitle(const QString& id);
    static QString stepsText(int steps);
    static QString outcomeText(const neurone::DescentTrace& trace);
    static QString updateRule(neurone::OptimizerKind kind);
    QString legendName(neurone::OptimizerKind kind) const;
    QString resultLine(neurone::OptimizerKind kind) const;
    QString explanation() const;

    ViewStyle style_;
    std::optional<neurone::Formula> formula_;
    neurone::Objective objective_;
    neurone::Range xRange_;
    neurone::Range yRange_;
    Eigen::Vector2d start_ = Eigen::Vector2d::Zero();
    double learningRate_ = 0.1;
    double momentum_ = 0.5;
    double epsilon_ = 1e-3;
    bool dragging_ = false;
    std::map<neurone::OptimizerKind, neurone::DescentTrace> traces_;
    std::map<neurone::OptimizerKind, descentview::Path> paths_;
    std::map<neurone::OptimizerKind, QCPCurve*> curves_;

    QCustomPlot* plot_ = nullptr;
    descentview::ContourMap contour_;
    QCPGraph* startMarker_ = nullptr;
    QComboBox* presetCombo_ = nullptr;
    QLineEdit* formulaEdit_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    std::map<neurone::OptimizerKind, QCheckBox*> checkBoxes_;
    QSlider* learningRateSlider_ = nullptr;
    QLabel* learningRateLabel_ = nullptr;
    QSlider* momentumSlider_ = nullptr;
    QLabel* momentumLabel_ = nullptr;
    QSpinBox* maxStepsSpin_ = nullptr;
    PlaybackControls* playback_ = nullptr;
    QLabel* resultsLabel_ = nullptr;
    QLabel* explainLabel_ = nullptr;
    QStandardItemModel* table_ = nullptr;
};
