// Adam (Kingma & Ba), with bias correction; β1 0.9, β2 0.999, ε 1e-7 as in Keras.
//   m ← β1 m + (1 − β1) g          v ← β2 v + (1 − β2) g²
//   m̂ = m / (1 − β1ᵏ)              v̂ = v / (1 − β2ᵏ)
//   x ← x − t m̂ / (√v̂ + ε)
#pragma once

#include "optim/Optimizer.h"

#include <cmath>

namespace neurone {

template <typename Scalar>
class Adam final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    Adam(Scalar learningRate, Scalar beta1, Scalar beta2, Scalar epsilon)
        : learningRate_(learningRate), beta1_(beta1), beta2_(beta2), epsilon_(epsilon)
    {
    }

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        if (firstMoment_.size() != gradient.size()) {
            firstMoment_ = Vec::Zero(gradient.size());
            secondMoment_ = Vec::Zero(gradient.size());
            step_ = 0;
        }
        ++step_;
        firstMoment_ = beta1_ * firstMoment_ + (1 - beta1_) * gradient;
        secondMoment_ = beta2_ * secondMoment_ + (1 - beta2_) * gradient.cwiseAbs2();
        const Scalar correction1 = 1 - std::pow(beta1_, Scalar(step_));
        const Scalar correction2 = 1 - std::pow(beta2_, Scalar(step_));
        weight.array() -= learningRate_ * (firstMoment_.array() / correction1)
                          / ((secondMoment_.array() / correction2).sqrt() + epsilon_);
    }
    void reset() override
    {
        firstMoment_.resize(0);
        secondMoment_.resize(0);
        step_ = 0;
    }
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<Adam>(learningRate_, beta1_, beta2_, epsilon_);
    }

private:
    Scalar learningRate_;
    Scalar beta1_;
    Scalar beta2_;
    Scalar epsilon_;
    Vec firstMoment_;  // m
    Vec secondMoment_; // v
    long step_ = 0;    // k
};

} // namespace neurone
