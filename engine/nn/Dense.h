// A fully connected layer (the course's "couche dense"): every output sums every input.
//   forward   Y = X W + b            Y_j = Σ_i w_ij x_i + b_j
//   backward  ∂E/∂W += Xᵀ dY        ∂E/∂b += Σ_rows dY        dX = dY Wᵀ
// Shapes: X [n × in], W [in × out], b [1 × out] (a row vector, added to every row),
//         Y and dY [n × out], dX [n × in].
// W's column j holds neuron j's weights, so W(i, j) is the course's w_ij (w_34 is W(2, 3)).
#pragma once

#include "nn/Layer.h"
#include "nn/WeightInit.h"

namespace neurone {

class Dense final : public Layer {
public:
    // Weights and biases start at zero; initialize() draws W and keeps b at zero (Keras).
    Dense(int inputs, int outputs, WeightInit init = WeightInit::GlorotUniform);

    int inputs() const { return int(weights_.rows()); }
    int outputs() const { return int(weights_.cols()); }
    WeightInit weightInit() const { return init_; }

    const Batch& weights() const { return weights_; }
    const Batch& bias() const { return bias_; }
    const Batch& weightGradient() const { return weightGradient_; }
    const Batch& biasGradient() const { return biasGradient_; }
    // Exact values, as panels and tests set the course's weights; throw std::invalid_argument
    // unless the shape is [in × out] (W) or [1 × out] (b).
    void setWeights(const Batch& weights);
    void setBias(const Batch& bias);

    std::string name() const override { return "dense"; }
    Shape outputShape(const Shape& input) const override;
    Batch forward(const Batch& input) override;
    Batch backward(const Batch& gradOutput) override;
    std::vector<ParameterView> parameters() override;
    std::size_t parameterCount() const override;
    void initialize(std::mt19937& rng) override;
    std::unique_ptr<Layer> clone() const override;

private:
    WeightInit init_;
    Batch weights_;        // W
    Batch bias_;           // b
    Batch weightGradient_; // ∂E/∂W
    Batch biasGradient_;   // ∂E/∂b
    Batch input_;          // X, cached for backward
};

} // namespace neurone
