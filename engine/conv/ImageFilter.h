// Filtering an image as the convolution lessons do (seed 000 "La convolution d'image",
// seed 002, seed 003, seed 004 "Convolution en volume"):
//   correlation   O(y, x) = Σ_i Σ_j I(y·S + i − P, x·S + j − P) · F(i, j) + b
//   convolution   the same with F rotated by 180° (seed 003): F'(i, j) = F(F_h−1−i, F_w−1−j)
//   magnitude     O = √(O_x² + O_y²) for a pair of kernels (Sobel, seed 002)
//   then optionally ReLU, max(0, O), then optionally pooling (max or average, F = 2, S = 2).
// Each channel is filtered with the same kernel (grayscale or RGB pictures), or — volume
// convolution — each channel with its own kernel and the results summed, plus one bias.
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/Image.h"
#include "conv/Pool2D.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

struct PoolSettings {
    PoolMode mode = PoolMode::Max;
    int size = 2;
    int stride = 2;
};

struct FilterSettings {
    Plane kernel;
    std::optional<Plane> partner; // magnitude √(O_kernel² + O_partner²)
    float bias = 0;
    int stride = 1;
    Padding padding;
    bool flip = false;            // true convolution instead of correlation
    bool relu = false;
    std::optional<PoolSettings> pool;
};

// The chain input → convolution → ReLU → pooling, each stage kept for display.
struct FilterStages {
    WindowGeometry convolution;
    std::optional<WindowGeometry> pooling;
    Image convolved;
    Image activated; // empty when ReLU is off (no copy is made)
    Image pooled;    // empty when pooling is off

    const Image& afterActivation() const { return activated.empty() ? convolved : activated; }
    const Image& output() const { return pooled.empty() ? afterActivation() : pooled; }
};

// Every stage, or the reason the geometry is impossible (kernel larger than the padded input,
// an output size that is not a whole number ≥ 1).
std::variant<FilterStages, std::string> applyFilter(const Image& input, const FilterSettings& settings);

// Volume convolution (below) followed by the same chain: one output map.
// settings.kernel and settings.partner are ignored; `kernels` has one kernel per channel.
std::variant<FilterStages, std::string> applyVolumeFilter(const Image& input, const std::vector<Plane>& kernels,
                                                          const FilterSettings& settings);

// O = input ⋆ kernel over the given geometry (no bias, no flip). Shapes: input [H × W],
// output [H_o × W_o].
Plane correlate(const Plane& input, const Plane& kernel, const WindowGeometry& geometry);
Plane rotated180(const Plane& kernel);

// Display: maps any values to 0…255. Edge filters give negative values, hence the choice.
//   clip: min(max(v, 0), 255)   min–max: 255 (v − min)/(max − min)   absolute: min(|v|, 255)
enum class Normalization { Clip, MinMax, Absolute };
Plane normalizedForDisplay(const Plane& plane, Normalization normalization);

// Volume convolution: one kernel per channel, the per-channel results and their sum + b.
struct VolumeResult {
    WindowGeometry geometry;
    std::vector<Plane> perChannel; // X[c] ⋆ F[c]
    Plane total;                   // Σ_c X[c] ⋆ F[c] + b
};
std::variant<VolumeResult, std::string> volumeConvolution(const Image& input, const std::vector<Plane>& kernels,
                                                          float bias, int stride, Padding padding, bool flip);

} // namespace neurone
