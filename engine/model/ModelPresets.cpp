#include "model/ModelPresets.h"

#include <algorithm>

namespace neurone {

namespace {

LayerSpec dense(int units) { return {LayerKind::Dense, units}; }
LayerSpec activation(ActivationKind kind) { return {.kind = LayerKind::Activation, .activation = kind}; }
LayerSpec flatten() { return {.kind = LayerKind::Flatten}; }
LayerSpec dropout(float rate) { return {.kind = LayerKind::Dropout, .rate = rate}; }
LearningRateSchedule cosineDecay() { return {.decay = LearningRateDecay::Cosine}; }
LearningRateSchedule stepDecay(int epochs, double factor)
{
    return {.decay = LearningRateDecay::Step, .stepEpochs = epochs, .stepFactor = factor};
}

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
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.01);
        recipe.batchSize = 128;
        recipe.epochs = 20;
        recipe.schedule = cosineDecay();
        break;
    case ModelPreset::Mlp:
        recipe.layers = {flatten(), dense(128), activation(ActivationKind::ReLU)};
        if (dropoutRate > 0)
            recipe.layers.push_back(dropout(dropoutRate));
        recipe.layers.insert(recipe.layers.end(), {dense(classes), activation(softmax)});
        recipe.optimizer = optimizer(OptimizerKind::Momentum, 0.05, 0.9);
        recipe.batchSize = 32;
        recipe.epochs = 40;
        recipe.schedule = cosineDecay();
        break;
    case ModelPreset::Cnn:
        recipe.layers = {{.kind = LayerKind::Conv2D, .units = 16, .size = 3}, activation(ActivationKind::ReLU),
                         {.kind = LayerKind::MaxPool, .size = 2}, flatten()};
        if (dropoutRate > 0)
            recipe.layers.push_back(dropout(dropoutRate));
        recipe.layers.insert(recipe.layers.end(), {dense(classes), activation(softmax)});
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.0025);
        recipe.batchSize = 12;
        recipe.epochs = 3;
        recipe.schedule = stepDecay(1, 0.3);
        break;
    case ModelPreset::Xor:
        recipe.layers = {dense(2), activation(ActivationKind::Sigmoid), dense(1), activation(ActivationKind::Sigmoid)};
        recipe.loss = LossKind::MSE;
        recipe.optimizer = optimizer(OptimizerKind::Momentum, 5.0, 0.8);
        recipe.batchSize = 4;
        recipe.epochs = 2000;
        recipe.initialWeightScale = 0.4f;
        break;
    case ModelPreset::Toy:
        recipe.layers = {dense(16), activation(ActivationKind::Tanh), dense(16), activation(ActivationKind::Tanh),
                         dense(classes), activation(softmax)};
        recipe.optimizer = optimizer(OptimizerKind::Adam, 0.03);
        recipe.batchSize = 16;
        recipe.epochs = 500;
        break;
    }
    return recipe;
}

std::variant<Model, std::string> makePresetModel(const PresetRecipe& recipe, Shape input,
                                                 std::vector<std::string> classNames, std::uint32_t seed)
{
    auto made = makeModel(recipe.layers, input, std::move(classNames), seed);
    if (auto* model = std::get_if<Model>(&made))
        for (const ParameterView& tensor : model->network.parameters())
            std::for_each(tensor.values, tensor.values + tensor.size(),
                          [&](float& w) { w *= recipe.initialWeightScale; });
    return made;
}

TrainingSettings trainingSettings(const PresetRecipe& recipe)
{
    TrainingSettings settings;
    settings.loss = recipe.loss;
    settings.optimizer = recipe.optimizer;
    settings.batchSize = recipe.batchSize;
    settings.epochs = recipe.epochs;
    settings.l2 = recipe.l2;
    settings.schedule = recipe.schedule;
    return settings;
}

} // namespace neurone
