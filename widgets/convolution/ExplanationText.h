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

// One channel's multiply-add, as the engine explains it (for Sobel magnitude, also the
// partner kernel's).
struct ChannelExplanation {
    QString channel; // "" for grayscale, "R", "G", "B"
    neurone::FilterPixelExplanation pixel;
};

struct ChannelPooling {
    QString channel;
    neurone::PoolExplanation window;
};

QString convolutionExplanationHtml(int row, int col, const QList<ChannelExplanation>& channels, float bias, bool flip,
                                   bool relu, const ViewStyle& style);
QString poolingExplanationHtml(int row, int col, const QList<ChannelPooling>& channels, int size,
                               neurone::PoolMode mode, const ViewStyle& style);
// Volume convolution: each channel's Σ without bias, then total = Σ_c sums + b.
QString volumeExplanationHtml(int row, int col, const neurone::VolumePixelExplanation& pixel,
                              const std::vector<neurone::Plane>& kernels, float bias, const ViewStyle& style);
