// The optimiser interface: one method, update(gradient, weight), in the manner of tiny-dnn.
//   weight ← weight − Δ(gradient, state)
// Each optimiser keeps its own state (velocity, squared-gradient averages, step count),
// sized at the first call, so one instance serves one parameter tensor.
// Shapes: gradient and weight are flat vectors of the same length [n].
#pragma once

#include <Eigen/Dense>
#include <memory>

namespace neurone {

template <typename Scalar>
class Optimizer {
public:
    using Vec = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    virtual ~Optimizer() = default;

    virtual void update(const Eigen::Ref<const Vec>& gradient, Eigen::Ref<Vec> weight) = 0;
    // Forgets the state; the hyperparameters stay.
    virtual void reset() = 0;
    // A fresh optimiser with the same hyperparameters and no state.
    virtual std::unique_ptr<Optimizer> fresh() const = 0;
};

} // namespace neurone
