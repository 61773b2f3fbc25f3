// Image files in and out. Reading refuses, with a message and before any large allocation:
// unreadable, empty or truncated files, and headers that claim more than maxImagePixels.
// 16-bit, indexed and alpha images are accepted (alpha is dropped, colours kept).
#pragma once

#include "conv/Image.h"
#include "conv/ImageFilter.h"

#include <QImage>
#include <QString>

#include <variant>

namespace io {

enum class ColourMode { Grayscale, Rgb };

inline constexpr qint64 maxImagePixels = 60'000'000; // a 60-megapixel photo; 50000×50000 is refused
inline constexpr int imageAllocationLimitMB = 512;

std::variant<neurone::Image, QString> loadImage(const QString& path, ColourMode mode);
// The same for an image already in memory; `name` is for the messages. The fuzzer lowers
// `maxPixels` to stay fast: the limit's check is the same, the decoders see the same bytes.
std::variant<neurone::Image, QString> loadImageData(const QByteArray& bytes, const QString& name, ColourMode mode,
                                                   qint64 maxPixels = maxImagePixels);
neurone::Image imageFromQImage(const QImage& image, ColourMode mode);

// 1 channel → 8-bit grayscale, 3 channels → RGB; values mapped to 0…255 by `normalization`.
QImage toQImage(const neurone::Image& image, neurone::Normalization normalization);

// Writes atomically; returns "" or the reason.
QString savePng(const QImage& image, const QString& path);

} // namespace io
