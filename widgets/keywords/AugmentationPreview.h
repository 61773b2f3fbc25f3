// Data augmentation previewed (seed 000, "L'augmentation de données"): exactly the course's four
// kinds, each with its parameter, applied to the selected example —
//   pitch shift  −4 … +4 semitones      speed  0.7 … 1.3 (a tape: pitch follows)
//   time shift   −300 … +300 ms         noise  y = x + f · N(0, 1),  f = 0 … 0.05
// shown as two log-mel spectrograms (original | augmented, Spectrogram.h) with a Play button
// for the augmented clip. The work (Rubber Band can take tens of ms) runs in QtConcurrent;
// while one computation runs, later changes wait and only the latest is computed next.
#pragma once

#include "common/ViewStyle.h"
#include "core/Tensor.h"

#include <QFutureWatcher>
#include <QWidget>

#include <vector>

class QCPColorMap;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
namespace io {
class AudioPlayer;
}

struct AugmentationParameters {
    double pitchSemitones = 0;
    double speed = 1;
    double shiftMilliseconds = 0;
    double noiseFactor = 0;
};

struct AugmentationImages {
    std::vector<float> augmented;  // the augmented window, 16 kHz
    neurone::Batch original;       // log-mel [frames × bands]
    neurone::Batch augmentedImage; // log-mel [frames × bands]
};

// The recording's utterance in a 1.5 s window (cutUtterance), augmented: each kind whose
// parameter is not neutral, in the course's order, re-centred after a speed change.
AugmentationImages augmentForPreview(const std::vector<float>& samples, const AugmentationParameters& parameters);

class AugmentationPreview : public QWidget {
    Q_OBJECT
public:
    explicit AugmentationPreview(QWidget* parent = nullptr);

    AugmentationParameters parameters() const;
    // Sets the spin boxes (their ranges are the course's).
    void setParameters(const AugmentationParameters& parameters);
    QCPColorMap* originalMap() const { return originalMap_; }
    QCPColorMap* augmentedMap() const { return augmentedMap_; }
    const std::vector<float>& augmentedWindow() const { return augmented_; }
    // Processes events until no computation runs (tests).
    bool waitUntilIdle(int milliseconds);

public slots:
    // The example to augment (16 kHz mono); empty clears the view.
    void setClip(const std::vector<float>& samples);
    void play();
    void setViewStyle(const ViewStyle& style);

signals:
    void previewUpdated();
    void statusMessage(const QString& message);

private:
    void connectUi();
    void recompute();
    void showResult();
    void showImage(QCustomPlot* plot, QCPColorMap* map, const neurone::Batch& image);
    QCustomPlot* makePlot(const QString& title, QCPColorMap*& map);

    QDoubleSpinBox* pitch_;
    QDoubleSpinBox* speed_;
    QDoubleSpinBox* shift_;
    QDoubleSpinBox* noise_;
    QPushButton* play_;
    QLabel* hint_;
    QCPColorMap* originalMap_ = nullptr;
    QCPColorMap* augmentedMap_ = nullptr;
    QCustomPlot* originalPlot_;
    QCustomPlot* augmentedPlot_;
    io::AudioPlayer* player_;
    QFutureWatcher<AugmentationImages> watcher_;
    std::vector<float> clip_;
    std::vector<float> augmented_;
    bool computing_ = false; // until showResult() has taken the result
    bool pending_ = false;
    ViewStyle style_;
};
