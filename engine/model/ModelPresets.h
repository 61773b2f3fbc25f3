// The ready-made models of the training lessons, with the training settings they learn with:
//   softmax  flatten → dense K → softmax                      seed 000's digit model (784→10)
//   mlp      flatten → dense 128 → relu → [dropout r] → dense K → softmax
//   cnn      conv2d 3x3x16 → relu → maxpool 2 → flatten → [dropout r] → dense K → softmax
//            (seed 002's Keras CNN with 16 filters instead of 64)
//   xor      dense 2 → sigmoid → dense 1 → sigmoid             seed 000's XOR network, MSE
//   toy      dense 8 → tanh → dense 8 → tanh → dense K → softmax   for the 2-D toy sets
// K is the dataset's number of classes. Dropout appears only when r > 0.
// Training settings, tuned on the MNIST digits (8,000 / 2,000) and Fashion-MNIST:
//   softmax  Adam t = 0.005, batches of 128, 5 epochs      ≈ 91 % test (93 % train)
//   mlp      Adam t = 0.003, batches of 128, 20 epochs, dropout 0.2   ≈ 95.5–96 % test
//   cnn      Adam t = 0.002, batches of 32, 3 epochs       ≈ 89.4 % test on Fashion-MNIST
//   xor      momentum t = 1, γ = 0.9, the 4 points, 2000 epochs (MSE < 0.01 by epoch ~160)
//   toy      Adam t = 0.01, batches of 16, 200 epochs
#pragma once

#include "model/LayerList.h"
#include "nn/Loss.h"
#include "optim/OptimizerSettings.h"

#include <array>
#include <optional>
#include <string_view>

namespace neurone {

enum class ModelPreset { Softmax, Mlp, Cnn, Xor, Toy };

inline constexpr std::array allModelPresets = {ModelPreset::Softmax, ModelPreset::Mlp, ModelPreset::Cnn,
                                               ModelPreset::Xor, ModelPreset::Toy};

// "softmax", "mlp", "cnn", "xor", "toy".
std::string_view modelPresetName(ModelPreset preset);
std::optional<ModelPreset> modelPresetFromName(std::string_view name);
constexpr bool takesDropout(ModelPreset preset) { return preset == ModelPreset::Mlp || preset == ModelPreset::Cnn; }
// The rate a preset is trained with unless told otherwise: 0.2 for mlp, else 0.
constexpr float defaultDropoutRate(ModelPreset preset) { return preset == ModelPreset::Mlp ? 0.2f : 0.0f; }

struct PresetRecipe {
    std::vector<LayerSpec> layers;
    LossKind loss = LossKind::CategoricalCrossEntropy;
    OptimizerSettings optimizer;
    int batchSize = 32;
    int epochs = 5;
};

// The preset for `classes` classes (xor: 2, one sigmoid output) with dropout rate r.
PresetRecipe presetRecipe(ModelPreset preset, int classes, float dropoutRate = 0);

} // namespace neurone
