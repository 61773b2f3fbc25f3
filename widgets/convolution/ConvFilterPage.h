// The filter page of the convolution panel (seed 000 "La convolution d'image", seed 002,
// seed 004): an image through the chain convolution → ReLU → pooling, with the kernel, stride,
// padding, correlation or true convolution, and pooling as controls; input, feature map and
// pooled output side by side (zoom linked); click a pixel, or step along the output, to see
// its receptive field and the multiply-add that made it.
#pragma once

#include "convolution/GeometryBox.h"

#include "common/PanelPage.h"
#include "conv/ImageFilter.h"
#include "convolution/FilterWorker.h"
#include "convolution/KernelGridEditor.h"

#include <memory>
#include <optional>

class FilterChainView;
class ImageView;
class PlaybackControls;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

class ConvFilterPage : public PanelPage {
    Q_OBJECT
public:
    explicit ConvFilterPage(QWidget* parent = nullptr);

    // The picture to filter: RGB, values 0…255 (grayscale is computed here when chosen).
    void setSourceImage(std::shared_ptr<const neurone::Image> rgb, const QString& name);

    QCustomPlot* currentPlot() const override { return nullptr; }
    QAbstractItemModel* currentTable() const override { return nullptr; }
    void setViewStyle(const ViewStyle& style) override;
    // kernel, bias, stride, padding, flip, relu, pool, normalize, colour, pixel, zoom.
    QString applyState(const QString& key, const QString& value) override;

    // The output (after pooling, if any) as a PNG the output's size; "" or the reason.
    QString exportOutput(const QString& path) const;

    // What the page shows, for tests.
    const neurone::FilterStages* stages() const { return stages_.get(); }
    const neurone::Image* input() const { return input_.get(); }
    QString errorText() const;
    QString formulaText() const; // the output-size formulas, plain text
    QString chainText() const;
    QString explainText() const;                 // the side text, plain
    QString explanationText() const;             // the selected pixel's multiply-add, plain
    std::optional<float> explainedValue() const; // the selected pixel's value (first channel)
    bool isComputing() const;
    void finishComputing();                   // waits for the worker and shows its result
    void selectOutputPixel(int row, int col); // the last stage (pooled when pooling is on)
    void selectFeaturePixel(int row, int col);
    KernelGridEditor* kernelEditor() const { return kernel_; }
    ImageView* inputView() const { return inputView_; }
    ImageView* featureView() const { return featureView_; }
    ImageView* pooledView() const { return pooledView_; }
    PlaybackControls* playback() const { return playback_; }

private:
    struct Settings {
        KernelChoice kernel;
        double bias = 0;
        SlidingGeometry geometry;
        bool flip = false;
        bool relu = false;
        int poolMode = 0; // 0 none, 1 max, 2 average
        int poolSize = 2;
        int poolStride = 2;
    };
    enum class Selected { None, Feature, Pooled };

    void buildUi();
    void connectUi();
    Settings settingsFromControls() const;
    void showSettings(const Settings& settings);
    void enableControls();
    static neurone::FilterSettings filterSettings(const Settings& settings);
    void updateInput();
    void recompute();
    void refuse(const QString& message);
    void showOutcome(const FilterOutcome& outcome);
    void showStages();
    void showOutputImages();
    void updateChain();
    void updateExplain();
    void select(Selected stage, int row, int col);
    void showSelection();
    void linkViews();
    void setBusy(bool busy);
    neurone::Normalization normalization() const;
    QString applyPixel(const QString& value);

    KernelGridEditor* kernel_;
    QDoubleSpinBox* bias_;
    GeometryBox* geometry_;
    QCheckBox* flip_;
    QCheckBox* relu_;
    QComboBox* poolMode_;
    QSpinBox* poolSize_;
    QSpinBox* poolStride_;
    QComboBox* colour_;
    QComboBox* normalization_;
    QLabel* error_;
    QLabel* busy_;
    FilterChainView* chain_;
    QLabel* formula_;
    QLabel* inputTitle_;
    QLabel* featureTitle_;
    QLabel* pooledTitle_;
    ImageView* inputView_;
    ImageView* featureView_;
    ImageView* pooledView_;
    QWidget* pooledColumn_;
    QLabel* explanation_;
    PlaybackControls* playback_;
    QLabel* explain_;
    FilterWorker* worker_;

    std::shared_ptr<const neurone::Image> source_; // RGB
    std::shared_ptr<const neurone::Image> input_;  // grayscale or RGB, as filtered
    QString sourceName_;
    Settings previous_; // the last settings that were accepted
    Settings pending_;  // the settings of the latest request to the worker
    std::shared_ptr<const neurone::Image> pendingInput_;
    Settings shown_; // the settings and input that made stages_
    std::shared_ptr<const neurone::Image> shownInput_;
    SharedStages stages_;
    Selected selected_ = Selected::None;
    int selectedRow_ = 0;
    int selectedCol_ = 0;
    std::optional<float> explainedValue_;
    ViewStyle style_;
    bool showingSettings_ = false;
    bool steppingPlayback_ = false;
};
