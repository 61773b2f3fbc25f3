// Activation functions f(Y) and their derivatives f'(Y), as the course lists them (seed 004,
// "Fonctions d'activation"; seed 000, Activation.py). Y is a neuron's weighted sum.
//   sigmoid     f = 1 / (1 + e^−Y)                       f' = f (1 − f)
//   tanh        f = (e^Y − e^−Y) / (e^Y + e^−Y)          f' = 1 − f²
//   relu        f = max(0, Y)                            f' = 1 if Y ≥ 0 else 0
//   leaky-relu  f = Y if Y ≥ 0 else αY                   f' = 1 if Y ≥ 0 else α
//   elu         f = Y if Y ≥ 0 else α(e^Y − 1)           f' = 1 if Y ≥ 0 else f + α
//   softplus    f = ln(e^Y + 1)                          f' = sigmoid(Y)
//   linear      f = Y                                    f' = 1
//   step        f = 1 if Y ≥ 0 else 0 (Heaviside, the perceptron's)
//               f' = 0 wherever it exists, so backward passes a zero gradient: a step network
//               does not learn by backpropagation, which is why the course moves to sigmoid.
//   softmax     f(Z)_i = e^{Z_i} / Σ_a e^{Z_a}, row by row  ∂f_i/∂Z_j = f_i (δ_ij − f_j)
// Shapes: Y, f(Y), ∂E/∂f and ∂E/∂Y are all [samples × units]; softmax normalises each row.
#pragma once

#include "core/Tensor.h"
#include "nn/Layer.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace neurone {

enum class ActivationKind { Sigmoid, Tanh, ReLU, LeakyReLU, ELU, Softplus, Linear, Softmax, Step };

inline constexpr std::array allActivationKinds = {
    ActivationKind::Sigmoid, ActivationKind::Tanh,   ActivationKind::ReLU,
    ActivationKind::LeakyReLU, ActivationKind::ELU,  ActivationKind::Softplus,
    ActivationKind::Linear,  ActivationKind::Softmax, ActivationKind::Step};

// "sigmoid", "tanh", "relu", "leaky-relu", "elu", "softplus", "linear", "softmax", "step".
std::string_view activationName(ActivationKind kind);
std::optional<ActivationKind> activationKindFromName(std::string_view name);
// α for leaky ReLU (0.01) and ELU (1); unused (0) by the other kinds.
float defaultAlpha(ActivationKind kind);
// Every kind but softmax acts on each value alone.
constexpr bool isElementwise(ActivationKind kind) { return kind != ActivationKind::Softmax; }

float sigmoid(float y);
float sigmoidDerivative(float y);
float hyperbolicTangent(float y);
float hyperbolicTangentDerivative(float y);
float relu(float y);
float reluDerivative(float y);
float leakyRelu(float y, float alpha);
float leakyReluDerivative(float y, float alpha);
float elu(float y, float alpha);
float eluDerivative(float y, float alpha);
float softplus(float y);
float softplusDerivative(float y);
float linear(float y);
float linearDerivative(float y);
float step(float y);
float stepDerivative(float y);
// Row-wise, computed as e^{Z_i − max Z} / Σ e^{Z_a − max Z} so large logits do not overflow.
Batch softmax(const Batch& logits);

// f(y) and f'(y) for one value of an element-wise kind; softmax throws std::invalid_argument.
float activate(ActivationKind kind, float y, float alpha);
float activationDerivative(ActivationKind kind, float y, float alpha);

// The batch pair: f(Y), and ∂E/∂Y from ∂E/∂f given Y and f(Y) (softmax: the Jacobian-vector
// product per row, ∂E/∂Z_j = f_j (∂E/∂f_j − Σ_i ∂E/∂f_i f_i)).
Batch activationForward(ActivationKind kind, const Batch& y, float alpha);
Batch activationBackward(ActivationKind kind, const Batch& y, const Batch& fy,
                         const Batch& gradOutput, float alpha);

// A layer applying one activation: f(Y), same shape in and out, no parameter.
class ActivationLayer final : public Layer {
public:
    explicit ActivationLayer(ActivationKind kind) : ActivationLayer(kind, defaultAlpha(kind)) {}
    ActivationLayer(ActivationKind kind, float alpha) : kind_(kind), alpha_(alpha) {}

    ActivationKind kind() const { return kind_; }
    float alpha() const { return alpha_; }

    std::string name() const override;
    Shape outputShape(const Shape& input) const override { return input; }
    Batch forward(const Batch& input) override;
    Batch backward(const Batch& gradOutput) override;
    std::unique_ptr<Layer> clone() const override;

private:
    ActivationKind kind_;
    float alpha_;
    Batch input_;  // Y (only its shape for ReLU and leaky ReLU, which keep nonNegative_)
    Batch output_; // f(Y), kept for softmax only
    std::vector<std::uint8_t> nonNegative_; // Y ≥ 0, one byte per value (ReLU, leaky ReLU)
};

} // namespace neurone
