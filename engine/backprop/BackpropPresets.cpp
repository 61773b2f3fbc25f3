#include "backprop/BackpropPresets.h"

namespace neurone {

namespace {

BackpropPreset courseBinaryClassification()
{
    BackpropPreset preset;
    preset.id = "course-bce";
    TinyArchitecture architecture;
    architecture.sizes = {3, 4, 1};
    architecture.activations = {ActivationKind::Sigmoid, ActivationKind::Sigmoid};
    architecture.loss = LossKind::BinaryCrossEntropy;
    preset.network = makeTinyNetwork(architecture);
    preset.network.weights[0] << 0.179f, -0.186f, -0.008f, -0.448f, //
        0.044f, -0.028f, -0.063f, -0.131f,                           //
        0.01f, -0.035f, -0.004f, 0.088f;
    preset.network.weights[1] << 0.09f, -0.171f, 0.005f, -0.04f; // ψ1 … ψ4
    preset.network.learningRate = 0.001;
    // The course's table: the first three rows and the last one it shows.
    preset.inputs.resize(4, 3);
    preset.inputs << 5, 6, 6, //
        5, 5, 6,              //
        7, 8, 10,             //
        7, 7, 9;
    preset.targets.resize(4, 1);
    preset.targets << 0, 0, 1, 1;
    preset.observation = 2;
    return preset;
}

BackpropPreset exclusiveOr()
{
    BackpropPreset preset;
    preset.id = "xor";
    TinyArchitecture architecture;
    architecture.sizes = {2, 2, 1};
    architecture.activations = {ActivationKind::Sigmoid, ActivationKind::Sigmoid};
    architecture.loss = LossKind::MSE;
    architecture.useBias = false;
    preset.seed = xorWeightSeed;
    preset.network = makeTinyNetwork(architecture, preset.seed);
    preset.network.learningRate = 0.5;
    preset.network.momentum = 0.5;
    preset.inputs.resize(4, 2);
    preset.inputs << 0, 0, 0, 1, 1, 0, 1, 1;
    preset.targets.resize(4, 1);
    preset.targets << 0, 1, 1, 0;
    return preset;
}

} // namespace

std::vector<std::string> backpropPresetIds() { return {"course-bce", "xor"}; }

std::optional<BackpropPreset> backpropPreset(std::string_view id)
{
    if (id == "course-bce")
        return courseBinaryClassification();
    if (id == "xor")
        return exclusiveOr();
    return std::nullopt;
}

} // namespace neurone
