// Adagrad: each coordinate's step shrinks with the sum of its past squared gradients.
//   G ← G + g²
//   x ← x − t g / (√G + ε)
#pragma once

#include "optim/Optimizer.h"

namespace neurone {

template <typename Scalar>
class Adagrad final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    Adagrad(Scalar learningRate, Scalar epsilon) : learningRate_(learningRate), epsilon_(epsilon) {}

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        if (sumSquares_.size() != gradient.size())
            sumSquares_ = Vec::Zero(gradient.size());
        sumSquares_.array() += gradient.array().square();
        weight.array() -= learningRate_ * gradient.array() / (sumSquares_.array().sqrt() + epsilon_);
    }
    void reset() override { sumSquares_.resize(0); }
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<Adagrad>(learningRate_, epsilon_);
    }

private:
    Scalar learningRate_;
    Scalar epsilon_;
    Vec sumSquares_; // G
};

} // namespace neurone
