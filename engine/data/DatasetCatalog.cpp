#include "data/DatasetCatalog.h"

#include "data/FashionMnist.h"
#include "data/MnistDigits.h"
#include "data/ToySets.h"

#include <stdexcept>

namespace neurone {

std::string_view datasetKindName(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Xor: return "xor";
    case DatasetKind::Or: return "or";
    case DatasetKind::Circles: return "circles";
    case DatasetKind::Spirals: return "spirals";
    case DatasetKind::Gaussians: return "gaussians";
    case DatasetKind::Mnist: return "mnist";
    case DatasetKind::FashionMnist: return "fashion-mnist";
    }
    return "?";
}

std::optional<DatasetKind> datasetKindFromName(std::string_view name)
{
    for (const DatasetKind kind : allDatasetKinds)
        if (datasetKindName(kind) == name)
            return kind;
    return std::nullopt;
}

float defaultNoise(DatasetKind kind) { return kind == DatasetKind::Gaussians ? 0.5f : 0.1f; }

std::variant<DataSplits, std::string> loadDataset(const DatasetRequest& request)
{
    const ToySetOptions toy{request.points, request.noise.value_or(defaultNoise(request.kind)), request.seed};
    try {
        switch (request.kind) {
        case DatasetKind::Xor: return DataSplits{xorSet(), std::nullopt};
        case DatasetKind::Or: return DataSplits{orSet(), std::nullopt};
        case DatasetKind::Circles: return DataSplits{twoCircles(toy), std::nullopt};
        case DatasetKind::Spirals: return DataSplits{twoSpirals(toy), std::nullopt};
        case DatasetKind::Gaussians: return DataSplits{twoGaussians(toy), std::nullopt};
        case DatasetKind::Mnist: return loadMnistDigits(request.places);
        case DatasetKind::FashionMnist:
            return loadFashionMnist(request.places.empty() ? std::vector{fashionMnistSystemFolder} : request.places);
        }
    } catch (const std::invalid_argument& error) {
        return std::string(error.what());
    }
    return std::string("unknown dataset");
}

} // namespace neurone
