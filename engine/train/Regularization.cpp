#include "train/Regularization.h"

namespace neurone {

namespace {

bool isWeight(const ParameterView& tensor) { return tensor.name == "W"; }

} // namespace

double penaltyValue(Sequential& network, const Penalty& penalty)
{
    double sum = 0;
    for (const ParameterView& tensor : network.parameters())
        if (isWeight(tensor))
            sum += penalty.l1 * double(tensor.value().cwiseAbs().sum())
                   + penalty.l2 * double(tensor.value().squaredNorm());
    return sum;
}

void addPenaltyGradient(Sequential& network, const Penalty& penalty)
{
    const float l1 = float(penalty.l1), twiceL2 = float(2 * penalty.l2);
    for (const ParameterView& tensor : network.parameters())
        if (isWeight(tensor))
            tensor.gradient().array() += l1 * tensor.value().array().sign() + twiceL2 * tensor.value().array();
}

} // namespace neurone
