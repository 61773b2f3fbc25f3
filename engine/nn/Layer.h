// The layer interface, in the manner of tiny-dnn: forward, backward, parameters, shapes.
//   forward:  Y = layer(X)                     X [samples × inputs] → Y [samples × outputs]
//   backward: given dY = ∂E/∂Y, return dX = ∂E/∂X and ACCUMULATE ∂E/∂θ into the gradients
//             (llm.c style: the caller zeroes them, so several batches can be summed).
// forward caches what backward needs, so backward refers to the latest forward call.
// When nothing consumes dX (the first layer with parameters, while training), the network
// switches inputGradientNeeded off: backward then accumulates ∂E/∂θ only and returns an empty
// batch, which for a dense or convolution layer saves a third or half of its backward work.
#pragma once

#include "core/Tensor.h"

#include <Eigen/Dense>
#include <cstddef>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace neurone {

// One parameter tensor of a layer (e.g. "W" or "b"), seen in place: a panel can show and edit
// every value, and the network feeds the optimiser with the two flat maps.
// Storage is row-major: element (r, c) is at r * cols + c.
struct ParameterView {
    std::string name;
    Eigen::Index rows = 0;
    Eigen::Index cols = 0;
    float* values = nullptr;
    float* gradients = nullptr;

    Eigen::Index size() const { return rows * cols; }
    Eigen::Map<Vector> value() const { return {values, size()}; }
    Eigen::Map<Vector> gradient() const { return {gradients, size()}; }
    Eigen::Map<Batch> valueMatrix() const { return {values, rows, cols}; }
    Eigen::Map<Batch> gradientMatrix() const { return {gradients, rows, cols}; }
};

class Layer {
public:
    virtual ~Layer() = default;

    // What the layer is: "dense", or an activation's name ("sigmoid", "relu", …).
    virtual std::string name() const = 0;
    // Shape of one output sample for one input sample of shape `input`;
    // throws std::invalid_argument when the layer cannot take that input.
    virtual Shape outputShape(const Shape& input) const = 0;

    virtual Batch forward(const Batch& input) = 0;
    virtual Batch backward(const Batch& gradOutput) = 0;

    // The trainable tensors, viewed in place (none by default). Views stay valid until the
    // layer is destroyed or its weights are resized.
    virtual std::vector<ParameterView> parameters() { return {}; }
    virtual std::size_t parameterCount() const { return 0; }
    // Draws fresh parameters from `rng` (nothing to draw by default).
    virtual void initialize(std::mt19937& /*rng*/) {}

    virtual std::unique_ptr<Layer> clone() const = 0;

    void zeroGradients()
    {
        for (const ParameterView& parameter : parameters())
            parameter.gradient().setZero();
    }

    // Transfer learning (Keras' trainable = False): the network's step() leaves a frozen
    // layer's parameters as they are; its gradients are still computed when a layer below
    // needs them. Copies (clone) keep the flag.
    bool frozen() const { return frozen_; }
    void setFrozen(bool frozen) { frozen_ = frozen; }

    // Whether backward() must return dX (the default). Layers without parameters ignore it.
    bool inputGradientNeeded() const { return inputGradientNeeded_; }
    void setInputGradientNeeded(bool needed) { inputGradientNeeded_ = needed; }

private:
    bool inputGradientNeeded_ = true;
    bool frozen_ = false;
};

} // namespace neurone
