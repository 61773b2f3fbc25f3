// The numbers behind one output pixel as rich text, like setosa's image-kernels page: a grid of
// the input values under the kernel (zero padding greyed), the grid of weights, then the
// multiply-add written out "a·w + … = Σ", "Σ + b = result". Pooling: the window's values, the
// one that won (max) or their mean. Volume: one row per channel, then the channel sums + b.
#pragma once

#include "common/ViewStyle.h"
#include "conv/PixelExplanation.h"

#include <QList>
#include <QString>

#include <optional>

// One channel's multiply-add (for Sobel magnitude, also the partner kernel's).
struct ChannelExplanation {
    QString channel; // "" for grayscale, "R", "G", "B"
    neurone::ConvolutionExplanation taps;
    neurone::Plane kernel; // as applied (rotated for a true convolution)
    std::optional<neurone::ConvolutionExplanation> partnerTaps;
    std::optional<neurone::Plane> partnerKernel;
    float convolved = 0; // the convolution stage's value (Σ + b, or √(Σx² + Σy²) + b)
    float activated = 0; // after ReLU (= convolved when ReLU is off)
};

struct ChannelPooling {
    QString channel;
    neurone::PoolExplanation window;
};

QString convolutionExplanationHtml(int row, int col, const QList<ChannelExplanation>& channels, float bias, bool flip,
                                   bool relu, const ViewStyle& style);
QString poolingExplanationHtml(int row, int col, const QList<ChannelPooling>& channels, int size,
                               neurone::PoolMode mode, const ViewStyle& style);
// Volume convolution: `channels[c].taps` without bias; total = Σ_c sums + b.
QString volumeExplanationHtml(int row, int col, const QList<ChannelExplanation>& channels, float bias, float total,
                              const ViewStyle& style);
