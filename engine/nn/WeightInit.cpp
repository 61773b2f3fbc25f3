#include "nn/WeightInit.h"

#include <cmath>

namespace neurone {

std::string_view weightInitName(WeightInit init)
{
    switch (init) {
    case WeightInit::GlorotUniform: return "glorot";
    case WeightInit::HeUniform: return "he";
    }
    return "glorot";
}

std::optional<WeightInit> weightInitFromName(std::string_view name)
{
    for (const WeightInit init : allWeightInits)
        if (weightInitName(init) == name)
            return init;
    return std::nullopt;
}

float weightInitLimit(WeightInit init, int fanIn, int fanOut)
{
    switch (init) {
    case WeightInit::GlorotUniform: return std::sqrt(6.0f / float(fanIn + fanOut));
    case WeightInit::HeUniform: return std::sqrt(6.0f / float(fanIn));
    }
    return 0.0f;
}

void fillUniform(Eigen::Ref<Eigen::VectorXf> values, float limit, std::mt19937& rng)
{
    constexpr float unit = 1.0f / float(1u << 24); // u = k / 2²⁴ ∈ [0, 1)
    for (float& value : values) {
        const float u = float(rng() >> 8) * unit;
        value = (2 * u - 1) * limit;
    }
}

} // namespace neurone
