// Sample-rate conversion (libsamplerate's best sinc converter) and down-mixing:
//   resample:   y has ⌊n · to / from⌉ samples; a sine of f Hz (f < min(from, to) / 2) stays at f Hz
//   mixToMono:  y[i] = (1/C) Σ_c x[i·C + c]        (interleaved frames of C channels)
#pragma once

#include "audio/AudioClip.h"

#include <span>
#include <vector>

namespace neurone {

// Throws std::invalid_argument for a rate ≤ 0 (and std::runtime_error if libsamplerate fails).
std::vector<float> resample(std::span<const float> samples, int fromRate, int toRate);
// Throws std::invalid_argument when channels < 1 or the sample count is not a multiple of it.
std::vector<float> mixToMono(std::span<const float> interleaved, int channels);
// The clip at `rate` Hz (the same clip when it already is).
AudioClip resampled(const AudioClip& clip, int rate = keywordSampleRate);

} // namespace neurone
