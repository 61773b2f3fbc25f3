#include "model/ModelFile.h"

#include "model/NetworkBuilder.h"

#include <zlib.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <sstream>

namespace neurone {

namespace {

void putU32(std::string& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(char((value >> shift) & 0xff));
}

std::uint32_t getU32(std::string_view bytes, std::size_t at)
{
    std::uint32_t value = 0;
    for (int k = 0; k < 4; ++k)
        value |= std::uint32_t(std::uint8_t(bytes[at + std::size_t(k)])) << (8 * k);
    return value;
}

std::uint32_t checksum(std::string_view bytes)
{
    return std::uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), uInt(bytes.size())));
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

// A header value on one line: new lines become spaces.
std::string oneLine(std::string text)
{
    for (char& c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

std::string epochLine(const EpochMetrics& m)
{
    std::string line = "epoch=" + std::to_string(m.epoch) + " train_loss=" + number(m.trainLoss)
                       + " train_acc=" + number(m.trainAccuracy);
    if (m.validationLoss)
        line += " val_loss=" + number(*m.validationLoss);
    if (m.validationAccuracy)
        line += " val_acc=" + number(*m.validationAccuracy);
    if (m.testAccuracy)
        line += " test_acc=" + number(*m.testAccuracy);
    return line + " seconds=" + number(m.seconds);
}

bool parseDouble(std::string_view text, double& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

// "epoch=3 train_loss=0.2 …" (the line without its leading "epoch=").
std::optional<EpochMetrics> parseEpoch(const std::string& value)
{
    std::istringstream fields("epoch=" + value);
    EpochMetrics m;
    for (std::string field; fields >> field;) {
        const auto equals = field.find('=');
        double x = 0;
        if (equals == std::string::npos || !parseDouble(std::string_view(field).substr(equals + 1), x))
            return std::nullopt;
        const std::string key = field.substr(0, equals);
        if (key == "epoch") { // a whole number of epochs that fits an int (found by fuzz_model: 1.2e68)
            if (!(x >= 0 && x <= double(std::numeric_limits<int>::max()) && x == std::floor(x)))
                return std::nullopt;
            m.epoch = int(x);
        }
        else if (key == "train_loss")
            m.trainLoss = x;
        else if (key == "train_acc")
            m.trainAccuracy = x;
        else if (key == "val_loss")
            m.validationLoss = x;
        else if (key == "val_acc")
            m.validationAccuracy = x;
        else if (key == "test_acc")
            m.testAccuracy = x;
        else if (key == "seconds")
            m.seconds = x;
    }
    return m;
}

// "1x28x28" or "2".
std::optional<Shape> parseShape(const std::string& text)
{
    std::vector<int> sizes;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(text.find('x', start), text.size());
        int size = 0;
        const auto [stop, error] = std::from_chars(text.data() + start, text.data() + end, size);
        if (error != std::errc() || stop != text.data() + end || size < 1)
            return std::nullopt;
        sizes.push_back(size);
        if (end == text.size())
            break;
        start = end + 1;
    }
    if (sizes.size() == 1)
        return Shape::flat(sizes[0]);
    if (sizes.size() == 3)
        return Shape{sizes[0], sizes[1], sizes[2]};
    return std::nullopt;
}

std::string shapeKey(Shape shape)
{
    if (shape.channels == 1 && shape.height == 1)
        return std::to_string(shape.width);
    return std::to_string(shape.channels) + "x" + std::to_string(shape.height) + "x" + std::to_string(shape.width);
}

std::string headerText(const ModelFile& file)
{
    std::string text = "layers=" + layerListText(file.model.layers) + "\ninput=" + shapeKey(file.model.input) + "\n";
    for (const std::string& name : file.model.classNames)
        text += "class=" + oneLine(name) + "\n";
    for (const auto& [key, value] : file.settings)
        text += "setting." + oneLine(key) + "=" + oneLine(value) + "\n";
    for (const EpochMetrics& m : file.history)
        text += epochLine(m) + "\n";
    return text;
}

// Finite weights can still overflow (1e33 · 1e15 = ∞): the network must give finite outputs
// on the two ends of the inputs it is fed, all zeros and all ones [1 × C·H·W].
bool givesFiniteOutputs(Model& model)
{
    for (const float value : {0.0f, 1.0f}) {
        const Batch input = Batch::Constant(1, model.input.size(), value);
        if (!model.network.predict(input).allFinite())
            return false;
    }
    return true;
}

} // namespace

std::string serializeModelFile(const ModelFile& file)
{
    std::string out(modelFileMagic, sizeof modelFileMagic);
    putU32(out, modelFormatVersion);
    const std::string header = headerText(file);
    putU32(out, std::uint32_t(header.size()));
    out += header;
    Sequential network = file.model.network; // parameters() needs a mutable network
    const std::vector<ParameterView> tensors = network.parameters();
    putU32(out, std::uint32_t(tensors.size()));
    for (const ParameterView& tensor : tensors) {
        putU32(out, std::uint32_t(tensor.rows));
        putU32(out, std::uint32_t(tensor.cols));
        for (Eigen::Index i = 0; i < tensor.size(); ++i) {
            std::uint32_t bits = 0;
            std::memcpy(&bits, tensor.values + i, sizeof bits);
            putU32(out, bits);
        }
    }
    putU32(out, checksum(out));
    return out;
}

std::variant<ModelFile, std::string> parseModelFile(std::string_view bytes)
{
    constexpr std::size_t fixed = sizeof modelFileMagic + 4 + 4;
    if (bytes.size() < fixed + 4 + 4)
        return "too short to be a Neurone model (" + std::to_string(bytes.size()) + " bytes)";
    if (bytes.substr(0, sizeof modelFileMagic) != std::string_view(modelFileMagic, sizeof modelFileMagic))
        return std::string("not a Neurone model file (no NEURONE signature)");
    const std::uint32_t version = getU32(bytes, 8);
    if (version != modelFormatVersion)
        return "model format " + std::to_string(version) + " is not supported: this version of Neurone reads format "
               + std::to_string(modelFormatVersion)
               + (version > modelFormatVersion ? " (the file is from a newer Neurone)" : "");
    const std::string_view body = bytes.substr(0, bytes.size() - 4);
    if (checksum(body) != getU32(bytes, bytes.size() - 4))
        return std::string("the model file is damaged or truncated (its checksum does not match)");

    // From here the bytes are as written; the checks below guard against a writer's bug.
    const std::uint32_t headerLength = getU32(bytes, 12);
    if (headerLength > maxModelHeaderBytes || fixed + headerLength + 4 > body.size())
        return std::string("the model header is longer than the file");
    std::istringstream header{std::string(bytes.substr(fixed, headerLength))};
    std::optional<std::vector<LayerSpec>> layers;
    std::optional<Shape> input;
    ModelFile file;
    for (std::string line; std::getline(header, line);) {
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            continue;
        const std::string key = line.substr(0, equals);
        const std::string value = line.substr(equals + 1);
        if (key == "layers") {
            auto parsed = parseLayerList(value);
            if (auto* reason = std::get_if<std::string>(&parsed))
                return "the model's layer list is not valid: " + *reason;
            layers = std::get<std::vector<LayerSpec>>(std::move(parsed));
        } else if (key == "input") {
            input = parseShape(value);
            if (!input)
                return "the model's input shape '" + value + "' is not valid";
        } else if (key == "class") {
            file.model.classNames.push_back(value);
        } else if (key.starts_with("setting.")) {
            file.settings.emplace_back(key.substr(8), value);
        } else if (key == "epoch") {
            const std::optional<EpochMetrics> m = parseEpoch(value);
            if (!m)
                return "the model's history line '" + line + "' is not valid";
            file.history.push_back(*m);
        }
    }
    if (!layers || !input)
        return std::string("the model header lacks its layer list or input shape");
    const std::size_t floatsInFile = (body.size() - fixed - headerLength) / 4; // never build more than that
    auto built = buildNetwork(*layers, *input, floatsInFile);
    if (auto* reason = std::get_if<std::string>(&built))
        return "the model's layers cannot be built: " + *reason;
    file.model.layers = std::move(*layers);
    file.model.input = *input;
    file.model.network = std::get<Sequential>(std::move(built));
    const std::size_t classes = file.model.classNames.size(), outputs = std::size_t(file.model.outputs());
    if (classes != 0 && classes != outputs && !(outputs == 1 && classes == 2))
        return "the model names " + std::to_string(classes) + " classes but has " + std::to_string(outputs)
               + " outputs";

    std::size_t at = fixed + headerLength;
    const std::vector<ParameterView> tensors = file.model.network.parameters();
    if (getU32(body, at) != tensors.size())
        return "the model file holds " + std::to_string(getU32(body, at)) + " weight tensors; its layers need "
               + std::to_string(tensors.size());
    at += 4;
    for (std::size_t t = 0; t < tensors.size(); ++t) {
        const ParameterView& tensor = tensors[t];
        if (body.size() - at < 8)
            return std::string("the model file ends inside its weights");
        const std::uint32_t rows = getU32(body, at), cols = getU32(body, at + 4);
        at += 8;
        if (rows != tensor.rows || cols != tensor.cols)
            return "weight tensor " + std::to_string(t + 1) + " (" + tensor.name + ") is " + std::to_string(rows) + "×"
                   + std::to_string(cols) + " in the file; the layers need " + std::to_string(tensor.rows) + "×"
                   + std::to_string(tensor.cols);
        if ((body.size() - at) / 4 < std::size_t(tensor.size()))
            return std::string("the model file ends inside its weights");
        for (Eigen::Index i = 0; i < tensor.size(); ++i, at += 4) {
            const std::uint32_t bits = getU32(body, at);
            std::memcpy(tensor.values + i, &bits, sizeof bits);
            if (!std::isfinite(tensor.values[i]))
                return "weight tensor " + std::to_string(t + 1) + " holds a value that is not a finite number";
        }
    }
    if (at != body.size())
        return "the model file has " + std::to_string(body.size() - at) + " unexpected bytes after its weights";
    if (!givesFiniteOutputs(file.model))
        return std::string("the model's weights are so large that its outputs overflow (they are not finite "
                           "numbers): it cannot predict anything");
    return file;
}

} // namespace neurone
