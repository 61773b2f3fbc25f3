#include "model/ModelPresets.h"

namespace neurone {

namespace {

LayerSpec dense(int units) { return {LayerKind::Dense, units}; }
LayerSpec activation(ActivationKind kind) { return {.kind = LayerKind::Activation, .activation = kind}; }
LayerSpec flatten() { return {.kind = LayerKind::Flatten}; }
LayerSpec dropout(float rate) { return {.kind = LayerKind::Dropout, .rate = rate}; }

OptimizerSettings optimizer(OptimizerKind kind, double learningRate, double momentum = 0.9)
{
    OptimizerSettings settings;
    settings.kind = kind;
    settings.learningRate = learningRate;
    settings.momentum = momentum;
    return settings;
}

} // namespace

std::string_view modelPresetName(ModelPreset preset)
{
    switch (preset) {
    case ModelPreset::Softmax: return "softmax";
    case ModelPreset::Mlp: return "mlp";
    case ModelPreset::Cnn: return "cnn";
    case ModelPreset::Xor: return "xor";
    case ModelPreset::Toy: return "toy";
    }
    return "?";
}

std::optional<ModelPreset> modelPresetFromName(std::string_view name)
{
    for (const ModelPreset preset : allModelPresets)
        if (modelPresetName(preset) == name)
            return preset;
    return std::nullopt;
}

PresetRecipe presetRecipe(ModelPreset preset, int classes, float dropoutRate)
{
    const ActivationKind softmax = ActivationKind::Softmax;
    PresetRecipe recipe;
    switch (preset) {
    case ModelPreset::Softmax:
        recipe.layers = {flatten(), dense(classes), activation(softmax)};
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.005);
        recipe.batchSize = 128;
        recipe.epochs = 5;
        break;
    case ModelPreset::Mlp:
        recipe.layers = {flatten(), dense(128), activation(ActivationKind::ReLU)};
        if (dropoutRate > 0)
            recipe.layers.push_back(dropout(dropoutRate));
        recipe.layers.insert(recipe.layers.end(), {dense(classes), activation(softmax)});
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.003);
        recipe.batchSize = 128;
        recipe.epochs = 20;
        break;
    case ModelPreset::Cnn:
        recipe.layers = {{.kind = LayerKind::Conv2D, .units = 16, .size = 3}, activation(ActivationKind::ReLU),
                         {.kind = LayerKind::MaxPool, .size = 2}, flatten()};
        if (dropoutRate > 0)
            recipe.layers.push_back(dropout(dropoutRate));
        recipe.layers.insert(recipe.layers.end(), {dense(classes), activation(softmax)});
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.002);
        recipe.batchSize = 32;
        recipe.epochs = 3;
        break;
    case ModelPreset::Xor:
        recipe.layers = {dense(2), activation(ActivationKind::Sigmoid), dense(1), activation(ActivationKind::Sigmoid)};
        recipe.loss = LossKind::MSE;
        recipe.optimizer = optimizer(OptimizerKind::Momentum, 1.0, 0.9);
        recipe.batchSize = 4;
        recipe.epochs = 2000;
        break;
    case ModelPreset::Toy:
        recipe.layers = {dense(8), activation(ActivationKind::Tanh), dense(8), activation(ActivationKind::Tanh),
                         dense(classes), activation(softmax)};
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.01);
        recipe.batchSize = 16;
        recipe.epochs = 200;
        break;
    }
    return recipe;
}

} // namespace neurone
