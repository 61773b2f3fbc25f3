#include "model/LayerList.h"

#include <charconv>
#include <sstream>
#include <string_view>

namespace neurone {

namespace {

constexpr int maxUnits = 1 << 16;
constexpr int maxWindow = 64;

std::vector<std::string> splitItems(const std::string& text)
{
    std::vector<std::string> items;
    std::string current;
    for (const char c : text + ",") {
        if (c == ',' || c == ';' || c == '\n') {
            const auto first = current.find_first_not_of(" \t\r");
            const auto last = current.find_last_not_of(" \t\r");
            items.push_back(first == std::string::npos ? std::string() : current.substr(first, last - first + 1));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!items.empty() && items.back().empty())
        items.pop_back(); // a trailing separator
    return items;
}

bool wholeNumber(const std::string& text, int low, int high, int& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value >= low && value <= high;
}

// "3x3x16" or "3×3×16" → F = 3, K = 16 (square kernels only).
bool kernelSizes(const std::string& typed, int& size, int& filters)
{
    const std::string_view times = "×";
    std::string text;
    for (std::size_t at = 0; at < typed.size(); ++at) {
        const bool multiply = std::string_view(typed).substr(at, times.size()) == times;
        text += multiply ? 'x' : typed[at];
        at += multiply ? times.size() - 1 : 0;
    }
    const auto first = text.find('x');
    const auto second = first == std::string::npos ? first : text.find('x', first + 1);
    if (second == std::string::npos)
        return false;
    int height = 0;
    return wholeNumber(text.substr(0, first), 1, maxWindow, height)
           && wholeNumber(text.substr(first + 1, second - first - 1), 1, maxWindow, size) && height == size
           && wholeNumber(text.substr(second + 1), 1, maxUnits, filters);
}

bool rateValue(const std::string& text, float& rate)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), rate);
    return error == std::errc() && end == text.data() + text.size() && rate >= 0.0f && rate < 1.0f;
}

std::variant<LayerSpec, std::string> parseItem(const std::string& item)
{
    std::istringstream words(item);
    std::string kind;
    words >> kind;
    std::vector<std::string> args;
    for (std::string word; words >> word;)
        args.push_back(word);
    LayerSpec layer;
    if (kind == "dense") {
        layer.kind = LayerKind::Dense;
        if (args.size() != 1 || !wholeNumber(args[0], 1, maxUnits, layer.units))
            return "dense takes a number of neurons, 1 to " + std::to_string(maxUnits) + " (e.g. 'dense 128')";
        return layer;
    }
    if (kind == "conv2d") {
        layer.kind = LayerKind::Conv2D;
        const bool padding = args.size() == 2 && (args[1] == "same" || args[1] == "valid");
        if (!(args.size() == 1 || padding) || !kernelSizes(args[0], layer.size, layer.units))
            return std::string("conv2d takes FxFxK, K filters of F×F, optionally 'same' (e.g. 'conv2d 3x3x16')");
        layer.samePadding = padding && args[1] == "same";
        return layer;
    }
    if (kind == "maxpool" || kind == "avgpool") {
        layer.kind = kind == "maxpool" ? LayerKind::MaxPool : LayerKind::AvgPool;
        if (args.size() != 1 || !wholeNumber(args[0], 1, maxWindow, layer.size))
            return kind + " takes a window size S (e.g. '" + kind + " 2')";
        return layer;
    }
    if (kind == "flatten") {
        layer.kind = LayerKind::Flatten;
        if (!args.empty())
            return std::string("flatten takes no argument");
        return layer;
    }
    if (kind == "dropout") {
        layer.kind = LayerKind::Dropout;
        if (args.size() != 1 || !rateValue(args[0], layer.rate))
            return std::string("dropout takes a rate r, 0 ≤ r < 1 (e.g. 'dropout 0.5')");
        return layer;
    }
    if (const auto activation = activationKindFromName(kind)) {
        layer.kind = LayerKind::Activation;
        layer.activation = *activation;
        if (!args.empty())
            return kind + " takes no argument";
        return layer;
    }
    std::string activations;
    for (const ActivationKind a : allActivationKinds)
        activations += (activations.empty() ? "" : ", ") + std::string(activationName(a));
    return "unknown layer '" + kind + "' (dense, conv2d, maxpool, avgpool, flatten, dropout, or an activation: "
           + activations + ")";
}

} // namespace

std::variant<std::vector<LayerSpec>, std::string> parseLayerList(const std::string& text)
{
    const std::vector<std::string> items = splitItems(text);
    if (items.empty())
        return std::string("the layer list is empty");
    std::vector<LayerSpec> layers;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto parsed = parseItem(items[i]);
        if (auto* error = std::get_if<std::string>(&parsed))
            return "layer " + std::to_string(i + 1) + " ('" + items[i] + "'): " + *error;
        layers.push_back(std::get<LayerSpec>(parsed));
    }
    return layers;
}

std::string layerText(const LayerSpec& layer)
{
    const std::string size = std::to_string(layer.size);
    switch (layer.kind) {
    case LayerKind::Dense: return "dense " + std::to_string(layer.units);
    case LayerKind::Conv2D:
        return "conv2d " + size + "x" + size + "x" + std::to_string(layer.units) + (layer.samePadding ? " same" : "");
    case LayerKind::MaxPool: return "maxpool " + size;
    case LayerKind::AvgPool: return "avgpool " + size;
    case LayerKind::Flatten: return "flatten";
    case LayerKind::Dropout: {
        char rate[32]; // the shortest text that reads back as the same float
        const auto end = std::to_chars(rate, rate + sizeof rate, layer.rate).ptr;
        return "dropout " + std::string(rate, end);
    }
    case LayerKind::Activation: return std::string(activationName(layer.activation));
    }
    return "?";
}

std::string layerListText(const std::vector<LayerSpec>& layers)
{
    std::string text;
    for (const LayerSpec& layer : layers)
        text += (text.empty() ? "" : ", ") + layerText(layer);
    return text;
}

} // namespace neurone
