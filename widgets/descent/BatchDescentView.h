// The descent panel's batch page: stochastic, mini-batch and full-batch descent fitting a
// line ŷ = a x + b to noisy points (seed 000 "L'apprentissage stochastique ou par paquet";
// seed 004 "Variantes de descente de gradient", "Epoch, size_batch & Iteration").
// The three parameter paths start from the same (a, b) and run for the same number of epochs
// over the contours of E(a, b); Step/Run reveal them one epoch at a time, and a second plot
// shows the data with the three current lines.
//
// applyState keys: batch=<M>, epochs=<n>, lr=<η>, seed=<s>, points=<N>, noise=<σ>,
// steps=<epochs shown>|all.
#pragma once

#include "common/PanelPage.h"
#include "descent/BatchRegression.h"
#include "descent/SurfacePlotHelpers.h"

#include <array>

class PlaybackControls;
class QCPCurve;
class QCPGraph;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStandardItemModel;

class BatchDescentView : public PanelPage {
    Q_OBJECT
public:
    // The three ways of cutting an epoch into updates, as the course names them.
    enum Variant { Stochastic, MiniBatch, FullBatch };
    static constexpr std::array<Variant, 3> variants = {Stochastic, MiniBatch, FullBatch};

    explicit BatchDescentView(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    QString applyState(const QString& key, const QString& value) override;

    // What the page shows, for tests and for comparing with `neurone-cli`.
    const neurone::RegressionData& data() const { return data_; }
    Eigen::Vector2d start() const { return start_; }
    int pointCount() const;
    double noise() const;
    unsigned seed() const;
    int batchSize(Variant variant) const;
    int epochs() const;
    double learningRate() const { return learningRate_; }
    // The whole (a, b) path of a variant (start included, finite points only) and its curve.
    const descentview::Path& path(Variant variant) const { return paths_[variant]; }
    int updatesPerEpoch(Variant variant) const { return updatesPerEpoch_[variant]; }
    QCPCurve* curve(Variant variant) const { return curves_[variant]; }
    QCustomPlot* dataPlot() const { return dataPlot_; }
    PlaybackControls* playback() const { return playback_; }

    // The learning rate slider: positions 0…300 stand for η = 10⁻³ … 1.
    static const descentview::LogSliderScale learningRateScale;

private:
    // Widgets (BatchDescentViewUi.cpp).
    void buildUi();
    QWidget* buildControls();
    void buildPlots();
    void connectUi();

    void regenerateData();
    void recompute();
    void showPosition(int epochsShown);
    void setLearningRate(double learningRate);
    QString setSpinValue(QSpinBox* spin, const QString& name, const QString& value);

    void refreshStyles();
    void refreshTable();
    void refreshTexts();
    Eigen::Vector2d revealed(Variant variant, int epochsShown) const;

    // Texts (BatchDescentViewText.cpp).
    QString variantTitle(Variant variant) const;
    QString legendName(Variant variant) const;
    QString resultLine(Variant variant, int epochsShown) const;
    QString explanation() const;
    bool diverged(Variant variant) const;
    QColor colour(Variant variant) const;

    ViewStyle style_;
    neurone::RegressionData data_;
    Eigen::Vector2d start_{-1.0, 2.5};
    double learningRate_ = 0.1;
    std::array<descentview::Path, 3> paths_;
    std::array<int, 3> updatesPerEpoch_{};
    std::array<int, 3> plannedUpdates_{}; // before any divergence cut the path short

    QCustomPlot* plot_ = nullptr;
    descentview::ContourMap contour_;
    QCPGraph* startMarker_ = nullptr;
    std::array<QCPCurve*, 3> curves_{};
    QCustomPlot* dataPlot_ = nullptr;
    QCPGraph* dataGraph_ = nullptr;
    std::array<QCPGraph*, 3> lines_{};
    QSpinBox* pointsSpin_ = nullptr;
    QDoubleSpinBox* noiseSpin_ = nullptr;
    QSpinBox* seedSpin_ = nullptr;
    QSpinBox* batchSpin_ = nullptr;
    QSpinBox* epochsSpin_ = nullptr;
    QSlider* learningRateSlider_ = nullptr;
    QLabel* learningRateLabel_ = nullptr;
    PlaybackControls* playback_ = nullptr;
    QLabel* resultsLabel_ = nullptr;
    QLabel* explainLabel_ = nullptr;
    QStandardItemModel* table_ = nullptr;
};
