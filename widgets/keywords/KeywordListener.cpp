#include "keywords/KeywordListener.h"

#include "common/Sentence.h"
#include "io/AudioFile.h"

#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <utility>

namespace {

std::vector<float> flatten(const neurone::Batch& rows)
{
    return {rows.data(), rows.data() + rows.size()};
}

} // namespace

KeywordListener::KeywordListener(QObject* parent) : QObject(parent) {}

KeywordListener::~KeywordListener() = default;

void KeywordListener::setModel(const neurone::ModelFile& file)
{
    try {
        classifier_ = std::make_unique<neurone::KeywordClassifier>(file);
        // One window of silence first: the first real word then does not pay for the buffers
        // and the worker threads of the network's first pass (tens of milliseconds).
        classifier_->classifyWindow(std::vector<float>(std::size_t(neurone::keywordWindowSamples), 0.0f));
    } catch (const std::exception& error) {
        classifier_.reset();
        emit failed(QString::fromUtf8(error.what()));
    }
}

void KeywordListener::setSpectrogramKind(SpectrogramKind kind)
{
    if (kind == kind_)
        return;
    kind_ = kind;
    restartPending_ = true; // the rows change: the view starts again
}

void KeywordListener::resetStream()
{
    tail_.clear();
    endpointer_.reset();
    nextColumn_ = 0;
    restartPending_ = true;
}

neurone::Batch KeywordListener::spectrogramOf(std::span<const float> samples)
{
    return kind_ == SpectrogramKind::LogMel ? analyzer_.logMel(samples) : analyzer_.linearDb(samples);
}

// Frames what the tail holds (every whole 25 ms window), keeps the rest for the next chunk.
SpectrogramColumns KeywordListener::frameTail(bool restart)
{
    const neurone::SpectrogramSettings& settings = analyzer_.settings();
    SpectrogramColumns columns;
    columns.kind = kind_;
    columns.rows = kind_ == SpectrogramKind::LogMel ? settings.melBands : settings.bins();
    columns.firstColumn = nextColumn_;
    columns.restart = restart || restartPending_;
    restartPending_ = false;
    const int frames = settings.frameCount(tail_.size());
    if (frames > 0) {
        columns.values = flatten(spectrogramOf(tail_));
        columns.waveMin.resize(std::size_t(frames));
        columns.waveMax.resize(std::size_t(frames));
        for (int m = 0; m < frames; ++m) {
            const auto first = tail_.begin() + std::ptrdiff_t(m) * settings.hop;
            const auto [low, high] = std::minmax_element(first, first + settings.hop);
            columns.waveMin[std::size_t(m)] = *low;
            columns.waveMax[std::size_t(m)] = *high;
        }
        tail_.erase(tail_.begin(), tail_.begin() + std::ptrdiff_t(frames) * settings.hop);
        nextColumn_ += std::uint64_t(frames);
    }
    return columns;
}

void KeywordListener::process(const std::vector<float>& samples, qint64 arrivalNs)
{
    try {
        tail_.insert(tail_.end(), samples.begin(), samples.end());
        SpectrogramColumns columns = frameTail(false);
        if (columns.columns() > 0 || columns.restart)
            emit columnsReady(columns);
        for (neurone::Utterance& utterance : endpointer_.push(samples))
            classify(std::move(utterance), arrivalNs);
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
    --pending_; // after the results are posted: zero means every result is on its way
}

void KeywordListener::finishStream()
{
    try {
        if (auto utterance = endpointer_.flush())
            classify(std::move(*utterance), 0);
    } catch (const std::exception& error) {
        emit failed(QString::fromUtf8(error.what()));
    }
    resetStream();
    --pending_;
}

HeardUtterance KeywordListener::describe(neurone::KeywordScores scores, std::vector<float> window)
{
    HeardUtterance heard;
    heard.scores = std::move(scores);
    const neurone::Batch image = spectrogramOf(window);
    heard.kind = kind_;
    heard.frames = int(image.rows());
    heard.rows = int(image.cols());
    heard.spectrogram = flatten(image);
    heard.window = std::move(window);
    return heard;
}

void KeywordListener::classify(neurone::Utterance utterance, qint64 arrivalNs)
{
    emit utteranceWindow(utterance.window);
    if (!classifier_)
        return;
    neurone::KeywordScores scores = classifier_->classifyWindow(utterance.window);
    HeardUtterance heard = describe(std::move(scores), std::move(utterance.window));
    heard.startSeconds = double(utterance.start) / neurone::keywordSampleRate;
    heard.arrivalNs = arrivalNs;
    emit utteranceHeard(heard);
}

void KeywordListener::classifyClip(const std::vector<float>& samples, const QString& source)
{
    try {
        // The file replaces the scrolling picture: its spectrogram from the start.
        const std::size_t shown = std::min(samples.size(), shownSamples);
        std::vector<float> saved = std::exchange(tail_, std::vector<float>(samples.begin(), samples.begin() + std::ptrdiff_t(shown)));
        const std::uint64_t savedColumn = std::exchange(nextColumn_, 0);
        SpectrogramColumns columns = frameTail(true);
        columns.wholeRecording = true;
        tail_ = std::move(saved);
        nextColumn_ = savedColumn;
        restartPending_ = true; // live columns that follow start a new picture
        emit columnsReady(columns);
        if (!classifier_) {
            emit fileFailed(tr("%1: no keyword model to classify it with. Open a model file, or train one on the "
                               "Train page.")
                                .arg(source));
            return;
        }
        neurone::KeywordScores scores = classifier_->classifyRecording(samples);
        HeardUtterance heard = describe(std::move(scores), neurone::cutUtterance(samples));
        heard.source = source;
        emit fileClassified(heard);
    } catch (const std::exception& error) {
        emit fileFailed(tr("%1: %2").arg(source, QString::fromUtf8(error.what())));
    }
}

void KeywordListener::classifyFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        auto read = io::readAudioFile(path);
        if (const auto* message = std::get_if<QString>(&read)) {
            emit fileFailed(tr("%1 Choose a WAV, FLAC or OGG recording.").arg(asSentence(*message)));
            continue;
        }
        classifyClip(std::get<neurone::AudioClip>(read).samples, QFileInfo(path).fileName());
    }
}
