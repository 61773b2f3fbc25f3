#include "train/TrainingSettings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace neurone {

namespace {

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", value);
    return text;
}

} // namespace

std::string_view monitorName(Monitor monitor)
{
    return monitor == Monitor::ValidationLoss ? "val_loss" : "val_acc";
}

std::optional<Monitor> monitorFromName(std::string_view name)
{
    for (const Monitor monitor : {Monitor::ValidationLoss, Monitor::ValidationAccuracy})
        if (monitorName(monitor) == name)
            return monitor;
    return std::nullopt;
}

std::string_view learningRateDecayName(LearningRateDecay decay)
{
    switch (decay) {
    case LearningRateDecay::Constant: return "constant";
    case LearningRateDecay::Step: return "step";
    case LearningRateDecay::Cosine: return "cosine";
    }
    return "?";
}

std::optional<LearningRateDecay> learningRateDecayFromName(std::string_view name)
{
    using enum LearningRateDecay;
    for (const LearningRateDecay decay : {Constant, Step, Cosine})
        if (learningRateDecayName(decay) == name)
            return decay;
    return std::nullopt;
}

double learningRateFactor(const LearningRateSchedule& schedule, int epoch, int epochs)
{
    const int count = std::max(epochs, 1);
    const int e = std::clamp(epoch, 1, count);
    switch (schedule.decay) {
    case LearningRateDecay::Constant: return 1;
    case LearningRateDecay::Step: return std::pow(schedule.stepFactor, (e - 1) / std::max(schedule.stepEpochs, 1));
    case LearningRateDecay::Cosine: {
        const double cosine = 0.5 * (1 + std::cos(std::numbers::pi * double(e - 1) / double(count)));
        return schedule.floor + (1 - schedule.floor) * cosine;
    }
    }
    return 1;
}

double scheduledLearningRate(const TrainingSettings& settings, int epoch)
{
    return settings.optimizer.learningRate * learningRateFactor(settings.schedule, epoch, settings.epochs);
}

std::string settingsProblem(const TrainingSettings& s)
{
    if (s.batchSize < 1)
        return "the batch size must be at least 1";
    if (s.epochs < 1)
        return "the number of epochs must be at least 1";
    if (!(s.optimizer.learningRate > 0) || !(s.optimizer.learningRate < 1e30))
        return "the learning rate must be a positive number";
    if (!(s.optimizer.momentum >= 0 && s.optimizer.momentum < 1))
        return "the momentum γ must be at least 0 and less than 1";
    if (!(s.l1 >= 0 && s.l1 < 1e6) || !(s.l2 >= 0 && s.l2 < 1e6))
        return "the L1 and L2 factors must be at least 0";
    if (s.schedule.decay == LearningRateDecay::Step
        && (s.schedule.stepEpochs < 1 || !(s.schedule.stepFactor > 0 && s.schedule.stepFactor <= 1)))
        return "a step schedule needs a period of at least 1 epoch and a factor in (0, 1]";
    if (s.schedule.decay == LearningRateDecay::Cosine && !(s.schedule.floor >= 0 && s.schedule.floor <= 1))
        return "the cosine schedule's floor must be between 0 and 1";
    if (s.earlyStopping.enabled && s.earlyStopping.patience < 0)
        return "the early-stopping patience must be at least 0";
    if (s.threads < 0)
        return "the number of threads must be at least 0";
    return {};
}

std::vector<std::pair<std::string, std::string>> settingsKeyValues(const TrainingSettings& s)
{
    std::vector<std::pair<std::string, std::string>> values = {
        {"loss", std::string(lossName(s.loss))},
        {"optimizer", std::string(optimizerName(s.optimizer.kind))},
        {"learning_rate", number(s.optimizer.learningRate)},
        {"batch_size", std::to_string(s.batchSize)},
        {"epochs", std::to_string(s.epochs)},
        {"seed", std::to_string(s.seed)},
    };
    if (s.optimizer.kind == OptimizerKind::Momentum || s.optimizer.kind == OptimizerKind::Nesterov)
        values.emplace_back("momentum", number(s.optimizer.momentum));
    if (s.schedule.decay != LearningRateDecay::Constant)
        values.emplace_back("lr_schedule", std::string(learningRateDecayName(s.schedule.decay)));
    if (s.schedule.decay == LearningRateDecay::Step) {
        values.emplace_back("lr_step_epochs", std::to_string(s.schedule.stepEpochs));
        values.emplace_back("lr_step_factor", number(s.schedule.stepFactor));
    }
    if (s.schedule.decay == LearningRateDecay::Cosine && s.schedule.floor > 0)
        values.emplace_back("lr_floor", number(s.schedule.floor));
    if (s.l1 > 0)
        values.emplace_back("l1", number(s.l1));
    if (s.l2 > 0)
        values.emplace_back("l2", number(s.l2));
    if (s.earlyStopping.enabled) {
        values.emplace_back("early_stopping", std::string(monitorName(s.earlyStopping.monitor)));
        values.emplace_back("patience", std::to_string(s.earlyStopping.patience));
    }
    return values;
}

} // namespace neurone
