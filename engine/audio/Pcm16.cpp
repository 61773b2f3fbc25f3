#include "audio/Pcm16.h"

#include <algorithm>
#include <cmath>

namespace neurone {

std::vector<std::int16_t> toPcm16(std::span<const float> samples)
{
    std::vector<std::int16_t> pcm(samples.size());
    std::transform(samples.begin(), samples.end(), pcm.begin(), [](float s) {
        const float x = std::isfinite(s) ? std::clamp(s, -1.0f, 1.0f) : 0.0f;
        return std::int16_t(std::clamp(std::lround(x * 32768.0f), -32768L, 32767L));
    });
    return pcm;
}

std::vector<float> fromPcm16(std::span<const std::int16_t> pcm)
{
    std::vector<float> samples(pcm.size());
    std::transform(pcm.begin(), pcm.end(), samples.begin(), [](std::int16_t s) { return float(s) / 32768.0f; });
    return samples;
}

} // namespace neurone
