#include "nn/Dropout.h"

#include <stdexcept>

namespace neurone {

Dropout::Dropout(float rate, std::uint32_t seed) : rate_(rate), rng_(seed)
{
    if (!(rate >= 0.0f && rate < 1.0f))
        throw std::invalid_argument("dropout: the rate must be at least 0 and less than 1");
}

Batch Dropout::forward(const Batch& input)
{
    if (!training_ || rate_ == 0.0f) {
        mask_.resize(0, 0);
        return input;
    }
    const float keep = 1.0f / (1.0f - rate_);
    mask_.resize(input.rows(), input.cols());
    for (Eigen::Index i = 0; i < mask_.size(); ++i) {
        const float u = float(rng_() >> 8) * 0x1p-24f; // U[0, 1), as randomUnit()
        mask_.data()[i] = u < rate_ ? 0.0f : keep;
    }
    return input.cwiseProduct(mask_);
}

Batch Dropout::backward(const Batch& gradOutput)
{
    if (mask_.size() == 0)
        return gradOutput;
    if (gradOutput.rows() != mask_.rows() || gradOutput.cols() != mask_.cols())
        throw std::invalid_argument("dropout: dY does not match the latest forward");
    return gradOutput.cwiseProduct(mask_);
}

} // namespace neurone
