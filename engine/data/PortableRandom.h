// Seeded randomness that gives the same numbers on every platform. std::mt19937's raw output is
// fixed by the standard, but std::uniform_int_distribution, std::normal_distribution and
// std::shuffle are not (libstdc++, libc++ and MSVC differ), so the engine derives everything
// from raw 32-bit draws u:
//   index in [0, n)     ⌊u · n / 2³²⌋                     (multiply-shift, no division)
//   uniform in [0, 1)   ⌊u / 2⁸⌋ · 2⁻²⁴                     (24 bits, exact in a float)
//   normal N(0, 1)      √(−2 ln u₁) cos(2π u₂)             (Box–Muller, u₁ in (0, 1])
//   shuffle             Fisher–Yates: for i = n−1 … 1, swap v[i] with v[index in [0, i]]
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace neurone {

std::uint32_t randomIndex(std::mt19937& rng, std::uint32_t bound);
float randomUnit(std::mt19937& rng);
float randomNormal(std::mt19937& rng);
void shuffleIndices(std::vector<std::uint32_t>& indices, std::mt19937& rng);
// 0, 1, …, count − 1 in the order a Fisher–Yates shuffle seeded with `seed` gives.
std::vector<std::uint32_t> shuffledIndices(std::size_t count, std::uint32_t seed);

} // namespace neurone
