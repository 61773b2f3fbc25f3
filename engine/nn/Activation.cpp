#include "nn/Activation.h"

#include "core/Parallel.h"

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

namespace {

// out_i = f(y_i). The kind is chosen once per batch, outside the loop, so that f inlines and
// the simple kinds (ReLU, leaky ReLU, linear, step) vectorise.
// Large batches (convolution maps) are shared among the threads, a block of values each.
constexpr Eigen::Index valuesPerChunk = 1 << 15;

template <typename F>
Batch mapValues(const Batch& y, F f)
{
    Batch out(y.rows(), y.cols());
    const float* in = y.data();
    float* o = out.data();
    parallelChunks(y.size(), valuesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        for (Eigen::Index i = first; i < last; ++i)
            o[i] = f(in[i]);
    });
    return out;
}

// dX_i = dY_i · f'(y_i).
template <typename F>
Batch timesDerivative(const Batch& y, const Batch& gradOutput, F derivative)
{
    Batch out(y.rows(), y.cols());
    const float* in = y.data();
    const float* dY = gradOutput.data();
    float* o = out.data();
    parallelChunks(y.size(), valuesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        for (Eigen::Index i = first; i < last; ++i)
            o[i] = dY[i] * derivative(in[i]);
    });
    return out;
}

} // namespace

Batch activationForward(ActivationKind kind, const Batch& y, float alpha)
{
    switch (kind) {
    case ActivationKind::Sigmoid: return mapValues(y, [](float v) { return sigmoid(v); });
    case ActivationKind::Tanh: return mapValues(y, [](float v) { return hyperbolicTangent(v); });
    case ActivationKind::ReLU: return mapValues(y, [](float v) { return relu(v); });
    case ActivationKind::LeakyReLU: return mapValues(y, [alpha](float v) { return leakyRelu(v, alpha); });
    case ActivationKind::ELU: return mapValues(y, [alpha](float v) { return elu(v, alpha); });
    case ActivationKind::Softplus: return mapValues(y, [](float v) { return softplus(v); });
    case ActivationKind::Linear: return y;
    case ActivationKind::Step: return mapValues(y, [](float v) { return step(v); });
    case ActivationKind::Softmax: break;
    }
    return softmax(y);
}

Batch activationBackward(ActivationKind kind, const Batch& y, const Batch& fy,
                         const Batch& gradOutput, float alpha)
{
    if (gradOutput.rows() != y.rows() || gradOutput.cols() != y.cols())
        throw std::invalid_argument("activation backward: gradient shape differs from forward's");
    switch (kind) {
    case ActivationKind::Sigmoid: return timesDerivative(y, gradOutput, [](float v) { return sigmoidDerivative(v); });
    case ActivationKind::Tanh:
        return timesDerivative(y, gradOutput, [](float v) { return hyperbolicTangentDerivative(v); });
    case ActivationKind::ReLU: return timesDerivative(y, gradOutput, [](float v) { return reluDerivative(v); });
    case ActivationKind::LeakyReLU:
        return timesDerivative(y, gradOutput, [alpha](float v) { return leakyReluDerivative(v, alpha); });
    case ActivationKind::ELU:
        return timesDerivative(y, gradOutput, [alpha](float v) { return eluDerivative(v, alpha); });
    case ActivationKind::Softplus:
        return timesDerivative(y, gradOutput, [](float v) { return softplusDerivative(v); });
    case ActivationKind::Linear: return timesDerivative(y, gradOutput, [](float v) { return linearDerivative(v); });
    case ActivationKind::Step: return timesDerivative(y, gradOutput, [](float v) { return stepDerivative(v); });
    case ActivationKind::Softmax: break;
    }
    const Eigen::VectorXf projection = gradOutput.cwiseProduct(fy).rowwise().sum();
    return fy.cwiseProduct(gradOutput.colwise() - projection);
}

std::string ActivationLayer::name() const { return std::string(activationName(kind_)); }

namespace {

// The kinds whose f' depends only on whether Y ≥ 0 (1 or α): their layer keeps that sign as
// one byte per value instead of Y, a quarter of the memory traffic on large convolution maps.
bool derivativeFromSign(ActivationKind kind)
{
    return kind == ActivationKind::ReLU || kind == ActivationKind::LeakyReLU;
}

} // namespace

Batch ActivationLayer::forward(const Batch& input)
{
    if (!derivativeFromSign(kind_)) {
        input_ = input;
        Batch output = activationForward(kind_, input, alpha_);
        if (kind_ == ActivationKind::Softmax)
            output_ = output; // only softmax's backward needs f(Y); the others need Y alone
        return output;
    }
    input_.resize(input.rows(), input.cols()); // only the shape is kept
    nonNegative_.resize(std::size_t(input.size()));
    Batch output(input.rows(), input.cols());
    const float* y = input.data();
    float* f = output.data();
    std::uint8_t* sign = nonNegative_.data();
    // f(y) = y for y ≥ 0, else s·y (s = 0 for ReLU, α for leaky ReLU); branch-free and with
    // restrict pointers so that the compiler vectorises it (a byte store may alias anything).
    const bool relu = kind_ == ActivationKind::ReLU;
    const float slope = relu ? 0.0f : alpha_;
    parallelChunks(input.size(), valuesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        const float* __restrict in = y + first;
        float* __restrict out = f + first;
        std::uint8_t* __restrict nonNegative = sign + first;
        const Eigen::Index n = last - first;
        const float negativeSlope = slope; // locals: a byte store may alias the captures
        if (relu) {
            for (Eigen::Index i = 0; i < n; ++i) {
                const float v = in[i];
                nonNegative[i] = v >= 0;
                out[i] = v >= 0 ? v : 0.0f; // relu(NaN) = 0, as relu() gives
            }
        } else {
            for (Eigen::Index i = 0; i < n; ++i) {
                const float v = in[i];
                nonNegative[i] = v >= 0;
                out[i] = v >= 0 ? v : negativeSlope * v;
            }
        }
    });
    return output;
}

Batch ActivationLayer::backward(const Batch& gradOutput)
{
    if (!derivativeFromSign(kind_))
        return activationBackward(kind_, input_, output_, gradOutput, alpha_);
    if (gradOutput.rows() != input_.rows() || gradOutput.cols() != input_.cols())
        throw std::invalid_argument("activation backward: gradient shape differs from forward's");
    Batch gradInput(gradOutput.rows(), gradOutput.cols());
    const float* dY = gradOutput.data();
    float* dX = gradInput.data();
    const std::uint8_t* sign = nonNegative_.data();
    const float slope = kind_ == ActivationKind::ReLU ? 0.0f : alpha_;
    parallelChunks(gradOutput.size(), valuesPerChunk, [&](Eigen::Index, Eigen::Index first, Eigen::Index last) {
        const float* __restrict g = dY + first;
        float* __restrict out = dX + first;
        const std::uint8_t* __restrict nonNegative = sign + first;
        const float negativeSlope = slope;
        const Eigen::Index n = last - first;
        // f'(y) = 1 if y ≥ 0, else 0 (relu) or α; for relu a product with the 0/1 byte, which
        // vectorises where a branch does not.
        if (negativeSlope == 0.0f)
            for (Eigen::Index i = 0; i < n; ++i)
                out[i] = g[i] * float(nonNegative[i]);
        else
            for (Eigen::Index i = 0; i < n; ++i)
                out[i] = g[i] * (nonNegative[i] ? 1.0f : negativeSlope);
    });
    return gradInput;
}

std::unique_ptr<Layer> ActivationLayer::clone() const
{
    return std::make_unique<ActivationLayer>(*this);
}

} // namespace neurone
