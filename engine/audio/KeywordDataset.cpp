// recording → [pitch shift] → [speed change] → [tempo change] → [equaliser] → [reverberation] → [+ noise] → its window
//           → [time shift] → [telephone band] → [reverberation] → [+ noise] → log-mel image
// (reverberation and noise each go on the recording or on the window, not both)
#include "audio/KeywordDataset.h"

#include "audio/AudioClip.h"
#include "audio/Augmentation.h"
#include "audio/Endpointer.h"
#include "audio/KeywordFeatures.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace neurone {

namespace {

bool chance(double probability, std::mt19937& rng)
{
    return std::uniform_real_distribution<double>(0, 1)(rng) < probability;
}

double uniform(double low, double high, std::mt19937& rng)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

std::vector<float> recentred(const std::vector<float>& samples, EndpointerSettings settings = {})
{
    settings.windowSamples = keywordWindowSamples;
    return cutUtterance(samples, settings);
}

// Where a word is cut depends on its loudness against the background: each augmented copy is
// cut with the edge thresholds drawn between the endpointer's (3 dB over the floor, 25 dB
// under the peak) and the onset test's (12 dB over the floor, no peak limit), so that the model
// does not depend on the exact edges.
EndpointerSettings jitteredCut(std::mt19937& rng)
{
    EndpointerSettings settings;
    settings.edgeDb = uniform(settings.edgeDb, settings.thresholdDb, rng);
    settings.edgeBelowPeakDb = uniform(settings.edgeBelowPeakDb, 100, rng);
    return settings;
}

// x + f·N(0, 1) with f for an SNR drawn from the settings, relative to x's RMS.
std::vector<float> noisy(const std::vector<float>& x, const AugmentationSettings& settings, std::mt19937& rng)
{
    const double rms = std::sqrt(std::inner_product(x.begin(), x.end(), x.begin(), 0.0) / double(x.size()));
    return addNoise(x, rms * std::pow(10.0, -uniform(settings.minSnrDb, settings.maxSnrDb, rng) / 20), rng);
}

// A voice's timbre: one gain per octave band, each uniform in ±maxEqualiserDb.
std::vector<float> recoloured(const std::vector<float>& x, const AugmentationSettings& settings, std::mt19937& rng)
{
    std::vector<EqualiserBand> bands;
    for (const double hz : {250.0, 500.0, 1000.0, 2000.0, 4000.0})
        bands.push_back({hz, uniform(-settings.maxEqualiserDb, settings.maxEqualiserDb, rng)});
    return equalise(x, keywordSampleRate, bands);
}

} // namespace

std::vector<float> augmentWindow(const std::vector<float>& window, const CourseAugmentation& augmentation,
                                 std::mt19937& rng)
{
    const int rate = keywordSampleRate;
    std::vector<float> x = window;
    if (augmentation.pitchSemitones != 0)
        x = pitchShift(x, rate, augmentation.pitchSemitones);
    if (augmentation.speed != 1)
        x = centreInWindow(speedChange(x, rate, augmentation.speed), window.size());
    if (augmentation.shiftSamples != 0)
        x = timeShift(x, augmentation.shiftSamples);
    if (augmentation.noiseFactor > 0)
        x = addNoise(x, augmentation.noiseFactor, rng);
    return x;
}

std::vector<float> augmentRecording(const std::vector<float>& recording, const AugmentationSettings& settings,
                                    std::mt19937& rng)
{
    const int rate = keywordSampleRate;
    std::vector<float> x = recording;
    if (chance(0.7, rng))
        x = pitchShift(x, rate, uniform(-settings.maxPitchSemitones, settings.maxPitchSemitones, rng));
    if (chance(0.5, rng))
        x = speedChange(x, rate, uniform(settings.minSpeed, settings.maxSpeed, rng));
    if (chance(0.3, rng))
        x = tempoChange(x, rate, uniform(1 - settings.tempoRange, 1 + settings.tempoRange, rng));
    if (chance(settings.equaliserProbability, rng))
        x = recoloured(x, settings, rng);
    // Noise on the recording (a noisy file, zero-padded into its window) or on the whole window
    // (the microphone, where the window is full of background): the model must know both.
    // Reverberation likewise: on the recording (a file recorded in a hall: the cut then sees its
    // tail) or on the window.
    const bool reverb = chance(settings.reverbProbability, rng);
    const bool reverbOnRecording = chance(0.5, rng);
    const double rt60 = uniform(0.2, 0.6, rng), wet = uniform(0.2, 0.5, rng);
    if (reverb && reverbOnRecording)
        x = reverberate(x, rate, rt60, wet, rng);
    const bool noise = chance(settings.noiseProbability, rng);
    const bool noiseOnRecording = chance(0.5, rng);
    if (noise && noiseOnRecording)
        x = noisy(x, settings, rng);
    x = recentred(x, jitteredCut(rng));
    const long maxShift = long(settings.maxShiftSeconds * rate);
    x = timeShift(x, std::uniform_int_distribution<long>(-maxShift, maxShift)(rng));
    if (chance(settings.telephoneProbability, rng))
        x = telephoneBand(x, rate);
    if (reverb && !reverbOnRecording)
        x = reverberate(x, rate, rt60, wet, rng);
    return noise && !noiseOnRecording ? noisy(x, settings, rng) : x;
}

Dataset keywordDataset(const std::vector<LabelledClip>& clips, std::vector<std::string> classNames,
                       const AugmentationSettings& augmentation, std::string name)
{
    if (clips.empty())
        throw std::invalid_argument("no recordings to learn from");
    for (const LabelledClip& clip : clips)
        if (clip.label < 0 || clip.label >= int(classNames.size()))
            throw std::invalid_argument("a recording's label is not one of the classes");

    const int perClip = 1 + std::max(0, augmentation.copies);
    const int features = keywordInputShape().size();
    const long total = long(clips.size()) * perClip;
    std::vector<float> values(static_cast<std::size_t>(total) * std::size_t(features));
    std::vector<std::uint8_t> labels(static_cast<std::size_t>(total));
#pragma omp parallel num_threads(Eigen::nbThreads())
    {
        KeywordFeatures extractor;
#pragma omp for schedule(dynamic)
        for (long i = 0; i < long(clips.size()); ++i) {
            const std::vector<float>& recording = clips[std::size_t(i)].samples;
            for (int j = 0; j < perClip; ++j) {
                std::mt19937 rng(augmentation.seed + 7919u * std::uint32_t(i) + std::uint32_t(j));
                const Batch row = extractor.features(j == 0 ? recentred(recording)
                                                            : augmentRecording(recording, augmentation, rng));
                const std::size_t at = std::size_t(i * perClip + j);
                std::copy_n(row.data(), features, values.begin() + std::ptrdiff_t(at * std::size_t(features)));
                labels[at] = std::uint8_t(clips[std::size_t(i)].label);
            }
        }
    }
    return Dataset::fromValues(std::move(name), keywordInputShape(), std::move(values), std::move(labels),
                               std::move(classNames));
}

} // namespace neurone
