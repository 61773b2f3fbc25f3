// Audio import (libsndfile: WAV, FLAC, OGG, … at any rate and channel count, then 16 kHz mono):
//   accepted → a 16 kHz clip of finite samples in [−1, 1], at most 10 minutes long.
#include "FuzzCheck.h"
#include "io/AudioFile.h"

#include <QByteArray>

#include <cmath>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = io::readAudioData(bytes, QStringLiteral("fuzz"));
    if (const auto* clip = std::get_if<neurone::AudioClip>(&result)) {
        FUZZ_CHECK(clip->sampleRate == neurone::keywordSampleRate);
        FUZZ_CHECK(double(clip->samples.size()) <= (io::maxAudioFileSeconds + 1) * neurone::keywordSampleRate);
        for (const float s : clip->samples)
            FUZZ_CHECK(std::isfinite(s) && s >= -1.0f && s <= 1.0f);
    }
    return 0;
}
