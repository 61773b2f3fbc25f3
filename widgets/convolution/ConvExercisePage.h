// The seed 003 exercise ("Couche convolution"), computed live by the engine: two 3×3 input
// channels, one 2×2 kernel per channel, one output map, the target and the mean squared error,
// then the backward pass ∂E/∂Y, ∂E/∂W, ∂E/∂X, ∂E/∂b. Every input is editable.
#pragma once

#include "common/PanelPage.h"
#include "conv/Image.h"

#include <array>

class QDoubleSpinBox;
class QLabel;
class QStandardItemModel;
class ValueGrid;

class ConvExercisePage : public PanelPage {
    Q_OBJECT
public:
    explicit ConvExercisePage(QWidget* parent = nullptr);

    QCustomPlot* currentPlot() const override { return nullptr; }
    // Every value computed: quantity, value ("[[90, 112], [156, 178]]").
    QAbstractItemModel* currentTable() const override;
    void setViewStyle(const ViewStyle& style) override;
    // x0, x1 (3×3), w0, w1 (2×2), target (2×2) as rows "1 2 3;4 5 6;7 8 9", bias, reset.
    QString applyState(const QString& key, const QString& value) override;

    // The value the table lists for `quantity` (its first column), or "".
    QString valueOf(const QString& quantity) const;
    QString errorText() const;
    ValueGrid* inputGrid(int channel) const { return inputs_[std::size_t(channel)]; }
    ValueGrid* kernelGrid(int channel) const { return kernels_[std::size_t(channel)]; }
    ValueGrid* targetGrid() const { return target_; }
    QDoubleSpinBox* biasBox() const { return bias_; }

public slots:
    void resetToCourse();

private:
    void buildUi();
    void connectUi();
    void recompute();
    void refuse(const QString& message);

    std::array<ValueGrid*, 2> inputs_;
    std::array<ValueGrid*, 2> kernels_;
    QDoubleSpinBox* bias_;
    ValueGrid* target_;
    ValueGrid* output_;
    QLabel* loss_;
    ValueGrid* outputGradient_;
    std::array<ValueGrid*, 2> kernelGradients_;
    std::array<ValueGrid*, 2> inputGradients_;
    QLabel* biasGradient_;
    QLabel* error_;
    QLabel* explain_;
    QWidget* work_;
    QStandardItemModel* model_;
    ViewStyle style_;
    bool resetting_ = false;
};
