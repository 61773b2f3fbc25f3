// x = (S − mean(S)) / (std(S) + 1e−3), S the log-mel image of a 1.5 s window, drawn with time
// left to right and the lowest mel band at the bottom (image row 0 = highest band).
#include "audio/KeywordFeatures.h"

#include <algorithm>
#include <cmath>

namespace neurone {

namespace {

constexpr int melBands = 40;
constexpr int frames = 148; // 1 + (24000 − 400) / 160

// S [frames × bands] → one CHW row [1 × bands·frames], normalised.
void writeImage(const Batch& logMel, float* row)
{
    const Eigen::Index bands = logMel.cols();
    const Eigen::Index count = logMel.rows();
    for (Eigen::Index h = 0; h < bands; ++h)
        for (Eigen::Index t = 0; t < count; ++t)
            row[h * count + t] = logMel(t, bands - 1 - h);
    Eigen::Map<Eigen::VectorXf> x(row, bands * count);
    const float mean = x.mean();
    const float deviation = std::sqrt((x.array() - mean).square().mean());
    x = (x.array() - mean) / (deviation + 1e-3f);
}

} // namespace

Shape keywordInputShape() { return {1, melBands, frames}; }

KeywordFeatures::KeywordFeatures() = default;

Batch KeywordFeatures::features(std::span<const float> window)
{
    std::vector<float> padded(keywordWindowSamples, 0.0f);
    std::copy_n(window.begin(), std::min<std::size_t>(window.size(), padded.size()), padded.begin());
    Batch row(1, keywordInputShape().size());
    writeImage(analyzer_.logMel(padded), row.data());
    return row;
}

Batch KeywordFeatures::features(const std::vector<std::vector<float>>& windows)
{
    Batch rows(Eigen::Index(windows.size()), keywordInputShape().size());
    for (std::size_t i = 0; i < windows.size(); ++i)
        rows.row(Eigen::Index(i)) = features(windows[i]);
    return rows;
}

} // namespace neurone
