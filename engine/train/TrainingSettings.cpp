#include "train/TrainingSettings.h"

#include <cstdio>

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
