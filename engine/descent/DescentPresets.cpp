#include "descent/DescentPresets.h"

#include <algorithm>

namespace neurone {

const std::vector<DescentPreset>& curvePresets()
{
    static const std::vector<DescentPreset> presets = {
        // Seed 000: f(x) = (x − 0.75)², x₀ = 0.1, t = 0.1, ε = 0.1, γ = 0.5.
        {"course", "(x-0.75)^2", 0.1, 0, 0.1, 0.5, 0.1, 100, {-0.25, 1.75}, {-0.05, 0.5}},
        // Plain descent settles in the local minimum near x = 1.13; momentum (γ = 0.8)
        // carries x over the bump to the global minimum near x = −1.30.
        {"local-minimum", "x^4-3*x^2+x", 2.5, 0, 0.01, 0.8, 0.01, 300, {-2.2, 2.7}, {-4.0, 25.0}},
        // Seed 000, "Un cas de non convergence": t = 1.5 doubles the error at each step.
        {"diverging", "(x-0.75)^2", 0.1, 0, 1.5, 0.5, 0.1, 100, {-3.0, 4.5}, {-0.5, 12.0}},
    };
    return presets;
}

const std::vector<DescentPreset>& surfacePresets()
{
    static const std::vector<DescentPreset> presets = {
        // Curvatures 2 and 20: plain descent zig-zags across the narrow valley.
        {"ill-conditioned", "x^2+10*y^2", -4.5, 1.5, 0.07, 0.5, 1e-3, 200, {-5, 5}, {-3, 3}},
        {"rosenbrock", "(1-x)^2+100*(y-x^2)^2", -1.5, 2.0, 0.001, 0.9, 1e-3, 2000, {-2, 2}, {-1, 3}},
        // Minima near (−1.07, 0) (global) and (0.92, 0) (local), tilted by 0.3x.
        {"two-minima", "(x^2-1)^2+0.5*y^2+0.3*x", 1.6, 1.6, 0.05, 0.8, 1e-3, 300, {-2, 2}, {-2, 2}},
    };
    return presets;
}

const DescentPreset* findPreset(const std::vector<DescentPreset>& presets, const std::string& id)
{
    const auto it = std::find_if(presets.begin(), presets.end(),
                                 [&](const DescentPreset& p) { return p.id == id; });
    return it == presets.end() ? nullptr : &*it;
}

} // namespace neurone
