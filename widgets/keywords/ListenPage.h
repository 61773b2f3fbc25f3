// The keyword panel's live page (seed 000 "La reconnaissance de mots-clés"): the microphone
// (a chosen input, its level), the scrolling spectrogram with the waveform, each utterance cut
// automatically and classified by the keyword network, the probability of every class, and the
// verdict with its service (15 SAMU, 17 police, 18 pompiers) — or "not sure" under the
// confidence threshold. Files (WAV, FLAC, OGG) are classified as if they had been heard.
// The DSP and the network run in a worker thread (KeywordListener); this page only draws.
// Without an input device the page says so and files still work; a device that disappears
// while listening stops the capture with a message.
#pragma once

#include "common/PanelPage.h"
#include "keywords/KeywordListener.h"

#include "model/ModelFile.h"

#include <QAudioDevice>
#include <QList>
#include <QThread>

#include <functional>
#include <optional>
#include <vector>

class ConfidenceBars;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTimer;
class ResultBanner;
class SpectrogramView;
class ThreadMailbox;
class UtteranceHistory;
namespace io {
class AudioCapture;
class AudioPlayer;
} // namespace io

class ListenPage : public PanelPage {
    Q_OBJECT
public:
    explicit ListenPage(QWidget* parent = nullptr);
    ~ListenPage() override;

    QCustomPlot* currentPlot() const override;
    QAbstractItemModel* currentTable() const override { return nullptr; }
    void setViewStyle(const ViewStyle& style) override;
    // file=PATH (classified as if heard; waits for the result), spectrogram=mel|linear,
    // threshold=0…1.
    QString applyState(const QString& key, const QString& value) override;

    // Models: "" or why the model was refused (the page keeps what it had). openModel() is
    // File > Open and "Open model…": it also shows the refusal, with what to do, on the page.
    QString loadModel(const QString& path);
    QString openModel(const QString& path);
    void setModel(const neurone::ModelFile& file, const QString& name);
    // Shows that there is no model (the shipped one is missing), with what to do.
    void showNoModel();
    bool hasModel() const { return hasModel_; }
    QString modelText() const;

    // Input devices. Tests replace the list (e.g. by an empty one).
    void setDeviceLister(std::function<QList<QAudioDevice>()> lister);
    void refreshDevices();
    QList<QAudioDevice> devices() const { return devices_; }
    // Chooses the input with this id (remembered in the settings when `remember`).
    bool chooseDevice(const QByteArray& id, bool remember = false);
    QByteArray chosenDeviceId() const;
    bool startListening();
    void stopListening();
    bool isListening() const;

    // The microphone path without a microphone: chunks as if captured, and the end of a stream.
    void feedSamples(const std::vector<float>& samples);
    void finishStream();
    // Reads and classifies files in the worker; each result is shown as if heard.
    void classifyFiles(const QStringList& paths);
    // Processes events until the worker has handled every chunk and file, or `milliseconds`
    // pass. True when idle.
    bool waitUntilIdle(int milliseconds);

    double threshold() const;
    void setThreshold(double threshold);
    void setSpectrogramKind(SpectrogramKind kind);
    SpectrogramKind spectrogramKind() const;

    SpectrogramView* spectrogramView() const { return spectrogram_; }
    ConfidenceBars* confidenceBars() const { return bars_; }
    ResultBanner* banner() const { return banner_; }
    UtteranceHistory* history() const { return history_; }
    // The message line ("" when none): no microphone, device lost, a file refused…
    QString message() const;
    // Milliseconds from the arrival of the chunk that ended the last utterance to its result
    // on screen.
    std::optional<double> lastLatencyMs() const { return lastLatencyMs_; }
    const std::optional<HeardUtterance>& lastResult() const { return last_; }

public slots:
    void askClassifyFiles();
    void askOpenModel();

signals:
    // Each utterance cut from the microphone (1.5 s window), for the recordings page.
    void utteranceCut(const std::vector<float>& window);

private:
    // ListenPageUi.cpp: building and wiring.
    QWidget* makeMicrophoneBox();
    QWidget* makeDisplayBox();
    QWidget* makeModelBox();
    QWidget* makeExplanation();
    void layOut();
    void connectUi();
    // ListenPage.cpp
    void captured(const std::vector<float>& samples);
    void postSamples();
    void postBacklog();
    void heard(const HeardUtterance& utterance);
    void fileDone(const HeardUtterance& utterance);
    void fileFailed(const QString& message);
    void show(const HeardUtterance& utterance);
    void showVerdict();
    void captureFailed(const QString& message);
    void deviceActivated(int index);
    void showMessage(const QString& text, bool problem);
    void showIdleHint();

    io::AudioCapture* capture_;
    io::AudioPlayer* player_;
    QComboBox* device_;
    QPushButton* listen_;
    QProgressBar* level_;
    QLabel* message_;
    QComboBox* kind_;
    QSlider* threshold_;
    QLabel* thresholdValue_;
    QLabel* model_;
    SpectrogramView* spectrogram_;
    ConfidenceBars* bars_;
    ResultBanner* banner_;
    UtteranceHistory* history_;

    QThread thread_;
    KeywordListener* listener_;   // lives in thread_, deleted when it finishes
    ThreadMailbox* toListener_;   // the listener's child, in thread_: chunks, files, settings
    ThreadMailbox* fromListener_; // this page's child: columns and results

    std::function<QList<QAudioDevice>()> lister_;
    QList<QAudioDevice> devices_;
    std::vector<float> unsent_;  // captured while the worker was busy (back-pressure)
    QTimer* backlogTimer_;       // posts unsent_ once the worker catches up
    std::size_t skippedSamples_ = 0;
    int filesPending_ = 0;
    bool hasModel_ = false;
    std::optional<HeardUtterance> last_;
    std::optional<double> lastLatencyMs_;
    ViewStyle style_;
};
