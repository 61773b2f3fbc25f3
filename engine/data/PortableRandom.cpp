#include "data/PortableRandom.h"

#include <cmath>
#include <numbers>
#include <numeric>
#include <utility>

namespace neurone {

std::uint32_t randomIndex(std::mt19937& rng, std::uint32_t bound)
{
    return std::uint32_t((std::uint64_t(rng()) * bound) >> 32);
}

float randomUnit(std::mt19937& rng) { return float(rng() >> 8) * 0x1p-24f; }

float randomNormal(std::mt19937& rng)
{
    const double u1 = (double(rng() >> 8) + 1.0) * 0x1p-24; // (0, 1]: ln stays finite
    const double u2 = double(rng() >> 8) * 0x1p-24;
    return float(std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2));
}

void shuffleIndices(std::vector<std::uint32_t>& indices, std::mt19937& rng)
{
    for (std::size_t i = indices.size(); i > 1; --i)
        std::swap(indices[i - 1], indices[randomIndex(rng, std::uint32_t(i))]);
}

std::vector<std::uint32_t> shuffledIndices(std::size_t count, std::uint32_t seed)
{
    std::vector<std::uint32_t> indices(count);
    std::iota(indices.begin(), indices.end(), 0u);
    std::mt19937 rng(seed);
    shuffleIndices(indices, rng);
    return indices;
}

} // namespace neurone
