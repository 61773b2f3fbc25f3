// Audio files in and out (libsndfile). Reading takes WAV, FLAC or OGG at any sample rate, channel
// count and sample format, and gives a 16 kHz mono clip (mixToMono, then resample). Writing
// gives a 16-bit PCM mono WAV, atomically (QSaveFile): a reader never sees a half-written
// file, and the old file stays intact if anything fails.
// Refused, with a translatable reason naming the file: not audio, a truncated file (fewer
// frames than its header declares), a file longer than maxAudioFileSeconds, no samples.
#pragma once

#include "audio/AudioClip.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace io {

inline constexpr double maxAudioFileSeconds = 600; // 10 minutes

// The clip resampled to `rate` mono, or why the file cannot be read.
std::variant<neurone::AudioClip, QString> readAudioFile(const QString& path, int rate = neurone::keywordSampleRate);
// The same for a file already in memory (a drop, a fuzzer's input); `name` is for the messages.
std::variant<neurone::AudioClip, QString> readAudioData(const QByteArray& bytes, const QString& name,
                                                       int rate = neurone::keywordSampleRate);
// Empty when written, else why not (the previous file, if any, is untouched).
QString writeWavFile(const QString& path, const neurone::AudioClip& clip);

} // namespace io
