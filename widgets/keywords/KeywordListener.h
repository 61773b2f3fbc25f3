// The keyword demo's DSP, in a worker thread (seed 000 "La reconnaissance de mots-clés"):
// microphone chunks in, spectrogram columns and classified utterances out.
//   columns     the stream is framed incrementally (25 ms windows every 10 ms, Spectrogram.h):
//               the samples not yet framed are kept for the next chunk, so a chunk of n samples
//               gives about n / 160 new columns, log-mel (40 bands) or linear dB (257 bins)
//   utterances  the Endpointer cuts each spoken word into a 1.5 s window; the classifier gives
//               one probability per class; the result carries the window and its spectrogram
//   files       a recording is shown as if heard: its spectrogram replaces the scrolling one and
//               its loudest utterance is classified (KeywordClassifier::classifyRecording)
// The page posts calls to its slots through a ThreadMailbox. Back-pressure: pendingChunks() counts
// the chunks posted but not yet processed; the page merges chunks while it is high, so a slow
// machine never builds an unbounded queue. Exceptions never leave a slot.
#pragma once

#include "audio/Endpointer.h"
#include "audio/KeywordModel.h"
#include "audio/Spectrogram.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

enum class SpectrogramKind { LogMel, Linear };

// The scrolling spectrogram keeps the last 6 s: 600 columns of 10 ms. A file shows its first 6 s.
inline constexpr int shownColumns = 600;
inline constexpr std::size_t shownSamples = 96000;

// New columns of the scrolling spectrogram, oldest first.
struct SpectrogramColumns {
    SpectrogramKind kind = SpectrogramKind::LogMel;
    int rows = 0;                   // 40 mel bands or 257 linear bins
    std::uint64_t firstColumn = 0;  // index of the first column in the stream (10 ms each)
    bool restart = false;           // a new stream: drop what was shown
    bool wholeRecording = false;    // a file's picture, shown whole rather than scrolling
    std::vector<float> values;      // columns × rows, row-major: column c's row r at c·rows + r
    std::vector<float> waveMin;     // per column: the smallest and largest sample of its 10 ms
    std::vector<float> waveMax;
    int columns() const { return rows > 0 ? int(values.size() / std::size_t(rows)) : 0; }
};

// One classified utterance, heard or read from a file.
struct HeardUtterance {
    neurone::KeywordScores scores;
    std::vector<float> window;      // keywordWindowSamples samples at 16 kHz
    SpectrogramKind kind = SpectrogramKind::LogMel;
    int frames = 0;                 // the window's spectrogram, frames × rows, row-major
    int rows = 0;
    std::vector<float> spectrogram;
    QString source;                 // the file name, or "" for the microphone
    double startSeconds = 0;        // where the speech began in the stream
    std::int64_t arrivalNs = 0;     // steady clock: when the chunk that ended it reached the page
};

class KeywordListener : public QObject {
    Q_OBJECT
public:
    explicit KeywordListener(QObject* parent = nullptr);
    ~KeywordListener() override;

    // Thread-safe: chunks posted to process() (and stream ends to finishStream()) not yet
    // processed; the count drops after their results are emitted.
    int pendingChunks() const { return pending_.load(); }
    // Call on the posting side just before posting a chunk or a stream end.
    void chunkPosted() { ++pending_; }

public slots:
    // A chunk of 16 kHz mono samples; `arrivalNs` = steady clock when it reached the page.
    void process(const std::vector<float>& samples, qint64 arrivalNs);
    // Ends the stream (capture stopped): an utterance still open is classified.
    void finishStream();
    void setModel(const neurone::ModelFile& file);
    void setSpectrogramKind(SpectrogramKind kind);
    // Reads and classifies each file in turn (fileClassified or fileFailed for each).
    void classifyFiles(const QStringList& paths);
    // Classifies a recording already read (16 kHz mono), named `source`.
    void classifyClip(const std::vector<float>& samples, const QString& source);

signals:
    void columnsReady(const SpectrogramColumns& columns);
    void utteranceHeard(const HeardUtterance& utterance);
    // The raw window of each utterance cut from the microphone (for the Recordings page).
    void utteranceWindow(const std::vector<float>& window);
    void fileClassified(const HeardUtterance& utterance);
    void fileFailed(const QString& message);
    void failed(const QString& message);

private:
    SpectrogramColumns frameTail(bool restart);
    neurone::Batch spectrogramOf(std::span<const float> samples);
    HeardUtterance describe(neurone::KeywordScores scores, std::vector<float> window);
    void classify(neurone::Utterance utterance, qint64 arrivalNs);
    void resetStream();

    neurone::SpectrogramAnalyzer analyzer_;
    neurone::Endpointer endpointer_;
    std::unique_ptr<neurone::KeywordClassifier> classifier_;
    SpectrogramKind kind_ = SpectrogramKind::LogMel;
    std::vector<float> tail_;       // samples not yet framed
    std::uint64_t nextColumn_ = 0;  // stream index of the next column
    bool restartPending_ = false;
    std::atomic<int> pending_ = 0;
};
