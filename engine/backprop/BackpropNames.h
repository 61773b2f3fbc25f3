// The names of every value of a tiny network, as the course writes them.
// With one hidden layer — the course's network (seed 004, "Activité (cas de classification
// binaire)") — k hidden neurons and m outputs:
//   inputs x1 … xn, desired output y (y1 … ym when m > 1)
//   hidden layer  Y_j = Σ_i w_ij x_i + b_j,   f(Y_j)        names Y1, f(Y1), w34, b4
//   output        Z = Σ_j ψ_j f(Y_j) + b_{k+1},  f(Z)       names Z, f(Z), psi1, b5
//                 (m > 1: Z1 … Zm, f(Z1), psi_jl written psi12, b_{k+l})
//   loss E;  gradients dE/d<name> (dE/dpsi1, dE/db5, dE/df(Y1), dE/dY1, dE/dw34 …);
//   updated parameters <name>' (w34', psi1', b5').
// Any other depth (0 or 2 hidden layers) uses layer-indexed names, layer k = 1 … L:
//   z<k>_<j> (weighted sum), a<k>_<j> (activation), w<k>_<i><j>, b<k>_<j>
//   e.g. z1_2, a2_1, w1_34, b2_1; the inputs are still x1 …, the loss E.
// Indices start at 1 as in the course; every index is a single digit (at most 4 units).
#pragma once

#include "backprop/TinyNetwork.h"

#include <string>

namespace neurone {

// What a value is. Layer 0 holds the inputs; layers 1 … L the weighted sums and activations
// of the neurons, and the W and b that lead into them.
enum class Quantity { Input, Target, PreActivation, Activation, Loss, Weight, Bias };

// When a value appears while one observation is stepped through the network:
//   Forward  the value itself;  Backward  ∂E/∂(value);  Update  the value after the update.
enum class TracePhase { Forward, Backward, Update };

// Which value: `unit` is the neuron (or input, or output of the target); `from` is the input
// side of a weight (W(from, unit) is w_{from+1, unit+1}); both count from 0.
struct ValueKey {
    Quantity quantity = Quantity::Loss;
    int layer = 0;
    int from = 0;
    int unit = 0;
    bool operator==(const ValueKey&) const = default;
};

// True when the network is named as in the course (exactly one hidden layer).
bool usesCourseNames(const TinyArchitecture& architecture);

// The value's own name ("w34", "f(Z)", "z1_2"), then dressed for its phase:
// Forward → the name, Backward → "dE/d" + name, Update → name + "'".
std::string valueName(const TinyArchitecture& architecture, const ValueKey& key);
std::string valueName(const TinyArchitecture& architecture, const ValueKey& key, TracePhase phase);

} // namespace neurone
