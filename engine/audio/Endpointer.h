// Endpointing: cutting each spoken word out of a stream by energy-based voice activity
// detection with hangover.
//   frame energy   e = 10 log10(mean(x²) + 1e−10)   over 10 ms frames
//   noise floor    ν: the running minimum of e, rising slowly (+0.05 dB per non-speech frame,
//                  held during speech so that a long word does not lift it) so that it follows
//                  a changing background; never below floorDb; starts at the first frame's e
//   speech frame   e > ν + thresholdDb
//   onset          minSpeechFrames speech frames in a row open an utterance
//   hangover       the utterance stays open until hangoverFrames frames in a row are not speech
//                  (the pauses inside "é-lec-tro-cu-tion" do not cut it)
//   edges          a second, lower threshold places the cut: with p the utterance's loudest frame,
//                  θ = max(ν + edgeDb, p − edgeBelowPeakDb); the edges move outwards over frames
//                  with e > θ (up to preRollFrames before the onset, and into the hangover) and
//                  inwards over frames with e ≤ θ. Background noise hides a word's weak edges
//                  ("f", "s", final "-ion") from the +12 dB onset test; the peak-relative floor
//                  cuts a clean and a noisy recording of one word at nearly the same places
//   window         the utterance (without the trailing hangover) is centred in a fixed window
//                  of windowSamples (1.5 s: the slowest "intoxication" fits), zero-padded;
//                  a longer one is cut to its central windowSamples
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace neurone {

struct EndpointerSettings {
    int sampleRate = 16000;
    int frameLength = 160;       // 10 ms
    double thresholdDb = 12;     // above the noise floor
    double floorDb = -70;        // ν never goes below this (digital silence)
    int minSpeechFrames = 8;     // 80 ms
    int hangoverFrames = 30;     // 300 ms
    double edgeDb = 3;           // the edges' threshold above the noise floor …
    double edgeBelowPeakDb = 25; // … and below the utterance's loudest frame (the higher wins)
    int preRollFrames = 30;      // 300 ms kept before an onset, where the first edge may move
    int maxUtteranceFrames = 300; // 3 s: longer activity is closed and reported
    int windowSamples = 24000;   // 1.5 s
};

struct Utterance {
    std::size_t start = 0; // first sample of speech, counted in the stream
    std::size_t end = 0;   // one past the last sample of speech
    std::vector<float> window; // windowSamples samples, the speech centred in it
};

// The speech centred in a window of `windowSamples` (zero-padded, or its centre when longer).
std::vector<float> centreInWindow(std::span<const float> speech, std::size_t windowSamples);

class Endpointer {
public:
    explicit Endpointer(EndpointerSettings settings = {});

    const EndpointerSettings& settings() const { return settings_; }
    // Feeds samples (any amount); returns the utterances that ended within them.
    std::vector<Utterance> push(std::span<const float> samples);
    // Ends the stream: the utterance still open, if any.
    std::optional<Utterance> flush();
    void reset();

    bool inSpeech() const { return inSpeech_; }
    double noiseFloorDb() const { return noiseFloor_; }
    double lastFrameDb() const { return lastFrameDb_; }

private:
    void processFrame(std::span<const float> frame, std::vector<Utterance>& finished);
    void keepLastFrames(std::size_t frames);
    Utterance finish();

    EndpointerSettings settings_;
    std::vector<float> pending_;  // samples of an incomplete frame
    std::vector<float> history_;  // recent samples (pre-roll and onset run) and the open utterance
    std::vector<double> historyDb_; // e of each frame of history_
    std::size_t historyStart_ = 0; // stream position of history_[0]
    std::size_t position_ = 0;     // stream position after the last whole frame
    double noiseFloor_ = 0;
    bool floorKnown_ = false;
    double lastFrameDb_ = -100;
    bool inSpeech_ = false;
    int speechRun_ = 0;
    int silenceRun_ = 0;
    std::size_t speechStart_ = 0;
    std::size_t speechEnd_ = 0;
};

// For a recording: the utterance with the most energy, joined with the neighbouring utterances
// that fit in the same window (noise can split a word at its weak syllables), centred in the
// window; a recording with no utterance (silence) gives its own centre, in the same window. The floor starts at the
// recording's 10th-percentile frame energy, so a clip that opens with the word still works.
std::vector<float> cutUtterance(std::span<const float> samples, const EndpointerSettings& settings = {});

} // namespace neurone
