// A sequential network (seed 004, "Fully Connected & Séquentiel"): each layer feeds the next.
//   forward   a₀ = X,  a_k = layer_k(a_{k−1}),  output a_L
//   backward  g_L = ∂E/∂a_L,  g_{k−1} = layer_k.backward(g_k)   (accumulates every ∂E/∂θ)
//             computeGradients stops at the first layer with parameters and does not ask it
//             for g_0 = ∂E/∂X: nothing below needs it (backward() still returns it). Below the
//             lowest layer that is not frozen (Layer::setFrozen), nothing is computed at all.
//   step      θ ← θ − Δ(∂E/∂θ), one optimiser per parameter tensor θ (it holds that θ's state);
//             a frozen layer's θ is left as it is
// Shapes: X [samples × inputs]; output, target and ∂E/∂output [samples × outputs].
//
// Softmax with cross-entropy: for LossKind::CategoricalCrossEntropy, when the last layer is a
// softmax activation the loss is taken on the logits that enter it, fused and stable
// (∂E/∂a = (p − y*)/n), and backpropagation starts below it; forward() and predict() still
// give probabilities. Without a final softmax layer the network's output is the logits.
//
// Training mode (setTraining) switches the layers that act only while learning (dropout).
#pragma once

#include "core/Tensor.h"
#include "nn/Layer.h"
#include "nn/Loss.h"
#include "optim/OptimizerSettings.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace neurone {

class Sequential {
public:
    Sequential() = default;
    // A copy (a snapshot for the GUI) has its own layers and the same optimiser settings;
    // its optimisers start without state.
    Sequential(const Sequential& other);
    Sequential& operator=(const Sequential& other);
    Sequential(Sequential&&) noexcept = default;
    Sequential& operator=(Sequential&&) noexcept = default;
    ~Sequential() = default;

    Layer& add(std::unique_ptr<Layer> layer);
    std::size_t layerCount() const { return layers_.size(); }
    Layer& layer(std::size_t index) { return *layers_.at(index); }
    const Layer& layer(std::size_t index) const { return *layers_.at(index); }
    // Every layer's parameter tensors, first layer first.
    std::vector<ParameterView> parameters();
    std::size_t parameterCount() const;
    // Shape of one output sample; throws std::invalid_argument if a layer rejects its input.
    Shape outputShape(const Shape& input) const;

    // Re-draws every layer's parameters from one std::mt19937(seed), first layer first, and
    // drops the optimisers' state: the same seed always gives the same network.
    void initialize(std::uint32_t seed);

    Batch forward(const Batch& input);
    // Inference: the same computation as forward(), named as the panels use it.
    Batch predict(const Batch& input) { return forward(input); }
    Batch backward(const Batch& gradOutput);
    void zeroGradients();

    // Replaces the optimisers (their state is lost). Default: gradient descent, t = 0.01.
    void setOptimizer(const OptimizerSettings& settings);
    const OptimizerSettings& optimizerSettings() const { return optimizerSettings_; }
    // θ ← optimiser(∂E/∂θ, θ) for every parameter tensor, with the gradients as they are.
    void step();

    // Dropout layers drop inputs only in training mode; the default is inference mode.
    void setTraining(bool training);

    // Zeroes the gradients, runs forward, backpropagates ∂E/∂output and returns E: afterwards
    // every layer holds ∂E/∂θ for this batch (what the backpropagation inspector shows).
    float computeGradients(const Batch& input, const Batch& target, LossKind lossKind);
    // The same, also handing back what the loss took (`lossInput`: the output, or the logits
    // under a fused softmax), from which a trainer reads the predicted classes.
    float computeGradients(const Batch& input, const Batch& target, LossKind lossKind, Batch& lossInput);
    // computeGradients() then step(); returns E before the step.
    float trainBatch(const Batch& input, const Batch& target, LossKind lossKind);
    // E on a batch, gradients untouched.
    float evaluate(const Batch& input, const Batch& target, LossKind lossKind);
    float evaluate(const Batch& input, const Batch& target, LossKind lossKind, Batch& lossInput);

private:
    // How many leading layers produce what the loss takes (all, or all but a fused softmax).
    std::size_t layersBeforeLoss(LossKind lossKind) const;
    Batch forwardThrough(std::size_t count, const Batch& input);
    // With inputGradient false, only what the parameter gradients need (see the top).
    Batch backwardThrough(std::size_t count, const Batch& gradOutput, bool inputGradient);

    std::vector<std::unique_ptr<Layer>> layers_;
    OptimizerSettings optimizerSettings_;
    std::vector<std::unique_ptr<Optimizer<float>>> optimizers_; // one per parameter tensor
};

} // namespace neurone
