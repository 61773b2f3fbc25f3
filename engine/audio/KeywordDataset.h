// Recordings → a dataset of keyword images (KeywordFeatures.h), with data augmentation
// (seed 000, "L'augmentation de données"): each recording gives its utterance's window, plus
// `copies` augmented recordings' windows, each a random combination of the course's four kinds
//   pitch shift ±maxPitchSemitones, speed × [minSpeed, maxSpeed], time shift ±maxShiftSeconds,
//   noise x + f·N(0, 1) with f set for a signal-to-noise ratio in [minSnrDb, maxSnrDb]:
//   f = rms(x) · 10^(−SNR/20)   (with probability noiseProbability)
// and, to harden the model beyond studio audio, with probabilities: a telephone band
// (300–3400 Hz), reverberation (RT60 0.2–0.6 s), a tempo change ±tempoRange, and a voice
// timbre: an equaliser with gains in ±maxEqualiserDb at 250, 500, 1000, 2000 and 4000 Hz.
// Deterministic: copy j of recording i draws from std::mt19937(seed + 7919·i + j), so the
// result does not depend on the thread count.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace neurone {

struct LabelledClip {
    std::vector<float> samples; // 16 kHz mono, the whole recording
    int label = 0;
    std::string speaker;
};

struct AugmentationSettings {
    int copies = 0;
    double maxPitchSemitones = 2;
    double minSpeed = 0.9;
    double maxSpeed = 1.1;
    double maxShiftSeconds = 0.1;
    double noiseProbability = 0.7;
    double minSnrDb = 5;
    double maxSnrDb = 40;
    double telephoneProbability = 0.25;
    double reverbProbability = 0.25;
    double tempoRange = 0.15;
    double equaliserProbability = 0.5;
    double maxEqualiserDb = 15;
    std::uint32_t seed = 1;
};

// The course's four kinds with chosen parameters, on a window (the Recordings page's preview):
// pitch shift, speed change (re-centred in the window), time shift, noise y = x + f·N(0, 1).
// Neutral values leave the window exactly as it was.
struct CourseAugmentation {
    double pitchSemitones = 0;
    double speed = 1;
    long shiftSamples = 0;
    double noiseFactor = 0; // f
};
std::vector<float> augmentWindow(const std::vector<float>& window, const CourseAugmentation& augmentation,
                                 std::mt19937& rng);

// One random augmentation of a recording, as described above: its window
// (keywordWindowSamples samples). The noise goes either on the recording before it is
// windowed (as in a noisy file, zero-padded) or on the whole window (as from a microphone).
std::vector<float> augmentRecording(const std::vector<float>& recording, const AugmentationSettings& settings,
                                    std::mt19937& rng);

// Throws std::invalid_argument when there are no clips or a label is out of range.
Dataset keywordDataset(const std::vector<LabelledClip>& clips, std::vector<std::string> classNames,
                       const AugmentationSettings& augmentation, std::string name);

} // namespace neurone
