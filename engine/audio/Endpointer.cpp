// Energy endpointing with hangover, frame by frame:
//   e = 10 log10(mean(x²) + 1e−10);  speech ⇔ e > ν + threshold
//   ν ← max(e, floorDb) when e < ν, else ν + 0.05 dB on a non-speech frame (ν holds during speech)
//   minSpeechFrames speech frames in a row open an utterance at the first of them; it closes
//   after hangoverFrames non-speech frames in a row, or at maxUtteranceFrames frames.
//   Its edges then move to where e crosses θ = max(ν + edgeDb, peak − edgeBelowPeakDb).
// Memory stays bounded: outside speech, history_ holds the pre-roll and the current run of
// speech frames; inside, at most preRollFrames + maxUtteranceFrames frames.
#include "audio/Endpointer.h"

#include <algorithm>
#include <cmath>

namespace neurone {

namespace {

constexpr double floorRiseDb = 0.05;

double frameEnergyDb(std::span<const float> frame)
{
    double sum = 0.0;
    for (const float x : frame)
        sum += double(x) * x;
    return 10.0 * std::log10(sum / double(frame.size()) + 1e-10);
}

double energy(std::span<const float> samples)
{
    double sum = 0.0;
    for (const float x : samples)
        sum += double(x) * x;
    return sum;
}

} // namespace

std::vector<float> centreInWindow(std::span<const float> speech, std::size_t windowSamples)
{
    std::vector<float> window(windowSamples, 0.0f);
    if (speech.size() <= windowSamples)
        std::copy(speech.begin(), speech.end(), window.begin() + std::ptrdiff_t((windowSamples - speech.size()) / 2));
    else
        std::copy_n(speech.begin() + std::ptrdiff_t((speech.size() - windowSamples) / 2), windowSamples, window.begin());
    return window;
}

Endpointer::Endpointer(EndpointerSettings settings) : settings_(settings)
{
    settings_.frameLength = std::max(settings_.frameLength, 1);
    settings_.minSpeechFrames = std::max(settings_.minSpeechFrames, 1);
    settings_.hangoverFrames = std::max(settings_.hangoverFrames, 1);
    settings_.maxUtteranceFrames = std::max(settings_.maxUtteranceFrames, settings_.minSpeechFrames);
    settings_.windowSamples = std::max(settings_.windowSamples, 0);
    settings_.preRollFrames = std::max(settings_.preRollFrames, 0);
}

void Endpointer::reset()
{
    *this = Endpointer(settings_);
}

std::vector<Utterance> Endpointer::push(std::span<const float> samples)
{
    std::vector<Utterance> finished;
    const auto length = std::size_t(settings_.frameLength);
    if (!pending_.empty()) {
        const std::size_t take = std::min(length - pending_.size(), samples.size());
        pending_.insert(pending_.end(), samples.begin(), samples.begin() + std::ptrdiff_t(take));
        samples = samples.subspan(take);
        if (pending_.size() < length)
            return finished;
        processFrame(pending_, finished);
        pending_.clear();
    }
    while (samples.size() >= length) {
        processFrame(samples.first(length), finished);
        samples = samples.subspan(length);
    }
    pending_.assign(samples.begin(), samples.end());
    return finished;
}

std::optional<Utterance> Endpointer::flush()
{
    pending_.clear(); // an incomplete frame is too short to judge
    if (!inSpeech_)
        return std::nullopt;
    return finish();
}

void Endpointer::processFrame(std::span<const float> frame, std::vector<Utterance>& finished)
{
    const double e = frameEnergyDb(frame);
    lastFrameDb_ = e;
    if (!floorKnown_) {
        noiseFloor_ = std::max(e, settings_.floorDb);
        floorKnown_ = true;
    }
    const bool speech = e > noiseFloor_ + settings_.thresholdDb;
    if (e < noiseFloor_)
        noiseFloor_ = std::max(e, settings_.floorDb);
    else if (!speech)
        noiseFloor_ += floorRiseDb;

    history_.insert(history_.end(), frame.begin(), frame.end());
    historyDb_.push_back(e);
    position_ += frame.size();
    const std::size_t length = frame.size();

    if (!inSpeech_) {
        speechRun_ = speech ? speechRun_ + 1 : 0;
        // Keep the pre-roll and the current run of speech frames: the onset of a possible utterance.
        keepLastFrames(std::size_t(settings_.preRollFrames + speechRun_));
        if (speechRun_ >= settings_.minSpeechFrames) {
            inSpeech_ = true;
            speechStart_ = position_ - std::size_t(speechRun_) * length;
            speechEnd_ = position_;
            silenceRun_ = 0;
        }
        return;
    }
    if (speech) {
        speechEnd_ = position_;
        silenceRun_ = 0;
    } else {
        ++silenceRun_;
    }
    const bool tooLong = position_ - speechStart_ >= std::size_t(settings_.maxUtteranceFrames) * length;
    if (silenceRun_ >= settings_.hangoverFrames || tooLong)
        finished.push_back(finish());
}

void Endpointer::keepLastFrames(std::size_t frames)
{
    if (historyDb_.size() <= frames)
        return;
    const std::size_t drop = historyDb_.size() - frames;
    historyDb_.erase(historyDb_.begin(), historyDb_.begin() + std::ptrdiff_t(drop));
    history_.erase(history_.begin(), history_.begin() + std::ptrdiff_t(drop * std::size_t(settings_.frameLength)));
    historyStart_ += drop * std::size_t(settings_.frameLength);
}

// The edges, as frame indices [first, last) into historyDb_, moved to where e crosses θ.
Utterance Endpointer::finish()
{
    const auto length = std::size_t(settings_.frameLength);
    std::size_t first = (speechStart_ - historyStart_) / length, last = (speechEnd_ - historyStart_) / length;
    const double peak = *std::max_element(historyDb_.begin() + std::ptrdiff_t(first), historyDb_.begin() + std::ptrdiff_t(last));
    const double theta = std::max(noiseFloor_ + settings_.edgeDb, peak - settings_.edgeBelowPeakDb);
    while (first > 0 && historyDb_[first - 1] > theta)
        --first;
    while (last < historyDb_.size() && historyDb_[last] > theta)
        ++last;
    while (first + 1 < last && historyDb_[first] <= theta)
        ++first;
    while (last > first + 1 && historyDb_[last - 1] <= theta)
        --last;

    Utterance u;
    u.start = historyStart_ + first * length;
    u.end = historyStart_ + last * length;
    const auto speech = std::span<const float>(history_).subspan(first * length, (last - first) * length);
    u.window = centreInWindow(speech, std::size_t(settings_.windowSamples));
    inSpeech_ = false;
    speechRun_ = 0;
    silenceRun_ = 0;
    keepLastFrames(0);
    return u;
}

// The floor is seeded with one leading frame at the recording's 10th-percentile energy, so that
// a clip that starts with speech (no leading silence) does not take its first word for the floor.
std::vector<float> cutUtterance(std::span<const float> samples, const EndpointerSettings& settings)
{
    const auto window = std::size_t(std::max(settings.windowSamples, 0));
    const auto length = std::size_t(std::max(settings.frameLength, 1));
    const std::size_t frames = samples.size() / length;
    if (frames == 0)
        return centreInWindow(samples, window);

    std::vector<double> energies(frames);
    for (std::size_t m = 0; m < frames; ++m)
        energies[m] = frameEnergyDb(samples.subspan(m * length, length));
    const auto tenth = energies.begin() + std::ptrdiff_t(frames / 10);
    std::nth_element(energies.begin(), tenth, energies.end());
    // An alternating ±a frame has mean(x²) = a², i.e. exactly the percentile's energy.
    const auto level = float(std::sqrt(std::pow(10.0, *tenth / 10.0)));
    std::vector<float> lead(length);
    for (std::size_t i = 0; i < length; ++i)
        lead[i] = i % 2 == 0 ? level : -level;

    Endpointer endpointer(settings);
    std::vector<Utterance> utterances = endpointer.push(lead);
    for (Utterance& u : endpointer.push(samples))
        utterances.push_back(std::move(u));
    if (auto last = endpointer.flush())
        utterances.push_back(std::move(*last));
    if (utterances.empty())
        return centreInWindow(samples, window);

    // Stream positions count the lead frame; an edge never moves into it (its e is the floor).
    const auto inRecording = [&](std::size_t position) { return std::max(position, length) - length; };
    const auto loudest = std::max_element(utterances.begin(), utterances.end(), [&](const Utterance& a, const Utterance& b) {
        return energy(samples.subspan(inRecording(a.start), a.end - a.start))
             < energy(samples.subspan(inRecording(b.start), b.end - b.start));
    });
    // Under noise, a word's weak syllables can fall below the threshold and split it into
    // several utterances: join the loudest one's neighbours while they fit in one window.
    std::size_t first = std::size_t(loudest - utterances.begin()), last = first;
    std::size_t start = loudest->start, end = loudest->end;
    for (bool grew = true; grew;) {
        grew = false;
        if (first > 0 && end - utterances[first - 1].start <= window) {
            start = utterances[--first].start;
            grew = true;
        }
        if (last + 1 < utterances.size() && utterances[last + 1].end - start <= window) {
            end = utterances[++last].end;
            grew = true;
        }
    }
    if (first == last)
        return loudest->window;
    return centreInWindow(samples.subspan(inRecording(start), end - start), window);
}

} // namespace neurone
