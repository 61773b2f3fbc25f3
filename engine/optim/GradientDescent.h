// Plain gradient descent (SGD when the gradient comes from a batch):
//   x ← x − t ∇f(x)
#pragma once

#include "optim/Optimizer.h"

namespace neurone {

template <typename Scalar>
class GradientDescent final : public Optimizer<Scalar> {
public:
    using Vec = typename Optimizer<Scalar>::Vec;

    explicit GradientDescent(Scalar learningRate) : learningRate_(learningRate) {}

    void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) override
    {
        weight -= learningRate_ * gradient;
    }
    void reset() override {}
    std::unique_ptr<Optimizer<Scalar>> fresh() const override
    {
        return std::make_unique<GradientDescent>(learningRate_);
    }

private:
    Scalar learningRate_;
};

} // namespace neurone
