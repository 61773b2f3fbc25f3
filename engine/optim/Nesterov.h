// Nesterov's accelerated gradient, in the course's momentum notation:
//   ω ← γω + t∇f(x − γω)          (the gradient is taken where momentum is about to carry x)
//   x ← x − ω
// update() only sees ∇f at the current point, so it keeps the usual equivalent form on the
// look-ahead point x̃ = x − γω (Sutskever et al. 2013; PyTorch and Keras do the same):
//   ω ← γω + t∇f(x̃)
//   x̃ ← x̃ − (γω + t∇f(x̃))
#pragma once

#include "optim/Optimizer.h"

namespace neurone {

template <typename Scalar>
class Nesterov final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    Nesterov(Scalar learningRate, Scalar gamma) : learningRate_(learningRate), gamma_(gamma) {}

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        if (velocity_.size() != gradient.size())
            velocity_ = Vec::Zero(gradient.size());
        velocity_ = gamma_ * velocity_ + learningRate_ * gradient;
        weight -= gamma_ * velocity_ + learningRate_ * gradient;
    }
    void reset() override { velocity_.resize(0); }
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<Nesterov>(learningRate_, gamma_);
    }

private:
    Scalar learningRate_;
    Scalar gamma_;
    Vec velocity_; // ω
};

} // namespace neurone
