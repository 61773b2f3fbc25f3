// Dropout (seed 004, "Regularization Dropout"): while training, each input is dropped with
// probability p (the dropout rate), and the kept ones are scaled by 1/(1 − p) ("inverted
// dropout", as Keras does), so nothing changes at inference:
//   training   m_ij = 1/(1 − p) with probability 1 − p, else 0     Y = X ⊙ m    dX = dY ⊙ m
//   inference  Y = X                                               dX = dY
// The mask is drawn from the layer's own std::mt19937 (raw draws, see PortableRandom.h),
// seeded by initialize(): a network seed gives the same masks on every machine. A copy of the
// layer continues the same sequence, so a copy draws the same next mask (gradient checks).
// Shapes: X, Y, m, dY, dX [n × d]; no parameter.
#pragma once

#include "nn/Layer.h"

namespace neurone {

class Dropout final : public Layer {
public:
    // Throws std::invalid_argument unless 0 ≤ rate < 1.
    explicit Dropout(float rate, std::uint32_t seed = 1);

    float rate() const { return rate_; }
    bool training() const { return training_; }
    // Training mode draws masks; inference mode (the default) passes values through.
    void setTraining(bool training) { training_ = training; }
    // The latest training mask (empty after an inference forward).
    const Batch& mask() const { return mask_; }

    std::string name() const override { return "dropout"; }
    Shape outputShape(const Shape& input) const override { return input; }
    Batch forward(const Batch& input) override;
    Batch backward(const Batch& gradOutput) override;
    // Reseeds the mask generator from `rng` (no parameter to draw).
    void initialize(std::mt19937& rng) override { rng_.seed(rng()); }
    std::unique_ptr<Layer> clone() const override { return std::make_unique<Dropout>(*this); }

private:
    float rate_;
    bool training_ = false;
    std::mt19937 rng_;
    Batch mask_; // m
};

} // namespace neurone
