// A tiny fully connected network, held as plain matrices so that a teacher can read and edit
// every weight (seed 004, "Rétropropagation du gradient"; seed 000, "Reproduction du XOR").
//   layer k = 1 … L:   Y_k = a_{k−1} W_k + b_k        a_k = f_k(Y_k)        a_0 = x
// In the course's words (one hidden layer):
//   f(Y_j) = f(Σ_i w_ij x_i + b_j)        f(Z_l) = f(Σ_j ψ_jl f(Y_j) + b_l) = sortie
// Shapes: W_k [n_{k−1} × n_k] (W_k(i, j) is w_ij), b_k [1 × n_k], one observation x [1 × n_0].
// Sizes: 1–4 inputs, 0–2 hidden layers of 1–4 neurons, 1–3 outputs.
// The arithmetic is the engine's own: the network is rebuilt as Dense + ActivationLayer layers
// of a Sequential (toSequential) whenever something is computed.
#pragma once

#include "core/Tensor.h"
#include "nn/Activation.h"
#include "nn/Loss.h"
#include "nn/Sequential.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace neurone {

inline constexpr int maxTinyInputs = 4;
inline constexpr int maxTinyHiddenLayers = 2;
inline constexpr int maxTinyHiddenNeurons = 4;
inline constexpr int maxTinyOutputs = 3;

struct TinyArchitecture {
    std::vector<int> sizes;                  // n_0 (inputs), n_1 … n_L (the last is the output)
    std::vector<ActivationKind> activations; // f_1 … f_L, one per layer after the inputs
    LossKind loss = LossKind::MSE;
    bool useBias = true; // false: every b stays 0 and is not learnt (seed 000's bias=False)

    int layerCount() const { return int(sizes.size()) - 1; } // L
    int hiddenLayerCount() const { return layerCount() - 1; }
    int inputCount() const { return sizes.front(); }
    int outputCount() const { return sizes.back(); }
    // Softmax output with cross-entropy: the loss takes the logits Z (fused, as Sequential
    // does), so ∂E/∂Z = f(Z) − y and ∂E/∂f(Z) is not formed.
    bool fusedSoftmax() const;
    bool operator==(const TinyArchitecture&) const = default;
};

// Why the architecture is outside the limits above, or nothing.
std::optional<std::string> architectureError(const TinyArchitecture& architecture);

struct TinyNetwork {
    TinyArchitecture architecture;
    std::vector<Batch> weights;          // W_1 … W_L
    std::vector<Batch> biases;           // b_1 … b_L
    std::vector<Batch> weightVelocities; // ω of each W (momentum), zero at the start
    std::vector<Batch> biasVelocities;   // ω of each b
    double learningRate = 0.1;           // η
    double momentum = 0;                 // γ; 0 is plain gradient descent
};

// Zero weights and biases of the right shapes; throws std::invalid_argument on a bad
// architecture.
TinyNetwork makeTinyNetwork(const TinyArchitecture& architecture);
// Weights drawn as the engine draws them (Glorot uniform, He for the ReLU family) from
// std::mt19937(seed), layer by layer; biases 0. The same seed always gives the same weights.
TinyNetwork makeTinyNetwork(const TinyArchitecture& architecture, std::uint32_t seed);
// Throws std::invalid_argument unless every matrix has its layer's shape.
void checkShapes(const TinyNetwork& network);

// The same network as engine layers: Dense(W_1, b_1), f_1, …, Dense(W_L, b_L), f_L.
Sequential toSequential(const TinyNetwork& network);
// f(Z) for every row of `inputs` [observations × n_0].
Batch predict(const TinyNetwork& network, const Batch& inputs);
// E averaged over the observations (the loss's own mean).
double evaluate(const TinyNetwork& network, const Batch& inputs, const Batch& targets);

} // namespace neurone
