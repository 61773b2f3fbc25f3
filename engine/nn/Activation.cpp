#include "nn/Activation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace neurone {

std::string_view activationName(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::Sigmoid: return "sigmoid";
    case ActivationKind::Tanh: return "tanh";
    case ActivationKind::ReLU: return "relu";
    case ActivationKind::LeakyReLU: return "leaky-relu";
    case ActivationKind::ELU: return "elu";
    case ActivationKind::Softplus: return "softplus";
    case ActivationKind::Linear: return "linear";
    case ActivationKind::Softmax: return "softmax";
    case ActivationKind::Step: return "step";
    }
    return "linear";
}

std::optional<ActivationKind> activationKindFromName(std::string_view name)
{
    for (const ActivationKind kind : allActivationKinds)
        if (activationName(kind) == name)
            return kind;
    return std::nullopt;
}

float defaultAlpha(ActivationKind kind)
{
    switch (kind) {
    case ActivationKind::LeakyReLU: return 0.01f;
    case ActivationKind::ELU: return 1.0f;
    default: return 0.0f;
    }
}

// Written so that e^x never overflows: for y < 0, 1/(1 + e^−y) = e^y / (1 + e^y).
float sigmoid(float y)
{
    if (y >= 0)
        return 1 / (1 + std::exp(-y));
    const float e = std::exp(y);
    return e / (1 + e);
}
float sigmoidDerivative(float y)
{
    const float f = sigmoid(y);
    return f * (1 - f);
}

float hyperbolicTangent(float y) { return std::tanh(y); }
float hyperbolicTangentDerivative(float y)
{
    const float f = std::tanh(y);
    return 1 - f * f;
}

float relu(float y) { return y >= 0 ? y : 0.0f; }
float reluDerivative(float y) { return y >= 0 ? 1.0f : 0.0f; }

float leakyRelu(float y, float alpha) { return y >= 0 ? y : alpha * y; }
float leakyReluDerivative(float y, float alpha) { return y >= 0 ? 1.0f : alpha; }

float elu(float y, float alpha) { return y >= 0 ? y : alpha * std::expm1(y); }
float eluDerivative(float y, float alpha) { return y >= 0 ? 1.0f : alpha * std::exp(y); }

// ln(e^y + 1) = max(y, 0) + ln(1 + e^−|y|), exact and free of overflow.
float softplus(float y) { return std::max(y, 0.0f) + std::log1p(std::exp(-std::abs(y))); }
float softplusDerivative(float y) { return sigmoid(y); }

float linear(float y) { return y; }
float linearDerivative(float /*y*/) { return 1.0f; }

float step(float y) { return y >= 0 ? 1.0f : 0.0f; }
float stepDerivative(float /*y*/) { return 0.0f; }

Batch softmax(const Batch& logits)
{
    Batch exponentials = (logits.colwise() - logits.rowwise().maxCoeff()).array().exp().matrix();
    const Eigen::VectorXf sums = exponentials.rowwise().sum();
    exponentials.array().colwise() /= sums.array();
    return exponentials;
}

float activate(ActivationKind kind, float y, float alpha)
{
    switch (kind) {
    case ActivationKind::Sigmoid: return sigmoid(y);
    case ActivationKind::Tanh: return hyperbolicTangent(y);
    case ActivationKind::ReLU: return relu(y);
    case ActivationKind::LeakyReLU: return leakyRelu(y, alpha);
    case ActivationKind::ELU: return elu(y, alpha);
    case ActivationKind::Softplus: return softplus(y);
    case ActivationKind::Linear: return linear(y);
    case ActivationKind::Step: return step(y);
    case ActivationKind::Softmax: break;
    }
    throw std::invalid_argument("softmax acts on a whole row, not on one value");
}

float activationDerivative(ActivationKind kind, float y, float alpha)
{
    switch (kind) {
    case ActivationKind::Sigmoid: return sigmoidDerivative(y);
    case ActivationKind::Tanh: return hyperbolicTangentDerivative(y);
    case ActivationKind::ReLU: return reluDerivative(y);
    case ActivationKind::LeakyReLU: return leakyReluDerivative(y, alpha);
    case ActivationKind::ELU: return eluDerivative(y, alpha);
    case ActivationKind::Softplus: return softplusDerivative(y);
    case ActivationKind::Linear: return linearDerivative(y);
    case ActivationKind::Step: return stepDerivative(y);
    case ActivationKind::Softmax: break;
    }
    throw std::invalid_argument("softmax has a Jacobian per row, not a derivative per value");
}

Batch activationForward(ActivationKind kind, const Batch& y, float alpha)
{
    if (kind == ActivationKind::Softmax)
        return softmax(y);
    return y.unaryExpr([kind, alpha](float v) { return activate(kind, v, alpha); });
}

Batch activationBackward(ActivationKind kind, const Batch& y, const Batch& fy,
                         const Batch& gradOutput, float alpha)
{
    if (gradOutput.rows() != y.rows() || gradOutput.cols() != y.cols())
        throw std::invalid_argument("activation backward: gradient shape differs from forward's");
    if (kind == ActivationKind::Softmax) {
        const Eigen::VectorXf projection = gradOutput.cwiseProduct(fy).rowwise().sum();
        return fy.cwiseProduct(gradOutput.colwise() - projection);
    }
    const Batch derivative =
        y.unaryExpr([kind, alpha](float v) { return activationDerivative(kind, v, alpha); });
    return gradOutput.cwiseProduct(derivative);
}

std::string ActivationLayer::name() const { return std::string(activationName(kind_)); }

Batch ActivationLayer::forward(const Batch& input)
{
    input_ = input;
    output_ = activationForward(kind_, input, alpha_);
    return output_;
}

Batch ActivationLayer::backward(const Batch& gradOutput)
{
    return activationBackward(kind_, input_, output_, gradOutput, alpha_);
}

std::unique_ptr<Layer> ActivationLayer::clone() const
{
    return std::make_unique<ActivationLayer>(*this);
}

} // namespace neurone
