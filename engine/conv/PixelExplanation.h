// The numbers behind one output pixel (like setosa's image-kernels page): its receptive field
// on the input, each input value times its kernel weight, the sum, the bias, the result.
//   O(oy, ox) = Σ_i Σ_j I(oy·S + i − P_top, ox·S + j − P_left) · F(i, j) + b
// Pooling: the window's values and the one chosen (max) or their mean (average).
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/Image.h"
#include "conv/ImageFilter.h"

#include <optional>
#include <vector>

namespace neurone {

struct Tap {
    int row = 0;           // input coordinates; outside the image when inPadding
    int col = 0;
    bool inPadding = false;
    float input = 0;       // 0 in the zero padding
    float weight = 0;      // the kernel weight (pooling: unused)
    float product = 0;     // input · weight
};

struct ConvolutionExplanation {
    std::vector<Tap> taps; // row by row over the kernel
    float sum = 0;
    float bias = 0;
    float result = 0;      // sum + bias
};

// `kernel` is the kernel as applied (already rotated for a true convolution).
ConvolutionExplanation explainConvolution(const Plane& input, const Plane& kernel, const WindowGeometry& geometry,
                                          float bias, int outputRow, int outputCol);

// The window an output pixel sees on the input: rows [top, top + height), columns
// [left, left + width). Top and left are negative where the window reaches into the padding.
struct ReceptiveField {
    int top = 0;
    int left = 0;
    int height = 0;
    int width = 0;
};
ReceptiveField receptiveField(const WindowGeometry& geometry, int outputRow, int outputCol);

// One channel of the filter chain (ImageFilter.h) at one output pixel:
//   Σ = Σ_i Σ_j I(…)·F'(i, j) with F' the kernel as applied (rotated 180° for a convolution),
//   O = Σ + b, or for a magnitude pair O = √(Σ_x² + Σ_y²) + b, then ReLU: max(0, O).
struct FilterPixelExplanation {
    Plane kernel;                                     // as applied
    ConvolutionExplanation taps;                      // bias excluded: taps.result = taps.sum
    std::optional<Plane> partnerKernel;               // as applied
    std::optional<ConvolutionExplanation> partnerTaps;
    float beforeBias = 0;                             // Σ, or √(Σ_x² + Σ_y²)
    float convolved = 0;                              // beforeBias + b
    float activated = 0;                              // after ReLU (= convolved when ReLU is off)
};
FilterPixelExplanation explainFilterPixel(const Plane& input, const FilterSettings& settings,
                                          const WindowGeometry& geometry, int outputRow, int outputCol);

// Volume convolution at one output pixel: each channel's Σ_c (no bias) and the total Σ_c Σ_c + b.
struct VolumePixelExplanation {
    std::vector<ConvolutionExplanation> channels;
    float total = 0;
};
VolumePixelExplanation explainVolumePixel(const Image& input, const std::vector<Plane>& kernels, float bias, bool flip,
                                          const WindowGeometry& geometry, int outputRow, int outputCol);

struct PoolExplanation {
    std::vector<Tap> window; // the real pixels under the window
    int chosen = -1;         // max pooling: index into window of the winner
    float result = 0;
};

PoolExplanation explainPooling(const Plane& input, const PoolSettings& pool, const WindowGeometry& geometry,
                               int outputRow, int outputCol);

} // namespace neurone
