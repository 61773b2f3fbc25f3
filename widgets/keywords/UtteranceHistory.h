// Every utterance detected (or file classified), newest first: its keyword and confidence;
// selecting one shows its 1.5 s spectrogram (what the network saw) and Replay plays it.
// Keeps the last 50, each window as 16-bit PCM (what the microphone gives and Replay plays; a
// file's float samples within 2⁻¹⁶): 48 kB + its 23 kB spectrogram, instead of 120 kB.
#pragma once

#include "common/ViewStyle.h"
#include "keywords/KeywordListener.h"

#include <QWidget>

#include <cstdint>
#include <deque>
#include <vector>

class QCPColorMap;
class QCustomPlot;
class QListWidget;
class QPushButton;

class UtteranceHistory : public QWidget {
    Q_OBJECT
public:
    explicit UtteranceHistory(QWidget* parent = nullptr);

    void add(const HeardUtterance& utterance);
    void clear();
    void setViewStyle(const ViewStyle& style);

    int count() const { return int(utterances_.size()); }
    HeardUtterance at(int row) const; // 0 = newest
    void select(int row);
    int selectedRow() const;
    QCustomPlot* inspectPlot() const { return plot_; }
    QCPColorMap* inspectMap() const { return map_; }

signals:
    void replayRequested(const std::vector<float>& window);
    void selected(const HeardUtterance& utterance);

private:
    void connectUi();
    void inspect(int row);
    QString describe(const HeardUtterance& utterance) const;

    QListWidget* list_;
    QPushButton* replay_;
    QCustomPlot* plot_;
    QCPColorMap* map_;
    struct Kept {
        HeardUtterance heard;              // with an empty window
        std::vector<std::int16_t> window;  // the window, as PCM16
    };
    std::deque<Kept> utterances_;
};
