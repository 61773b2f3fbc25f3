// Kernels for image filtering: the presets the lessons use, and kernels typed as text.
//   identity, blur (box, 1/9), gaussian (1 2 1 / 2 4 2 / 1 2 1, 1/16), sharpen,
//   edge (the course's [[−1,−1,−1],[−1,8,−1],[−1,−1,−1]], seed 000),
//   sobel-x [[−1,0,1],[−2,0,2],[−1,0,1]], sobel-y (its transpose), sobel (the magnitude
//   √(gx² + gy²) of both, seed 002), emboss, and the course's 5×5 corner kernel (seed 002).
#pragma once

#include "conv/Image.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace neurone {

struct KernelPreset {
    std::string name;                // stable, used by the CLI: "edge", "sobel-x", …
    Plane kernel;
    std::optional<Plane> partner;    // set for "sobel": output √((X⋆kernel)² + (X⋆partner)²)
};

const std::vector<KernelPreset>& kernelPresets();
const KernelPreset* findKernelPreset(const std::string& name);

inline constexpr int maxKernelSize = 7;

// "a b; c d" (rows separated by ';' or new lines, values by spaces or commas), every row as
// long as the first, every value a finite number, at most maxSize × maxSize. Or the reason.
std::variant<Plane, std::string> parseMatrix(const std::string& text, int maxSize);
// A kernel: a matrix of 1×1 to 7×7 (any size, not only odd ones).
std::variant<Plane, std::string> parseKernel(const std::string& text);
std::string kernelToText(const Plane& kernel);

} // namespace neurone
