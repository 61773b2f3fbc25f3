// The ready-made models of the training lessons, with the training settings they learn with:
//   softmax  flatten → dense K → softmax                      seed 000's digit model (784→10)
//   mlp      flatten → dense 128 → relu → [dropout r] → dense K → softmax
//   cnn      conv2d 3x3x16 → relu → maxpool 2 → flatten → [dropout r] → dense K → softmax
//            (seed 002's Keras CNN with 16 filters instead of 64)
//   xor      dense 2 → sigmoid → dense 1 → sigmoid             seed 000's XOR network, MSE
//   toy      dense 16 → tanh → dense 16 → tanh → dense K → softmax   for the 2-D toy sets
// K is the dataset's number of classes. Dropout appears only when r > 0.
// Training settings, tuned on the MNIST digits (8,000 / 2,000, a tenth of the 8,000 held out
// for validation) and Fashion-MNIST (60,000 / 10,000); test accuracy for seeds 1 / 2 / 3 / 4:
//   softmax  Adam t = 0.01, batches of 128, 20 epochs, cosine decay   91.20 / 91.35 / 91.25 / 91.25 %
//            (a linear model: no setting found gets past ≈ 91.4 % on these 2,000 test digits)
//   mlp      momentum t = 0.05, γ = 0.9, batches of 32, 40 epochs, cosine decay, dropout 0.2
//                                                               96.30 / 96.15 / 96.10 / 95.80 %
//   cnn      Adam t = 0.0025, batches of 12, 3 epochs, t × 0.3 each epoch (step decay)
//                                                               90.12 / 90.09 / 89.99 / 90.14 % on Fashion-MNIST
//   xor      first weights × 0.4, momentum t = 5, γ = 0.8, the 4 points, 2000 epochs (MSE < 0.01
//            by epoch 154 for seed 1; 97 of the seeds 1..100 get there, median epoch 133:
//            bench_xor_seeds)
//   toy      Adam t = 0.03, batches of 16, 500 epochs (16 tanh units per layer: the spirals)
// (cosine and step decay: TrainingSettings.h)
#pragma once

#include "model/LayerList.h"
#include "model/Model.h"
#include "nn/Loss.h"
#include "optim/OptimizerSettings.h"
#include "train/TrainingSettings.h"

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>
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
    double l2 = 0; // α₂
    LearningRateSchedule schedule;
    // The drawn first weights × this (xor: 0.4 — small weights keep the sigmoids out of their
    // flat ends, so fewer seeds start in a local minimum).
    float initialWeightScale = 1;
};

// The preset for `classes` classes (xor: 2, one sigmoid output) with dropout rate r.
PresetRecipe presetRecipe(ModelPreset preset, int classes, float dropoutRate = 0);
// The recipe's network on `input`, its weights drawn from `seed` then scaled; or why it cannot
// be built (makeModel's reason).
std::variant<Model, std::string> makePresetModel(const PresetRecipe& recipe, Shape input,
                                                 std::vector<std::string> classNames, std::uint32_t seed);
// The recipe's training settings: loss, optimiser, batch size, epochs, L2, schedule (seed 1).
TrainingSettings trainingSettings(const PresetRecipe& recipe);

} // namespace neurone
