// The functions the descent panel and `neurone-cli descent` start from.
// 1-D: the course's f(x) = (x − 0.75)², a non-convex function where momentum escapes a local
// minimum, and the course's "cas de non convergence" (t = 1.5 on the same parabola).
// 2-D: an ill-conditioned quadratic, Rosenbrock's valley, and a surface with two minima.
#pragma once

#include <string>
#include <vector>

namespace neurone {

struct Range {
    double lower = 0;
    double upper = 1;
};

struct DescentPreset {
    std::string id;          // stable name, used by the CLI and settings
    std::string formula;     // muparser syntax over x (1-D) or x, y (2-D)
    double startX = 0;
    double startY = 0;       // 2-D only
    double learningRate = 0.1;
    double momentum = 0.5;   // γ
    double epsilon = 0.1;    // stop when ‖∇f‖∞ ≤ ε
    int maxSteps = 100;
    Range xRange;
    Range yRange;            // 1-D: the plotted f range hint; 2-D: the y axis
};

const std::vector<DescentPreset>& curvePresets();   // 1-D
const std::vector<DescentPreset>& surfacePresets(); // 2-D

// The preset with this id, or nullptr.
const DescentPreset* findPreset(const std::vector<DescentPreset>& presets, const std::string& id);

} // namespace neurone
