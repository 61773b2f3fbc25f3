// RMSprop: Adagrad with a forgetting average of squared gradients.
//   E ← ρE + (1 − ρ)g²
//   x ← x − t g / (√E + ε)
#pragma once

#include "optim/Optimizer.h"

namespace neurone {

template <typename Scalar>
class RMSprop final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    RMSprop(Scalar learningRate, Scalar rho, Scalar epsilon)
        : learningRate_(learningRate), rho_(rho), epsilon_(epsilon)
    {
    }

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        if (meanSquares_.size() != gradient.size())
            meanSquares_ = Vec::Zero(gradient.size());
        meanSquares_ = rho_ * meanSquares_ + (1 - rho_) * gradient.cwiseAbs2();
        weight.array() -= learningRate_ * gradient.array() / (meanSquares_.array().sqrt() + epsilon_);
    }
    void reset() override { meanSquares_.resize(0); }
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<RMSprop>(learningRate_, rho_, epsilon_);
    }

private:
    Scalar learningRate_;
    Scalar rho_;
    Scalar epsilon_;
    Vec meanSquares_; // E
};

} // namespace neurone
