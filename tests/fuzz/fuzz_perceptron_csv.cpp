// The perceptron's CSV import: accepted → one desired class (0 or 1) per observation, both
// classes present, every feature finite and within ±maxDataMagnitude.
#include "FuzzCheck.h"
#include "perceptron/PerceptronData.h"

#include <cmath>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = neurone::parsePerceptronCsv(text);
    if (const auto* set = std::get_if<neurone::PerceptronDataset>(&result)) {
        FUZZ_CHECK(set->size() >= 1 && set->size() <= neurone::maxObservations);
        FUZZ_CHECK(set->featureCount() >= 1 && set->featureCount() <= neurone::maxFeatures);
        FUZZ_CHECK(set->desired.size() == std::size_t(set->size()));
        FUZZ_CHECK(set->classNames.size() == 2);
        bool seen[2] = {false, false};
        for (const int d : set->desired) {
            FUZZ_CHECK(d == 0 || d == 1);
            seen[d] = true;
        }
        FUZZ_CHECK(seen[0] && seen[1]);
        FUZZ_CHECK(set->inputs.allFinite() && set->inputs.cwiseAbs().maxCoeff() <= neurone::maxDataMagnitude);
    } else {
        FUZZ_CHECK(!std::get<neurone::DataError>(result).message.empty());
    }
    return 0;
}
