#include "model/TrainingPlan.h"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>

namespace neurone {

namespace {

std::optional<double> numberIn(const std::string& text, double low, double high)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < low
        || value > high)
        return std::nullopt;
    return value;
}

} // namespace

ModelPreset defaultPreset(DatasetKind kind)
{
    if (kind == DatasetKind::Xor || kind == DatasetKind::Or)
        return ModelPreset::Xor;
    if (isToySet(kind))
        return ModelPreset::Toy;
    return kind == DatasetKind::Mnist ? ModelPreset::Softmax : ModelPreset::Cnn;
}

LossKind defaultLoss(const std::vector<LayerSpec>& layers)
{
    const bool softmax = !layers.empty() && layers.back().kind == LayerKind::Activation
                         && layers.back().activation == ActivationKind::Softmax;
    return softmax ? LossKind::CategoricalCrossEntropy : LossKind::MSE;
}

TrainingSettings savedSettings(const std::vector<std::pair<std::string, std::string>>& saved,
                               const std::vector<LayerSpec>& layers)
{
    std::map<std::string, std::string> value(saved.begin(), saved.end());
    TrainingSettings s;
    s.loss = lossKindFromName(value["loss"]).value_or(defaultLoss(layers));
    s.optimizer = {OptimizerKind::Adam, 0.001};
    s.batchSize = 32;
    s.epochs = 10;
    const auto kind = optimizerKindFromName(value["optimizer"]);
    const auto rate = numberIn(value["learning_rate"], 1e-12, 1e12);
    if (kind && rate) {
        s.optimizer.kind = *kind;
        s.optimizer.learningRate = *rate;
    }
    s.optimizer.momentum = numberIn(value["momentum"], 0, 0.999999).value_or(s.optimizer.momentum);
    s.batchSize = int(numberIn(value["batch_size"], 1, 1e8).value_or(s.batchSize));
    s.epochs = int(numberIn(value["epochs"], 1, 1e6).value_or(s.epochs));
    s.l1 = numberIn(value["l1"], 0, 1e3).value_or(0);
    s.l2 = numberIn(value["l2"], 0, 1e3).value_or(0);
    s.schedule.decay = learningRateDecayFromName(value["lr_schedule"]).value_or(LearningRateDecay::Constant);
    s.schedule.stepEpochs = int(numberIn(value["lr_step_epochs"], 1, 1e6).value_or(s.schedule.stepEpochs));
    s.schedule.stepFactor = numberIn(value["lr_step_factor"], 1e-6, 1).value_or(s.schedule.stepFactor);
    s.schedule.floor = numberIn(value["lr_floor"], 0, 1).value_or(s.schedule.floor);
    return s;
}

} // namespace neurone
