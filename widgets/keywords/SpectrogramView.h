// The live picture of the microphone: the waveform (top) over the scrolling spectrogram
// (bottom), the last 6 s, newest on the right. Log-mel mode: 40 rows, one per mel band
// (ln energy, ticks in Hz on the mel scale); linear mode: 257 rows, 0 … 8000 Hz every 31.25 Hz
// (dB). Columns are 10 ms apart: one second of sound adds 100 columns. The colour scale follows
// the loudest cell showing (70 dB of range under it), so silence is dark whatever the gain.
// A file's picture is shown whole (the time axis fits it, at least 1.5 s).
// Columns are stored as they arrive and drawn at most ~30 times a second.
#pragma once

#include "common/ViewStyle.h"
#include "keywords/KeywordListener.h"

#include <qcustomplot.h>

#include <vector>

class QTimer;

// The frequency axis of a spectrogram picture (mel bands labelled in Hz, or Hz).
void setFrequencyAxis(QCPAxis* axis, SpectrogramKind kind, int rows);
// Fills `map` with frames × rows values (row-major by frame), frame m at firstSeconds + m·10 ms,
// and rescales its colours to the loudest cell.
void fillColorMap(QCPColorMap* map, SpectrogramKind kind, int frames, int rows, const float* values,
                  double firstSeconds);

class SpectrogramView : public QCustomPlot {
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget* parent = nullptr);

    void addColumns(const SpectrogramColumns& columns);
    void clear();
    void setViewStyle(const ViewStyle& style);
    // Draws what has arrived now instead of at the next refresh.
    void refresh();

    QCPColorMap* colorMap() const { return map_; }
    QCPGraph* waveform() const { return wave_; }
    // Columns and rows of the colour map as drawn.
    int columnCount() const;
    int rowCount() const;
    SpectrogramKind kind() const { return kind_; }

private:
    void connectUi();
    void setKind(SpectrogramKind kind, int rows);

    QCPAxisRect* waveRect_;
    QCPAxisRect* spectrumRect_;
    QCPGraph* wave_;
    QCPColorMap* map_;
    QCPColorScale* scale_;
    QTimer* refreshTimer_;
    SpectrogramKind kind_ = SpectrogramKind::LogMel;
    int rows_ = 40;
    std::uint64_t firstColumn_ = 0;
    bool wholeRecording_ = false; // a file: the time axis fits it instead of scrolling
    std::vector<float> values_; // columns × rows_
    std::vector<float> waveMin_;
    std::vector<float> waveMax_;
};
