// What the keyword network sees: the log-mel spectrogram of a 1.5 s window (Spectrogram.h),
// as an image of 40 mel bands (rows, lowest band at the bottom) × 148 frames (columns, time),
// normalised per utterance so that the microphone's gain does not matter:
//   x = (S − mean(S)) / (std(S) + 1e−3)
// Shape: one sample = {1, 40, 148} (channels × height × width), a row of 5,920 floats, CHW.
#pragma once

#include "audio/Spectrogram.h"
#include "core/Tensor.h"

#include <span>

namespace neurone {

inline constexpr int keywordWindowSamples = 24000; // 1.5 s at 16 kHz
Shape keywordInputShape(); // {1, 40, 148}

class KeywordFeatures {
public:
    KeywordFeatures();
    // One row [1 × 5920] for a window of keywordWindowSamples samples (a shorter window is
    // zero-padded, a longer one cut at its end).
    Batch features(std::span<const float> window);
    // Several windows, one row each [windows × 5920].
    Batch features(const std::vector<std::vector<float>>& windows);
    SpectrogramAnalyzer& analyzer() { return analyzer_; }

private:
    SpectrogramAnalyzer analyzer_;
};

} // namespace neurone
