#include "data/ToySets.h"

#include "data/PortableRandom.h"

#include <array>
#include <cmath>
#include <functional>
#include <numbers>
#include <stdexcept>

namespace neurone {

namespace {

constexpr float pi = std::numbers::pi_v<float>;

Dataset truthTable(std::string name, const std::array<std::uint8_t, 4>& outputs)
{
    return Dataset::fromValues(std::move(name), Shape::flat(2), {0, 0, 0, 1, 1, 0, 1, 1},
                               {outputs.begin(), outputs.end()}, {"0", "1"});
}

struct Point {
    float x;
    float y;
};

// point(label, i, m, rng): the i-th of m noiseless points of class `label`.
Dataset twoClasses(std::string name, const ToySetOptions& options,
                   const std::function<Point(int, int, int, std::mt19937&)>& point)
{
    if (options.points < 2 || options.points > maxToyPoints)
        throw std::invalid_argument("a toy set needs 2 to " + std::to_string(maxToyPoints) + " points");
    if (!(options.noise >= 0 && options.noise <= 10))
        throw std::invalid_argument("the noise must be between 0 and 10");
    std::mt19937 rng(options.seed);
    const int n = options.points;
    std::vector<float> values;
    std::vector<std::uint8_t> labels;
    values.reserve(std::size_t(2 * n));
    labels.reserve(std::size_t(n));
    for (int k = 0; k < n; ++k) {
        const int label = k % 2;
        const int perClass = label == 0 ? (n + 1) / 2 : n / 2;
        const Point p = point(label, k / 2, perClass, rng);
        values.push_back(p.x + options.noise * randomNormal(rng));
        values.push_back(p.y + options.noise * randomNormal(rng));
        labels.push_back(std::uint8_t(label));
    }
    return Dataset::fromValues(std::move(name), Shape::flat(2), std::move(values), std::move(labels), {"0", "1"});
}

} // namespace

Dataset xorSet() { return truthTable("XOR", {0, 1, 1, 0}); }

Dataset orSet() { return truthTable("OR", {0, 1, 1, 1}); }

Dataset twoCircles(const ToySetOptions& options)
{
    return twoClasses("two circles", options, [](int label, int, int, std::mt19937& rng) {
        const float radius = label == 0 ? 1.0f : 0.5f;
        const float angle = 2 * pi * randomUnit(rng);
        return Point{radius * std::cos(angle), radius * std::sin(angle)};
    });
}

Dataset twoSpirals(const ToySetOptions& options)
{
    return twoClasses("two spirals", options, [](int label, int i, int m, std::mt19937&) {
        const float r = (float(i) + 0.5f) / float(m);
        const float t = 3 * pi * r + (label == 0 ? 0.0f : pi);
        return Point{r * std::cos(t), r * std::sin(t)};
    });
}

Dataset twoGaussians(const ToySetOptions& options)
{
    return twoClasses("two Gaussians", options, [](int label, int, int, std::mt19937&) {
        return Point{label == 0 ? -1.0f : 1.0f, 0.0f};
    });
}

} // namespace neurone
