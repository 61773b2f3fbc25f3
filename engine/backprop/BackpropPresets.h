// The inspector's two starting points.
//   course-bce  seed 004, "Activité (cas de classification binaire)": 3 inputs, 4 sigmoid
//               hidden neurons Y1 … Y4, 1 sigmoid output Z, all biases 0, BCE,
//               E = −[y ln f(Z) + (1 − y) ln(1 − f(Z))], η = 0.001 (the course's "Choix
//               Learning rate"); the third observation x = (7, 8, 10), y = 1 is the one to
//               step through ("Ajuster les poids w34 / b4 / ψ1 / b5 en utilisant la 3ème
//               observation"). Golden values: f(Z) = 0.513445, E = 0.666612,
//               ∂E/∂ψ1 = −0.411716, ∂E/∂b5 = −0.486555, ∂E/∂w34 = 0.00665191,
//               ∂E/∂b4 = 0.000665191.
//   xor         seed 000, "Reproduction du XOR": 2-2-1 sigmoid, MSE, no bias, η = 0.5,
//               momentum γ = 0.5; weights from seed xorWeightSeed (Glorot uniform), the four
//               observations (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0 presented in turn each epoch.
#pragma once

#include "backprop/TinyNetwork.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurone {

// Seed 1 gives W1 = [[−0.2033, 1.2178], [0.5397, 1.0595]], ψ = [−1.4139, −1.0518]; the outputs
// are on the right side of 0.5 from epoch 196, 0.33/0.68/0.66/0.42 after 300 epochs and
// 0.14/0.83/0.82/0.20 after 1000 (the course: 0.12/0.81/0.81/0.24 after 300 of its own epochs).
inline constexpr std::uint32_t xorWeightSeed = 1;

struct BackpropPreset {
    std::string id;
    TinyNetwork network;
    Batch inputs;          // the observations [observations × n_0]
    Batch targets;         // their desired outputs [observations × n_L]
    int observation = 0;   // the one stepped through first (0-based)
    std::uint32_t seed = 0; // the seed of the weights (the course's are given by hand)
};

// "course-bce", "xor".
std::vector<std::string> backpropPresetIds();
std::optional<BackpropPreset> backpropPreset(std::string_view id);

} // namespace neurone
