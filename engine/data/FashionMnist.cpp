#include "data/FashionMnist.h"

#include "data/Idx.h"

namespace neurone {

namespace {

constexpr int side = 28;

// "train-images-idx3-ubyte" as found in `folder`, gzipped or not.
std::optional<std::filesystem::path> findFile(const std::filesystem::path& folder, const std::string& stem)
{
    std::error_code error;
    for (const std::string& name : {stem + ".gz", stem})
        if (std::filesystem::is_regular_file(folder / name, error))
            return folder / name;
    return std::nullopt;
}

std::variant<Dataset, std::string> loadPart(const std::filesystem::path& folder, const std::string& prefix)
{
    auto images = loadIdxFile(*findFile(folder, prefix + "-images-idx3-ubyte"));
    if (auto* error = std::get_if<std::string>(&images))
        return "Fashion-MNIST: " + *error;
    auto labels = loadIdxFile(*findFile(folder, prefix + "-labels-idx1-ubyte"));
    if (auto* error = std::get_if<std::string>(&labels))
        return "Fashion-MNIST: " + *error;
    IdxArray& x = std::get<IdxArray>(images);
    IdxArray& y = std::get<IdxArray>(labels);
    if (x.sizes.size() != 3 || x.sizes[1] != side || x.sizes[2] != side)
        return "Fashion-MNIST: " + prefix + " images are not 28×28";
    if (y.sizes.size() != 1 || y.sizes[0] != x.sizes[0])
        return "Fashion-MNIST: " + std::to_string(x.count()) + " " + prefix + " images but "
               + std::to_string(y.count()) + " labels";
    for (const std::uint8_t label : y.values)
        if (label >= fashionMnistClassNames().size())
            return "Fashion-MNIST: " + prefix + " label " + std::to_string(label) + " is not a class (0–9)";
    return Dataset::fromPixels("Fashion-MNIST", {1, side, side}, std::move(x.values), std::move(y.values),
                               fashionMnistClassNames());
}

} // namespace

const std::vector<std::string>& fashionMnistClassNames()
{
    static const std::vector<std::string> names = {"T-shirt", "Trouser", "Pullover", "Dress", "Coat",
                                                   "Sandal",  "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    return names;
}

std::optional<std::filesystem::path> findFashionMnist(const std::vector<std::filesystem::path>& places)
{
    for (const std::filesystem::path& place : places)
        for (const std::filesystem::path& folder : {place, place / "fashion-mnist"}) {
            bool complete = true;
            for (const char* stem : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                                     "t10k-labels-idx1-ubyte"})
                complete = complete && findFile(folder, stem).has_value();
            if (complete)
                return folder;
        }
    return std::nullopt;
}

std::variant<DataSplits, std::string> loadFashionMnist(const std::vector<std::filesystem::path>& places)
{
    const std::optional<std::filesystem::path> folder = findFashionMnist(places);
    if (!folder) {
        std::string looked;
        for (const std::filesystem::path& place : places)
            looked += (looked.empty() ? "" : ", ") + place.string();
        return "Fashion-MNIST is not installed: sudo apt-get install dataset-fashion-mnist"
               + (looked.empty() ? std::string() : "; looked in " + looked);
    }
    auto train = loadPart(*folder, "train");
    if (auto* error = std::get_if<std::string>(&train))
        return *error;
    auto test = loadPart(*folder, "t10k");
    if (auto* error = std::get_if<std::string>(&test))
        return *error;
    return DataSplits{std::get<Dataset>(std::move(train)), std::get<Dataset>(std::move(test))};
}

} // namespace neurone
