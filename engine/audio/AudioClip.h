// A mono recording: samples in [−1, 1] at `sampleRate` Hz. The keyword demo works at 16 kHz
// (keywordSampleRate); files and microphones at other rates are resampled to it (Resample.h).
#pragma once

#include <cstddef>
#include <vector>

namespace neurone {

inline constexpr int keywordSampleRate = 16000;

struct AudioClip {
    std::vector<float> samples;
    int sampleRate = keywordSampleRate;

    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0; }
};

} // namespace neurone
