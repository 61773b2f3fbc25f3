#include "io/ImageFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

namespace io {

namespace {

QString tooManyPixels(const QString& name, QSize size, qint64 maxPixels)
{
    return QCoreApplication::translate("ImageFile", "%1 claims %2×%3 pixels, more than the %4 megapixels Neurone opens")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(double(maxPixels) / 1e6);
}

// Reads what `reader` holds; `name` is for the messages.
std::variant<neurone::Image, QString> readImage(QImageReader& reader, const QString& name, ColourMode mode,
                                               qint64 maxPixels)
{
    reader.setAllocationLimit(imageAllocationLimitMB);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return QCoreApplication::translate("ImageFile", "%1 is not an image Neurone can read (%2)").arg(name, reader.errorString());
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels)
        return tooManyPixels(name, size, maxPixels);
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return QCoreApplication::translate("ImageFile", "%1 cannot be read: %2").arg(name, reader.errorString());
    if (qint64(image.width()) * image.height() > maxPixels) // a header that lied about its size
        return tooManyPixels(name, image.size(), maxPixels);
    return imageFromQImage(image, mode);
}

} // namespace

std::variant<neurone::Image, QString> loadImage(const QString& path, ColourMode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("ImageFile", "%1 does not exist").arg(path);
    if (info.size() == 0)
        return QCoreApplication::translate("ImageFile", "%1 is empty").arg(path);
    QImageReader reader(path);
    return readImage(reader, path, mode, maxImagePixels);
}

std::variant<neurone::Image, QString> loadImageData(const QByteArray& bytes, const QString& name, ColourMode mode,
                                                   qint64 maxPixels)
{
    if (bytes.isEmpty())
        return QCoreApplication::translate("ImageFile", "%1 is empty").arg(name);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readImage(reader, name, mode, maxPixels);
}

neurone::Image imageFromQImage(const QImage& source, ColourMode mode)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    const int h = rgb.height(), w = rgb.width();
    neurone::Image image{{neurone::Plane(h, w), neurone::Plane(h, w), neurone::Plane(h, w)}};
    for (int y = 0; y < h; ++y) {
        const uchar* line = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                image.channels[std::size_t(c)](y, x) = float(line[3 * x + c]);
    }
    return mode == ColourMode::Grayscale ? neurone::grayscale(image) : image;
}

QImage toQImage(const neurone::Image& image, neurone::Normalization normalization)
{
    if (image.empty())
        return {};
    const int h = image.height(), w = image.width();
    std::vector<neurone::Plane> planes;
    for (const neurone::Plane& p : image.channels)
        planes.push_back(neurone::normalizedForDisplay(p, normalization));
    const bool colour = planes.size() >= 3;
    QImage out(w, h, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            if (colour)
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = uchar(planes[std::size_t(c)](y, x) + 0.5f);
            else
                line[x] = uchar(planes[0](y, x) + 0.5f);
        }
    }
    return out;
}

QString savePng(const QImage& image, const QString& path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return QCoreApplication::translate("ImageFile", "cannot encode the image as PNG");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ImageFile", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace io
