// The numbers behind one output pixel (like setosa's image-kernels page): its receptive field
// on the input, each input value times its kernel weight, the sum, the bias, the result.
//   O(oy, ox) = Σ_i Σ_j I(oy·S + i − P_top, ox·S + j − P_left) · F(i, j) + b
// Pooling: the window's values and the one chosen (max) or their mean (average).
#pragma once

#include "conv/ConvGeometry.h"
#include "conv/Image.h"
#include "conv/ImageFilter.h"

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

struct PoolExplanation {
    std::vector<Tap> window; // the real pixels under the window
    int chosen = -1;         // max pooling: index into window of the winner
    float result = 0;
};

PoolExplanation explainPooling(const Plane& input, const PoolSettings& pool, const WindowGeometry& geometry,
                               int outputRow, int outputCol);

} // namespace neurone
