// IDX files (MNIST, Fashion-MNIST), plain or gzipped, as loadIdxFile reads them:
//   accepted → D ∈ [1, 4] sizes whose product is exactly the number of values.
#include "FuzzCheck.h"
#include "data/Gzip.h"
#include "data/Idx.h"

#include <cstdint>
#include <functional>
#include <numeric>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::span<const std::uint8_t> bytes(data, size);
    neurone::Bytes inflated;
    if (neurone::isGzip(bytes)) {
        auto result = neurone::gunzip(bytes, neurone::maxIdxValues + 1024);
        if (!std::holds_alternative<neurone::Bytes>(result))
            return 0;
        inflated = std::move(std::get<neurone::Bytes>(result));
        bytes = inflated;
    }
    const auto parsed = neurone::parseIdx(bytes);
    if (const auto* array = std::get_if<neurone::IdxArray>(&parsed)) {
        FUZZ_CHECK(!array->sizes.empty() && array->sizes.size() <= std::size_t(neurone::maxIdxDimensions));
        const std::uint64_t product = std::accumulate(array->sizes.begin(), array->sizes.end(), std::uint64_t(1),
                                                      std::multiplies<>());
        FUZZ_CHECK(product == array->values.size());
    }
    return 0;
}
