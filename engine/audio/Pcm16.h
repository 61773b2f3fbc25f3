// 16-bit PCM, as WAV files and sound cards hold samples:
//   to PCM    s = round(32768 · clamp(x, −1, 1)), clipped to [−32768, 32767]; NaN and ±∞ → 0
//   from PCM  x = s / 32768
// This is libsndfile's convention, so a sample read from a 16-bit file (or captured as Int16)
// goes to PCM and back unchanged, and any other sample comes back within half a step (2⁻¹⁶).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace neurone {

std::vector<std::int16_t> toPcm16(std::span<const float> samples);
std::vector<float> fromPcm16(std::span<const std::int16_t> pcm);

} // namespace neurone
