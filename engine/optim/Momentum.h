// Momentum, exactly as the course writes it (seed 000, "La quantité de mouvement"):
//   ω ← γω + t∇f(x)
//   x ← x − ω
// with ω₀ = 0. With γ = 0 it is plain gradient descent.
#pragma once

#include "optim/Optimizer.h"

namespace neurone {

template <typename Scalar>
class Momentum final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    Momentum(Scalar learningRate, Scalar gamma) : learningRate_(learningRate), gamma_(gamma) {}

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        if (velocity_.size() != gradient.size())
            velocity_ = Vec::Zero(gradient.size());
        velocity_ = gamma_ * velocity_ + learningRate_ * gradient;
        weight -= velocity_;
    }
    void reset() override { velocity_.resize(0); }
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<Momentum>(learningRate_, gamma_);
    }

private:
    Scalar learningRate_;
    Scalar gamma_;
    Vec velocity_; // ω
};

} // namespace neurone
