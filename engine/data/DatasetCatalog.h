// Every dataset the training lessons use, by the names the CLI and panels show:
//   xor, or                      4 points, 2 features, no test split
//   circles, spirals, gaussians  2-D toy sets (ToySets.h), `points`, `noise`, `seed`
//   mnist                        MNIST digits, 8,000 train / 2,000 test (MnistDigits.h)
//   fashion-mnist                Fashion-MNIST, 60,000 train / 10,000 test (FashionMnist.h)
#pragma once

#include "data/Dataset.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string_view>
#include <variant>

namespace neurone {

enum class DatasetKind { Xor, Or, Circles, Spirals, Gaussians, Mnist, FashionMnist };

inline constexpr std::array allDatasetKinds = {DatasetKind::Xor,       DatasetKind::Or,    DatasetKind::Circles,
                                               DatasetKind::Spirals,   DatasetKind::Gaussians,
                                               DatasetKind::Mnist,     DatasetKind::FashionMnist};

// "xor", "or", "circles", "spirals", "gaussians", "mnist", "fashion-mnist".
std::string_view datasetKindName(DatasetKind kind);
std::optional<DatasetKind> datasetKindFromName(std::string_view name);
constexpr bool isToySet(DatasetKind kind)
{
    return kind == DatasetKind::Circles || kind == DatasetKind::Spirals || kind == DatasetKind::Gaussians;
}
// σ when none is given: 0.1 (circles, spirals), 0.5 (the Gaussians' spread).
float defaultNoise(DatasetKind kind);

struct DatasetRequest {
    DatasetKind kind = DatasetKind::Xor;
    // Where to look for MNIST / Fashion-MNIST, first match wins (see MnistDigits.h,
    // FashionMnist.h). Empty: Fashion-MNIST's system folder; MNIST has no default here
    // (the executable's own data folder is the caller's to add).
    std::vector<std::filesystem::path> places;
    int points = 200;           // toy sets
    std::optional<float> noise; // toy sets; defaultNoise() when empty
    std::uint32_t seed = 1;     // toy sets
};

// The dataset's splits, or why it cannot be loaded (not installed, damaged, bad parameters).
std::variant<DataSplits, std::string> loadDataset(const DatasetRequest& request);

} // namespace neurone
