// One observation through a tiny network, every intermediate value kept (seed 004,
// "Rétropropagation du gradient Backward + Forward"; seed 000, "La rétropropagation matricielle").
// Forward, layer k = 1 … L (a_0 = x):
//   Y_k = a_{k−1} W_k + b_k          a_k = f_k(Y_k)           E = loss(a_L, y)
// Backward, the chain rule from the loss down (k = L … 1):
//   ∂E/∂a_L = loss′(a_L, y)                           e.g. BCE: −y/f(Z) + (1 − y)/(1 − f(Z))
//   ∂E/∂Y_k = ∂E/∂a_k ∘ f_k′(Y_k)                     sigmoid: f′(Z) = f(Z)(1 − f(Z))
//   ∂E/∂W_k = a_{k−1}ᵀ ∂E/∂Y_k     i.e. ∂E/∂w_ij = ∂E/∂Y_j · x_i,  ∂E/∂ψ_j = ∂E/∂Z · f(Y_j)
//   ∂E/∂b_k = ∂E/∂Y_k              i.e. ∂E/∂b5 = ∂E/∂Z = (f(Z) − y) for BCE + sigmoid
//   ∂E/∂a_{k−1} = ∂E/∂Y_k W_kᵀ     i.e. ∂E/∂f(Y_j) = Σ_l ∂E/∂Z_l ψ_jl
// so the course's  ∂E/∂ψ1 = ∂E/∂f(Z) · ∂f(Z)/∂Z · ∂Z/∂ψ1  and
//   ∂E/∂w34 = ∂E/∂f(Z) · f′(Z) · ψ4 · f′(Y4) · x3.
// Softmax output with cross-entropy is fused: ∂E/∂Z = f(Z) − y, no ∂E/∂f(Z).
// Update, for every parameter θ (momentum with γ = 0 is the course's plain rule):
//   ω ← γ ω + η ∂E/∂θ        θ ← θ − ω          (γ = 0:  w = w − η ∂E/∂w)
// Every value comes from the engine's layers (Dense, ActivationLayer, Loss), called one
// after the other, so what is shown is exactly what the networks of the other panels compute.
// Shapes: x [1 × n_0], y [1 × n_L]; per layer as in TinyNetwork.h.
#pragma once

#include "backprop/BackpropNames.h"
#include "backprop/TinyNetwork.h"

#include <string>
#include <vector>

namespace neurone {

struct LayerTrace {
    Batch preActivation;         // Y_k [1 × n_k]
    Batch activation;            // a_k = f(Y_k) [1 × n_k]
    Batch activationGradient;    // ∂E/∂a_k [1 × n_k]; empty for a fused softmax output
    Batch preActivationGradient; // ∂E/∂Y_k [1 × n_k]
    Batch weightGradient;        // ∂E/∂W_k [n_{k−1} × n_k]
    Batch biasGradient;          // ∂E/∂b_k [1 × n_k]
};

struct BackpropTrace {
    TinyNetwork before;             // the network the observation went through
    Batch input;                    // x
    Batch target;                   // y
    std::vector<LayerTrace> layers; // 1 … L
    double loss = 0;                // E
    TinyNetwork after;              // after the update (weights and velocities)
};

struct NamedValue {
    std::string name; // as in BackpropNames.h: "f(Z)", "dE/dpsi1", "w34'"
    double value = 0;
    TracePhase phase = TracePhase::Forward;
    ValueKey key;
};

// Forward, backward and update of one observation; throws std::invalid_argument when x or y
// does not fit the network.
BackpropTrace traceObservation(const TinyNetwork& network, const Batch& input, const Batch& target);

// Every value of the trace in the order it is computed: the inputs and target, then layer by
// layer Y and f(Y), then E (Forward); from the output down ∂E/∂f(Y), ∂E/∂Y, ∂E/∂W, ∂E/∂b
// (Backward); then every W and b after the update, first layer first (Update). Without bias
// (useBias false) no b appears.
std::vector<NamedValue> namedValues(const BackpropTrace& trace);
// The parameters of a network, named, first layer first (phase Forward).
std::vector<NamedValue> namedParameters(const TinyNetwork& network);

// One row of the training history.
struct EpochRecord {
    int epoch = 0;    // epochs done (0: before training)
    double loss = 0;  // E over every observation, after this epoch
    Batch outputs;    // f(Z) of every observation [observations × n_L]
};

// The state of the network, as recorded after `epoch` epochs.
EpochRecord recordEpoch(const TinyNetwork& network, const Batch& inputs, const Batch& targets,
                        int epoch);
// One epoch: each observation in turn goes forward, backward and updates the weights
// (stochastic descent, one observation at a time, as the inspector steps).
void trainEpoch(TinyNetwork& network, const Batch& inputs, const Batch& targets);

} // namespace neurone
