// Small sets for the first lessons, two classes each, features as floats [n × 2]:
//   xor, or     the four points (0,0) (0,1) (1,0) (1,1), labels A xor B / A or B (seed 000)
//   circles     class 0 on the circle r = 1, class 1 on r = 0.5, angle θ uniform
//   spirals     class 0: r (cos t, sin t) with t = 3π r, r = (i + ½)/m; class 1 is class 0
//               turned by π (two interleaved one-and-a-half-turn spirals)
//   gaussians   class 0 around (−1, 0), class 1 around (1, 0)
// Every point then gets Gaussian noise N(0, σ²) on each coordinate (for gaussians σ is the
// clusters' spread). Classes alternate (0, 1, 0, 1, …), so the counts differ by at most one.
// Seeded with the portable draws of PortableRandom.h: same points on every machine.
#pragma once

#include "data/Dataset.h"

#include <cstdint>

namespace neurone {

Dataset xorSet();
Dataset orSet();

struct ToySetOptions {
    int points = 200;
    float noise = 0.1f; // σ
    std::uint32_t seed = 1;
};

inline constexpr int maxToyPoints = 1'000'000;

// Throw std::invalid_argument unless 2 ≤ points ≤ maxToyPoints and 0 ≤ noise ≤ 10.
Dataset twoCircles(const ToySetOptions& options);
Dataset twoSpirals(const ToySetOptions& options);
Dataset twoGaussians(const ToySetOptions& options);

} // namespace neurone
