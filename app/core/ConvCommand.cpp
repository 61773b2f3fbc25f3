#include "core/ConvCommand.h"

#include "conv/ImageFilter.h"
#include "core/QuietStderr.h"
#include "conv/Kernel.h"
#include "io/ImageFile.h"

#include <QCommandLineParser>

#include <optional>

namespace cli {

namespace {

constexpr int maxMatrixSize = 1000;

struct Failure {
    int code;
    QString message;
};

void addOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {"image", "image file to filter (PNG, JPEG, BMP, GIF, WebP…)", "file"},
        {"matrix", "an input channel typed as rows \"1 2 3;4 5 6;7 8 9\" (repeat per channel)", "rows"},
        {"kernel", "a preset name (see --list-kernels) or rows \"a b;c d\" (repeat per channel)", "kernel"},
        {"bias", "added once to every output value (default 0)", "b"},
        {"stride", "S, the step of the kernel (default 1)", "S"},
        {"padding", "valid (default), same (as TensorFlow), or a number of zero pixels P", "mode"},
        {"flip", "true convolution: rotate the kernel by 180 degrees (default: correlation)"},
        {"relu", "apply ReLU after the convolution"},
        {"pool", "then pool: max or avg, optionally :SIZE:STRIDE (default 2:2)", "spec"},
        {"normalize", "how --out maps values to 0..255: clip (default), minmax or abs", "mode"},
        {"rgb", "filter the image's three colour channels (default: grayscale, their mean)"},
        {"out", "PNG file for the filtered image", "file"},
        {"list-kernels", "list the preset kernels"},
    });
}

std::optional<Failure> readInt(const QCommandLineParser& parser, const QString& name, int& value)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (!ok)
        return Failure{BadUsage, QString("--%1 expects a whole number, not '%2'").arg(name, parser.value(name))};
    return std::nullopt;
}

std::optional<Failure> readGeometry(const QCommandLineParser& parser, neurone::FilterSettings& s)
{
    if (auto failure = readInt(parser, "stride", s.stride))
        return failure;
    if (parser.isSet("bias")) {
        bool ok = false;
        s.bias = parser.value("bias").toFloat(&ok);
        if (!ok)
            return Failure{BadUsage, "--bias expects a number"};
    }
    const QString padding = parser.value("padding");
    bool numeric = false;
    const int amount = padding.toInt(&numeric);
    if (padding.isEmpty() || padding == "valid")
        s.padding = neurone::Padding::valid();
    else if (padding == "same")
        s.padding = neurone::Padding::same();
    else if (numeric && amount >= 0)
        s.padding = neurone::Padding::custom(amount);
    else
        return Failure{BadUsage, "--padding expects valid, same or a number of pixels"};
    s.flip = parser.isSet("flip");
    s.relu = parser.isSet("relu");
    if (!parser.isSet("pool"))
        return std::nullopt;
    const QStringList pool = parser.value("pool").split(':');
    if ((pool[0] != "max" && pool[0] != "avg") || (pool.size() != 1 && pool.size() != 3))
        return Failure{BadUsage, "--pool expects max or avg, optionally :SIZE:STRIDE (e.g. max:2:2)"};
    neurone::PoolSettings p{pool[0] == "max" ? neurone::PoolMode::Max : neurone::PoolMode::Average, 2, 2};
    if (pool.size() == 3) {
        bool sizeOk = false, strideOk = false;
        p.size = pool[1].toInt(&sizeOk);
        p.stride = pool[2].toInt(&strideOk);
        if (!sizeOk || !strideOk || p.size < 1 || p.stride < 1)
            return Failure{BadUsage, "--pool SIZE and STRIDE must be whole numbers of at least 1"};
    }
    s.pool = p;
    return std::nullopt;
}

// Each --kernel as a plane; a preset's partner (Sobel magnitude) goes to `partner`.
std::optional<Failure> readKernels(const QStringList& texts, std::vector<neurone::Plane>& kernels,
                                   std::optional<neurone::Plane>& partner)
{
    if (texts.isEmpty())
        return Failure{BadUsage, "--kernel is required (a preset name or rows such as \"1 0;0 -1\")"};
    for (const QString& text : texts) {
        if (const auto* preset = neurone::findKernelPreset(text.toStdString())) {
            kernels.push_back(preset->kernel);
            if (preset->partner)
                partner = preset->partner;
            continue;
        }
        auto parsed = neurone::parseKernel(text.toStdString());
        if (auto* error = std::get_if<std::string>(&parsed))
            return Failure{BadInput, QString("kernel \"%1\": %2").arg(text, QString::fromStdString(*error))};
        kernels.push_back(std::get<neurone::Plane>(parsed));
    }
    if (partner && kernels.size() > 1)
        return Failure{BadUsage, "the sobel magnitude takes a single kernel"};
    return std::nullopt;
}

std::variant<neurone::Image, Failure> readInput(const QCommandLineParser& parser)
{
    if (parser.isSet("image") == parser.isSet("matrix"))
        return Failure{BadUsage, "give either --image FILE or --matrix rows (one per channel)"};
    if (parser.isSet("image")) {
        const auto mode = parser.isSet("rgb") ? io::ColourMode::Rgb : io::ColourMode::Grayscale;
        auto loaded = [&] {
            const QuietStderr quiet;
            return io::loadImage(parser.value("image"), mode);
        }();
        if (auto* error = std::get_if<QString>(&loaded))
            return Failure{BadInput, *error};
        return std::get<neurone::Image>(std::move(loaded));
    }
    neurone::Image image;
    for (const QString& text : parser.values("matrix")) {
        auto parsed = neurone::parseMatrix(text.toStdString(), maxMatrixSize);
        if (auto* error = std::get_if<std::string>(&parsed))
            return Failure{BadInput, QString("matrix \"%1\": %2").arg(text, QString::fromStdString(*error))};
        image.channels.push_back(std::get<neurone::Plane>(std::move(parsed)));
        if (image.channels.back().rows() != image.channels.front().rows()
            || image.channels.back().cols() != image.channels.front().cols())
            return Failure{BadInput, "every --matrix channel must have the same size"};
    }
    return image;
}

void printMatrix(const neurone::Plane& plane, QTextStream& out)
{
    for (Eigen::Index r = 0; r < plane.rows(); ++r) {
        QStringList row;
        for (Eigen::Index c = 0; c < plane.cols(); ++c)
            row << number(plane(r, c));
        out << row.join(' ') << '\n';
    }
}

void listKernels(QTextStream& out)
{
    for (const neurone::KernelPreset& p : neurone::kernelPresets())
        out << QString::fromStdString(p.name) << '\t'
            << (p.partner ? QString("magnitude of sobel-x and sobel-y")
                          : QString::fromStdString(neurone::kernelToText(p.kernel)))
            << '\n';
}

} // namespace

int runConv(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Convolution, ReLU and pooling on an image or typed matrices.");
    addOptions(parser);
    const auto fail = [&](const Failure& f) {
        streams.err << "neurone-cli conv: " << f.message << '\n';
        return f.code;
    };
    if (const auto done = parseArguments(parser, arguments, "conv", streams))
        return *done;
    if (parser.isSet("list-kernels")) {
        listKernels(streams.out);
        return Success;
    }
    neurone::FilterSettings settings;
    if (auto failure = readGeometry(parser, settings))
        return fail(*failure);
    std::vector<neurone::Plane> kernels;
    if (auto failure = readKernels(parser.values("kernel"), kernels, settings.partner))
        return fail(*failure);
    auto input = readInput(parser);
    if (auto* failure = std::get_if<Failure>(&input))
        return fail(*failure);
    const neurone::Image& image = std::get<neurone::Image>(input);

    // One kernel per channel, or one matrix kernel reused for several typed channels: a
    // volume convolution. One kernel on an image filters each channel alike.
    const bool typed = parser.isSet("matrix");
    if (kernels.size() > 1 && kernels.size() != image.channels.size())
        return fail({BadUsage, QString("give one --kernel, or one per channel (%1)").arg(image.channelCount())});
    const bool volume = kernels.size() > 1 || (typed && image.channelCount() > 1);
    settings.kernel = kernels.front();
    if (volume && kernels.size() == 1)
        kernels.assign(image.channels.size(), kernels.front());
    auto stages = volume ? neurone::applyVolumeFilter(image, kernels, settings) : neurone::applyFilter(image, settings);
    if (auto* error = std::get_if<std::string>(&stages))
        return fail({BadInput, QString::fromStdString(*error)});
    const neurone::Image& output = std::get<neurone::FilterStages>(stages).output();

    streams.out << "output " << output.width() << 'x' << output.height();
    if (output.channelCount() > 1)
        streams.out << " (" << output.channelCount() << " channels)";
    streams.out << '\n';
    if (typed)
        for (const neurone::Plane& plane : output.channels)
            printMatrix(plane, streams.out);
    if (!parser.isSet("out"))
        return Success;
    const QString mode = parser.value("normalize");
    const auto normalization = mode == "minmax" ? neurone::Normalization::MinMax
                               : mode == "abs"  ? neurone::Normalization::Absolute
                                                : neurone::Normalization::Clip;
    if (!mode.isEmpty() && mode != "clip" && mode != "minmax" && mode != "abs")
        return fail({BadUsage, "--normalize expects clip, minmax or abs"});
    if (const QString error = io::savePng(io::toQImage(output, normalization), parser.value("out")); !error.isEmpty())
        return fail({BadInput, error});
    return Success;
}

} // namespace cli
