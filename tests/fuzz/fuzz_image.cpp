// The image path (QImageReader with the allocation limit, every format plugin Qt has):
//   accepted → a non-empty image within the pixel limit, 1 channel in grayscale.
// The limit is 1 megapixel here instead of 60: a 34-byte GIF may claim 500×64000 pixels,
// which the app decodes (within its limits) in seconds — too slow for a fuzzer.
#include "FuzzCheck.h"
#include "io/ImageFile.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // The format plugins are found through the application's library paths.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static const auto application = std::make_unique<QGuiApplication>(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    constexpr qint64 maxPixels = 1'000'000;
    const auto result = io::loadImageData(bytes, QStringLiteral("fuzz"), io::ColourMode::Grayscale, maxPixels);
    if (const auto* image = std::get_if<neurone::Image>(&result)) {
        FUZZ_CHECK(image->channels.size() == 1);
        FUZZ_CHECK(image->width() >= 1 && image->height() >= 1);
        FUZZ_CHECK(qint64(image->width()) * image->height() <= maxPixels);
    } else {
        FUZZ_CHECK(!std::get<QString>(result).isEmpty());
    }
    return 0;
}
