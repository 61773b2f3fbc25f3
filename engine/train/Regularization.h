// L1 and L2 penalties on the weights (seed 004, "Regularization L1 Norm, L2 Norm"):
//   E' = E + α₁ Σ|w| + α₂ Σ w²
//   ∂E'/∂w = ∂E/∂w + α₁ sign(w) + 2 α₂ w        (sign(0) = 0)
// over every weight tensor W (dense and convolution kernels), not the biases — as Keras'
// kernel_regularizer. Shapes: each W as the layer holds it; the penalty is a number.
#pragma once

#include "nn/Sequential.h"

namespace neurone {

struct Penalty {
    double l1 = 0; // α₁
    double l2 = 0; // α₂

    bool active() const { return l1 > 0 || l2 > 0; }
};

double penaltyValue(Sequential& network, const Penalty& penalty);
// Adds α₁ sign(w) + 2 α₂ w to every weight's gradient (after computeGradients()).
void addPenaltyGradient(Sequential& network, const Penalty& penalty);

} // namespace neurone
