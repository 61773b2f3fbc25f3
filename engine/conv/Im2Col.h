// im2col unrolls every window of a channel-major image into one column, so a convolution
// becomes one matrix product (as Caffe and llm.c do):
//   cols[(c·F_h + i)·F_w + j][oy·W_o + ox] = x[c][oy·S + i − P_top][ox·S + j − P_left]
// (0 where the window hangs over the zero padding).
// col2im is its adjoint: every column entry is ADDED back to the pixel it came from.
// Shapes: image [C·H·W] for one sample; cols [C·F_h·F_w × H_o·W_o].
#pragma once

#include "conv/ConvGeometry.h"
#include "core/Tensor.h"

namespace neurone {

void im2col(const float* image, int channels, const WindowGeometry& geometry, Batch& cols);
void col2im(const Batch& cols, int channels, const WindowGeometry& geometry, float* image);

} // namespace neurone
