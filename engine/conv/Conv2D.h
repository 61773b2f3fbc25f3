// A 2-D convolution layer (seed 003 "Couche convolution"; seed 004 "Convolutional layers"),
// computed as a correlation, as Keras and PyTorch do:
//   forward   Y[k] = Σ_c X[c] ⋆ W[k][c] + b[k]          (one bias per output map)
//   backward  ∂E/∂W[k][c] = X[c] ⋆ ∂E/∂Y[k]            ∂E/∂b[k] = Σ ∂E/∂Y[k]
//             ∂E/∂X[c] = Σ_k full convolution of ∂E/∂Y[k] with W[k][c] rotated 180°
// with stride S and padding (see ConvGeometry.h). Implemented with im2col: Y = W·cols + b.
// Shapes: X [n × C·H·W], Y [n × K·H_o·W_o] (channel-major rows);
//         W [K × C·F_h·F_w] (row k: filter k, channel by channel, row by row); b [1 × K].
#pragma once

#include "conv/ConvGeometry.h"
#include "nn/Layer.h"
#include "nn/WeightInit.h"

namespace neurone {

class Conv2D final : public Layer {
public:
    // Throws std::invalid_argument when the kernel cannot slide over the input that way.
    Conv2D(Shape input, int filters, int kernelHeight, int kernelWidth, int stride = 1,
           Padding padding = Padding::valid(), WeightInit init = WeightInit::HeUniform);

    Shape inputShape() const { return input_; }
    Shape outputShape() const { return {filters(), geometry_.rows.output, geometry_.cols.output}; }
    int filters() const { return int(kernels_.rows()); }
    const WindowGeometry& geometry() const { return geometry_; }

    const Batch& kernels() const { return kernels_; }
    const Batch& bias() const { return bias_; }
    const Batch& kernelGradient() const { return kernelGradient_; }
    const Batch& biasGradient() const { return biasGradient_; }
    void setKernels(const Batch& kernels); // [K × C·F_h·F_w]
    void setBias(const Batch& bias);       // [1 × K]

    std::string name() const override { return "conv2d"; }
    Shape outputShape(const Shape& input) const override;
    Batch forward(const Batch& input) override;
    Batch backward(const Batch& gradOutput) override;
    std::vector<ParameterView> parameters() override;
    std::size_t parameterCount() const override;
    void initialize(std::mt19937& rng) override;
    std::unique_ptr<Layer> clone() const override;

private:
    Shape input_;
    WindowGeometry geometry_;
    WeightInit init_;
    Batch kernels_;
    Batch bias_;
    Batch kernelGradient_;
    Batch biasGradient_;
    Batch cachedInput_;
};

} // namespace neurone
