// The linear neuron of seed 000 (NeuroneLineaire.py, ReproductionLineaire.py): one weight w,
// output y = w·x, and the squared error against the target ("cible")
//   E(w) = (w·x − cible)²,   dE/dw = 2(w·x − cible)·x,
// learnt by gradient descent, w ← w − t·dE/dw, until |dE/dw| ≤ 0.1 (the course's loop).
// Each step multiplies the distance to w* = cible/x by (1 − 2t·x²): with x = 1, t = 0.1 creeps
// (0.8), t = 0.5 lands in one step (0), t = 0.9 oscillates (−0.8), t = 1.1 diverges (−1.2).
#pragma once

#include "descent/Descent.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurone {

struct LinearNeuronSettings {
    double input = 1;          // x
    double target = 0.75;      // cible
    double startWeight = 0.1;  // w₀
    double learningRate = 0.1; // t
    double epsilon = 0.1;      // stop when |dE/dw| ≤ ε
    int maxSteps = 100;
};

// E(w) and dE/dw, for descend().
Objective linearNeuronError(double input, double target);

// Why the settings cannot be used (learning rate outside (0, 100], x or cible or w₀ not finite
// or beyond ±1e6), or nothing.
std::optional<std::string> linearNeuronSettingsError(const LinearNeuronSettings& settings);

// The descent on E(w): steps[k].point[0] = w_k, .value = E(w_k), .gradient[0] = dE/dw.
// It counts as diverged once |w| leaves 1000 times the scale of the problem.
DescentTrace trainLinearNeuron(const LinearNeuronSettings& settings);

// 1 − 2t·x²: how each step scales w − w*; |·| < 1 converges, < 0 oscillates.
double stepFactor(const LinearNeuronSettings& settings);
// t = 1/(2x²) reaches w* in one step; t ≥ 1/x² never converges. Infinite when x = 0.
double oneStepLearningRate(double input);
double divergentLearningRate(double input);

struct LinearNeuronPreset {
    std::string id; // "slow", "good", "oscillating", "divergent"
    LinearNeuronSettings settings;
};
const std::vector<LinearNeuronPreset>& linearNeuronPresets();
const LinearNeuronPreset* findLinearNeuronPreset(std::string_view id);

} // namespace neurone
