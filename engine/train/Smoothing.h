// The per-batch loss and accuracy curves, smoothed as TensorBoard does: an exponential moving
// average corrected for its start,
//   m_k = β m_{k−1} + (1 − β) x_k,   m_0 = 0,   s_k = m_k / (1 − β^k)
// so the first value is x_1 itself and later values follow the last ~1/(1 − β) batches.
#pragma once

#include <cmath>

namespace neurone {

class ExponentialSmoothing {
public:
    explicit ExponentialSmoothing(double beta = 0.9) : beta_(beta) {}

    // Takes x_k and returns s_k.
    double add(double x)
    {
        mean_ = beta_ * mean_ + (1 - beta_) * x;
        weight_ *= beta_; // β^k
        return mean_ / (1 - weight_);
    }
    void reset()
    {
        mean_ = 0;
        weight_ = 1;
    }

private:
    double beta_;
    double mean_ = 0;
    double weight_ = 1;
};

} // namespace neurone
