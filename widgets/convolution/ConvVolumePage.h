// The volume page (seed 004 "Convolution en volume"): an RGB input, one kernel per channel and
// one bias; each output value is Σ_c X[c] ⋆ F[c] + b. It opens on the course's own numbers
// (the top-left corner of its picture, P = 1: 308 + (−498) + 164 + 1 = −25) and can filter the
// opened image too. Click an output pixel for its three channel sums and the total.
#pragma once

#include "convolution/GeometryBox.h"

#include "common/PanelPage.h"
#include "conv/ImageFilter.h"
#include "convolution/FilterWorker.h"

#include <array>
#include <memory>
#include <optional>

class ImageView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class ValueGrid;

class ConvVolumePage : public PanelPage {
    Q_OBJECT
public:
    explicit ConvVolumePage(QWidget* parent = nullptr);

    // The opened picture (RGB, 0…255). `use` switches the input to it.
    void setSourceImage(std::shared_ptr<const neurone::Image> rgb, const QString& name, bool use);

    QCustomPlot* currentPlot() const override { return nullptr; }
    QAbstractItemModel* currentTable() const override { return nullptr; }
    void setViewStyle(const ViewStyle& style) override;
    // source (example|image), bias, stride, padding, normalize, pixel, zoom.
    QString applyState(const QString& key, const QString& value) override;

    QString exportOutput(const QString& path) const;

    // What the page shows, for tests.
    const neurone::FilterStages* stages() const { return stages_.get(); }
    const neurone::Image* input() const { return input_.get(); }
    QString errorText() const;
    QString explanationText() const;
    QList<float> channelSums() const { return channelSums_; }
    std::optional<float> explainedTotal() const { return explainedTotal_; }
    ValueGrid* kernelGrid(int channel) const { return kernels_[std::size_t(channel)]; }
    ImageView* inputView() const { return inputView_; }
    ImageView* outputView() const { return outputView_; }
    void selectPixel(int row, int col);
    void finishComputing();

    static neurone::Image courseExample();
    static std::array<neurone::Plane, 3> courseKernels();

private:
    struct Settings {
        std::array<neurone::Plane, 3> kernels;
        double bias = 1;
        SlidingGeometry geometry{1, 2, 1}; // the course's example: P = 1
    };

    void buildUi();
    void connectUi();
    Settings settingsFromControls() const;
    void showSettings(const Settings& settings);
    neurone::FilterSettings filterSettings(const Settings& settings) const;
    void resizeKernels();
    void updateInput();
    void recompute();
    void refuse(const QString& message);
    void showStages(const SharedStages& stages);
    void showSelection();
    neurone::Normalization normalization() const;

    QComboBox* source_;
    QSpinBox* rows_;
    QSpinBox* cols_;
    std::array<ValueGrid*, 3> kernels_;
    QDoubleSpinBox* bias_;
    GeometryBox* geometry_;
    QComboBox* normalization_;
    QLabel* error_;
    QLabel* busy_;
    QLabel* formula_;
    QLabel* inputTitle_;
    QLabel* outputTitle_;
    ImageView* inputView_;
    ImageView* outputView_;
    QLabel* explanation_;
    QLabel* explain_;
    FilterWorker* worker_;

    std::shared_ptr<const neurone::Image> image_; // the opened picture
    QString imageName_;
    std::shared_ptr<const neurone::Image> input_; // the example or the picture
    Settings previous_;
    Settings pending_;
    std::shared_ptr<const neurone::Image> pendingInput_;
    Settings shown_;
    std::shared_ptr<const neurone::Image> shownInput_;
    SharedStages stages_;
    bool selected_ = true;
    int selectedRow_ = 0;
    int selectedCol_ = 0;
    QList<float> channelSums_;
    std::optional<float> explainedTotal_;
    ViewStyle style_;
    bool showingSettings_ = false;
};
